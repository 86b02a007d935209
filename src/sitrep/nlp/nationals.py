"""A demonym that names a person's nationality ("a Spaniard", "an Italian", "two Britons", "Italian Dino Rossy")
says who someone is, not where a report is set: a kidnapping of a Spaniard, a Frenchman and an Italian in a
Guatemalan border town is no Italian story. Read by ``nlp.actors.country_focus`` and
``events.roles.ActorFinder.report_country``, which give the report's bare "police" and "armed men" a country.
"""
from __future__ import annotations

from typing import Any

__all__ = ["names_a_national", "national_at"]

# a demonym counted as persons: "a Spaniard", "an Italian", "one Briton", "some Kenyans"
_PERSON_DETS = frozenset({"a", "an", "one", "some", "several", "two", "three"})


def names_a_national(tok: Any) -> bool:
    """The demonym ``tok`` names people of its nation: counted as persons (a determiner "a", "an", "some" or a
    number before it), or set before a person's name ("Italian Dino Rossy", "Spaniard Jose Martinez": its head is
    a proper noun the model tags as a person or as nothing, so "Afghan Taliban" and "Turkish Airlines" stay)."""
    if tok is None:
        return False
    if any((c.dep_ == "det" and c.lower_ in _PERSON_DETS) or c.dep_ == "nummod" for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ in ("amod", "compound", "nmod") and head is not tok and head.pos_ == "PROPN" \
        and head.ent_type_ in ("PERSON", "") and head.i > tok.i


def national_at(doc: Any, start: int, end: int) -> bool:
    """The phrase at characters [start, end) of ``doc`` is a demonym naming people of its nation
    (:func:`names_a_national`, read at the phrase's head)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and names_a_national(span.root)
