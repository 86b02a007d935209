"""A period's tally that names the incident's own dead among it: the incident's toll is the part (issue 16, branch
figures8, story_sets12 u06).

"At least 38 people were killed in the state this week, among them the seven men gunned down at a car wash on
Tuesday": the 38 run over a period ("this week", the ``period`` words of data/running_counts.tsv, in its clause
before the part); the part after "among them" / "including" is itself told dead by its own words (the figure scanner
made it a killed count: "the seven men gunned down"), so it is one incident's dead, and the event of the sentence
takes it. "Twelve civilians, among them four foreigners, were killed" is untouched: the four have no deed of their
own (no killed count) and the twelve no period.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.running_words import PERIOD
from sitrep.model import KILLED_WHAT, Figure

__all__ = ["incident_part"]

_PART_OPENER = re.compile(r"\b(?:among\s+them|among\s+whom|including)\s+(?:the\s+)?$", re.I)


def incident_part(whole: Figure, sentence: list[Figure], text: str) -> Optional[Figure]:
    """The killed count told as a part of ``whole`` (a period's tally) with its own deed, or None."""
    if whole.span is None:
        return None
    for p in sentence:
        if p is whole or p.span is None or p.what not in KILLED_WHAT or p.span.start <= whole.span.end:
            continue
        if not _PART_OPENER.search(text[max(0, p.span.start - 24):p.span.start]):
            continue
        between = re.split(r"[.;]", text[whole.span.end:p.span.start], maxsplit=1)
        if len(between) == 1 and PERIOD.search(between[0]):
            return p
    return None
