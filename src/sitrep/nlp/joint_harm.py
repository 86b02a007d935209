"""Counts of the dead and the hurt together, and counts of no one (issue 16), read after the figure scanner.

* "14 dead or wounded", "eleven people were killed or injured", "killed or wounded 30 soldiers", "9 dead and
  wounded": one number for the killed and the hurt together is a count of casualties (``what`` = "casualties", as
  the noun "casualties" is in data/figure_lexicon.tsv), never a death toll: no event takes it as its fatalities.
* "no one was killed", "not one person died": a killed count of 0, not of 1.

Only the figures the scanner already read as killed (or, for the joint counts, as wounded) are looked at, with a short window of text on either side
(no pass over the tokens).
"""
from __future__ import annotations

import re

from sitrep.model import KILLED_WHAT, Figure

_DEATH = r"(?:killed|dead|died|slain|murdered)"
_HURT = r"(?:wounded|injured|hurt|maimed)"
_JOINT = rf"(?:{_DEATH}\s+(?:or|and/or|and)\s+{_HURT}|{_HURT}\s+(?:or|and/or|and)\s+{_DEATH})"
# after the number: "14 dead or wounded", "11 people were killed or injured", "9 civilians have been killed or hurt"
_AFTER = re.compile(rf"(?:\s+[a-z]+){{0,2}}?(?:\s+(?:were|was|have been|had been|are|being))?\s+{_JOINT}\b", re.I)
# before the number: "killed or wounded 30 soldiers", "left dead or wounded some 20 people"
_BEFORE = re.compile(rf"\b{_JOINT}\s+(?:at least\s+|some\s+|about\s+|more than\s+|nearly\s+|over\s+)?$", re.I)
_HARM = KILLED_WHAT | {"wounded", "injured"}
_NO_ONE = re.compile(r"\b(?:no|not)\s+$", re.I)


def joint_harm(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures, with killed-or-wounded counts made casualties and "no one" counts made 0 (module docstring)."""
    for f in figures:
        if f.what not in _HARM or f.span is None:
            continue
        s, e = f.span.start, f.span.end
        if f.what in KILLED_WHAT and f.span.text.lower() == "one" and _NO_ONE.search(text, max(0, s - 5), s):
            f.low = f.high = 0.0  # no one "killed or hurt" is no deaths either
        elif _AFTER.match(text, e, min(len(text), e + 60)) or _BEFORE.search(text, max(0, s - 60), s):
            f.what = "casualties"
    return figures
