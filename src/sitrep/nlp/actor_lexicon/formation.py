"""Decides whether a generic formation at a phrase's head ("unit", "patrol") is the formation of whom the match
before it names ("a Russian artillery unit", "a police patrol"): that match is then the head
(:func:`_formation_of_whom`).
"""
from __future__ import annotations

from typing import Sequence

from sitrep.nlp.actor_lexicon.matching import Match
from sitrep.nlp.actor_lexicon.units import Unit


def _formation_of_whom(units: Sequence[Unit], covered: set[int], head: Sequence[Match]) -> bool:
    """The last head match is a generic formation that needs a country ("unit", "patrol") and the match right before
    it, with only lower-case unmatched words between, names whose it is ("a Russian artillery unit", "a police
    patrol", "a UN patrol"): that match is the head."""
    if len(head) < 2:
        return False
    m = head[-1]
    return m.what == "phrase" and m.country is None and head[-2].what in ("phrase", "actor") \
        and (m.phrase or {}).get("needs_country") == "yes" \
        and not any(k in covered or units[k].raw[:1].isupper() for k in range(head[-2].j, m.i))
