"""Whose is a bare "the defence ministry" told right after a capital or country that opens its clause?

"In Moscow, the defence ministry claimed a strike on a meeting of commanders in Sumy" is Russia's ministry in a
report set in Ukraine: the fronted capital says where the speaker sits, so the bare phrase takes its country before
the article's focus (the country its names point to most, here Ukraine, whose own ministry would then claim 60 of its
soldiers dead). The place must open the clause and stand just before the phrase, a comma between ("In Moscow, the
...", "From Kabul, the ...", "Kyiv, the ..." at a sentence's start); a country or capital named anywhere else in the
sentence ("the ministry said strikes hit Russia") lends nothing. Used by :mod:`sitrep.nlp.attribution` for the
claimant of a figure.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.nlp.actor_lexicon import get_resolver, to_units

__all__ = ["fronted_country"]

# the clause's opening: a name (capitalised words), after "In" / "From" / "At" or at the sentence's start, then a
# comma and an optional "the" up to the phrase
_FRONTED = re.compile(r"^\s*(?:(?:In|From|At|in|from|at)\s+)?([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})\s*,\s*"
                      r"(?:the\s+)?$")


def fronted_country(sentence_before: str) -> Optional[str]:
    """The ISO2 country of the capital or country that alone opens ``sentence_before`` (the sentence's text up to a
    bare agent phrase) before a comma; None for anything else."""
    if "," not in sentence_before:  # cheap test first: no comma, no fronted place
        return None
    m = _FRONTED.match(sentence_before)
    if m is None:
        return None
    name = m.group(1)
    res = get_resolver()
    units = to_units(name)
    hits = res.match_units(units)
    if len(hits) != 1 or hits[0].what not in ("country", "capital") or hits[0].i != 0 or hits[0].j != len(units):
        return None
    entry = res.actors.get(hits[0].actor_id or "") or {}
    return entry.get("country") or None
