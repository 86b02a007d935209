"""Counts of the dead and the hurt together, and counts of no one (issue 16), read after the figure scanner.

* "14 dead or wounded", "eleven people were killed or injured", "killed or wounded 30 soldiers", "9 dead and
  wounded": one number for the killed and the hurt together is a count of casualties (``what`` = "casualties", as
  the noun "casualties" is in data/figure_lexicon.tsv), never a death toll: no event takes it as its fatalities.
* "no one was killed", "not one person died", "no one in X was hurt or killed": the figure scanner already read a
  count of 0 (:func:`sitrep.nlp.figure_candidates.no_one`, the one reader of "no one"); such a count is left as it
  is (none killed or hurt is none killed), never made casualties.

Only the figures the scanner already read as killed (or, for the joint counts, as wounded) are looked at, with a short window of text on either side
(no pass over the tokens).
"""
from __future__ import annotations

import re

from sitrep.model import KILLED_WHAT, Figure
from sitrep.nlp.figures import no_one

_DEATH = r"(?:killed|dead|died|slain|murdered)"
_HURT = r"(?:wounded|injured|hurt|maimed)"
_JOINT = rf"(?:{_DEATH}\s+(?:or|and/or|and)\s+{_HURT}|{_HURT}\s+(?:or|and/or|and)\s+{_DEATH})"
# after the number: "14 dead or wounded", "11 people were killed or injured", "9 civilians have been killed or hurt"
_AFTER = re.compile(rf"(?:\s+[a-z]+){{0,2}}?(?:\s+(?:were|was|have been|had been|are|being))?\s+{_JOINT}\b", re.I)
# before the number: "killed or wounded 30 soldiers", "left dead or wounded some 20 people"
_BEFORE = re.compile(rf"\b{_JOINT}\s+(?:at least\s+|some\s+|about\s+|more than\s+|nearly\s+|over\s+)?$", re.I)
_HARM = KILLED_WHAT | {"wounded", "injured"}


def joint_harm(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures, with killed-or-wounded counts made casualties (module docstring)."""
    for f in figures:
        if f.what not in _HARM or f.span is None:
            continue
        s, e = f.span.start, f.span.end
        if no_one(text, s, e):
            continue  # no one "killed or hurt" is no deaths either (the scanner made it 0)
        if _AFTER.match(text, e, min(len(text), e + 60)) or _BEFORE.search(text, max(0, s - 60), s):
            f.what = "casualties"
    return figures
