"""Which dictionary matches are only part of a person's name ("Chad Johnson", "Jordan Smith"): no country
there (:func:`_outside_person_names`)."""
from __future__ import annotations

from typing import Any, Sequence

from sitrep.nlp.actor_lexicon import Match, Unit
from sitrep.nlp.doctext import doc_ents


def _outside_person_names(matches: list[Match], units: Sequence[Unit], doc: Any) -> list[Match]:
    """The matches less a country, capital or demonym that is only the first or last word of a person's name the
    model tags ("Chad Johnson, 24, was shot": no country Chad; "Jordan Smith"), which would lend that country's
    police or army to the report."""
    people = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "PERSON"]
    if not people:
        return matches
    out = []
    for m in matches:
        if m.what in ("country", "capital", "demonym"):
            start, end = units[m.i].start, units[m.j - 1].end
            if any(s <= start and end <= e and (s, e) != (start, end) for s, e in people):
                continue
        out.append(m)
    return out
