"""The mention of a country, capital or demonym: its government where it acts ("Turkey said", "Syrians
shelled"), else the place or the people; none for a language or a country's name missing its article
(:func:`_add_state_word`)."""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.actor_lexicon import Match
from sitrep.nlp.actors.builder import _Builder
from sitrep.nlp.actors.dateline import _is_dateline
from sitrep.nlp.actors.dropped_article import _article_dropped
from sitrep.nlp.actors.language import language_word
from sitrep.nlp.actors.state_agent import _is_agent


def _add_state_word(b: _Builder, m: Match, tok: Any, start: int, end: int, hint: Optional[str]) -> None:
    """A country, capital or demonym: its government where it acts ("Turkey said", "Syrians shelled"), else the
    place or the people."""
    res = b.res
    if m.what == "demonym" and language_word(tok):
        return  # "(translated from Spanish)", "they spoke French": a language, not a people or a state
    entry = res.actors[m.actor_id]
    if m.what == "country" and _article_dropped(entry["name"], b.text[start:end], b.text[max(0, start - 30):start]):
        return  # "Salvador" (Bahia) is no "El Salvador": the folding drops the article a country's name has
    plural_noun = m.what == "demonym" and tok is not None and tok.tag_ in ("NNPS", "NNS") \
        and tok.dep_ not in ("compound", "amod")
    agent = _is_agent(tok) if m.what != "demonym" else plural_noun
    if agent and m.what in ("capital", "country") and _is_dateline(b.text, start, end):
        agent = False  # "BEIRUT: ..." / "Ankara — ..." opens a report: a place
    if agent:
        eid, name = res.role_actor(entry["country"], "GOV", b.when)
        b.add(start, end, "ORG" if m.what != "demonym" else "NORP", eid, name, hint)
    elif m.what == "country":
        b.add(start, end, "GPE", m.actor_id, entry["name"], hint)
    elif m.what == "capital":
        b.add(start, end, "GPE", None, b.text[start:end], hint)
    else:
        b.add(start, end, "NORP", m.actor_id, entry["name"], hint)
