"""Which kind of mention each match of the actor dictionary makes: a civil body named after a country, a
listed actor, a country, capital or demonym, or an agent phrase (:func:`_add_dictionary_matches`, which hands each
to its module)."""
from __future__ import annotations

from typing import Any, Sequence

from sitrep.nlp.actor_lexicon import Match, Unit, unknown_id
from sitrep.nlp.actors.agent_phrase import _add_agent_phrase
from sitrep.nlp.actors.builder import _Builder
from sitrep.nlp.actors.head_token import _head_token
from sitrep.nlp.actors.listed_actor import _add_listed_actor
from sitrep.nlp.actors.state_word import _add_state_word
from sitrep.nlp.doctext import doc_ents


_STATE_WORDS = ("country", "capital", "demonym")  # the matches that name a state or its people


def _add_dictionary_matches(b: _Builder, doc: Any, units: Sequence[Unit], matches: Sequence[Match], focus: Sequence[str]) -> None:
    """A mention for each match of the actor dictionary: a civil body named after a country, a listed actor, a
    country, capital or demonym, or an agent phrase ("riot police")."""
    res = b.res
    ent_hint = {}
    for e in doc_ents(doc):
        ent_hint[(e.start_char, e.end_char)] = e.label_

    covered = {k for m in matches for k in range(m.i, m.j)}
    body_end = 0
    for m in matches:
        if m.i < body_end:
            continue  # inside a civil body's name ("Nigerian Red Cross Society")
        start, end = units[m.i].start, units[m.j - 1].end
        tok = _head_token(doc, start, end)
        hint = ent_hint.get((start, end))
        if m.what in _STATE_WORDS:
            body_end = res.civil_body_end(units, m, len(units), covered) or 0
            if body_end:  # "the Ethiopian Human Rights Commission said": the body speaks, not the government
                name = b.text[start:units[body_end - 1].end]
                b.add(start, units[body_end - 1].end, "ORG", unknown_id(name), name, "ORG")
                continue
        if m.what == "actor":
            _add_listed_actor(b, m, tok, start, end, hint)
        elif m.what in _STATE_WORDS:
            _add_state_word(b, m, tok, start, end, hint)
        else:
            _add_agent_phrase(b, m, tok, start, end, hint, units, matches, focus)
