"""Decides whose body a generic role phrase ("police", "special forces") is by the words before it: a demonym's or
country's, none where a capitalised word gives no country (a prefix the dictionary lacks, a name), nothing where a
sponsor or a side taken stands there (:func:`prefix_owner`; data/actor_cues.tsv ``not_owner`` and ``sponsor``).
"""
from __future__ import annotations

from typing import Optional, Sequence

from sitrep.nlp.actor_lexicon.matching import Match
from sitrep.nlp.actor_lexicon.units import Unit
from sitrep.nlp.actor_lexicon.words import PREPOSITIONS, _SPONSOR, actor_cue

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})
_NOT_OWNER = actor_cue("not_owner")  # "pro-Russian separatists" are no Russian body


def prefix_owner(units: Sequence[Unit], matches: Sequence[Match], m: Match, lo: int = 0) -> Optional[str]:
    """Whose body a generic role phrase ``m`` ("police", "special forces") is by the words before it (from unit ``lo``,
    where its noun phrase starts), when the phrase match did not take them as its prefix: the id of a demonym or
    country one or two lower-case words before it ("Russian riot police", "Syria's riot police"); "" when a
    capitalised word that gives no country comes right before it or before those words ("the Kazakh government",
    "Georgian riot police": a prefix the dictionary does not know; "the Lindqvist regime", "the Taliban riot police":
    a name, a group), so that the focus country does not stand in; None when nothing there says whose ("the police";
    "Turkish-backed rebel forces", "pro-Ruritanian militias": a sponsor or a side taken is no owner)."""
    covered = {i for p in matches for i in range(p.i, p.j)}
    k = m.i
    while k > lo and m.i - k < 2 and (k - 1) not in covered and units[k - 1].raw[:1].islower() \
            and units[k - 1].raw.lower() not in _DETERMINERS and units[k - 1].raw.lower() not in PREPOSITIONS:
        k -= 1
    if k == lo:
        return None
    p = next((x for x in matches if x.j == k and x.i >= lo), None)
    if k < m.i and p is not None and p.what in ("demonym", "country") and p.actor_id:
        sponsor = units[k - 1].hyphen_after and units[k].raw.lower() in _SPONSOR  # "Turkish-backed rebel forces"
        against = p.i > 0 and units[p.i - 1].hyphen_after and units[p.i - 1].raw.lower() in _NOT_OWNER
        return None if sponsor or against else p.actor_id
    if units[k - 1].raw[:1].isupper() and units[k - 1].raw.lower() not in _DETERMINERS:
        return ""
    if p is not None and p.what == "actor" and units[p.i].raw[:1].isupper():
        return ""  # "Russian military police": a body of the dictionary before it, not the focus country's
    return None
