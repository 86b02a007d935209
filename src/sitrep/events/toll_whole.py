"""A count told as the running whole beside the deaths it adds is the whole, never one more part (issue 16, story
totals): "A fourth soldier has died of his wounds, and two of the attackers were also killed, bringing the total
number of dead to six" is six, not 4 + 2 + 6; "Two more died, raising the death toll to 21" is 21.

:func:`told_as_whole` reads the words right before the count: a toll or "the (total) number of dead" followed by
"to" / "at" ("bringing the total number of dead to", "raising the death toll to", "the toll stood at"). The summing
of further victims ("X was killed; two guards were also killed": ``events.toll._also_killed``) takes such a count
as the sum itself.
"""
from __future__ import annotations

import re

from sitrep.model import Figure

__all__ = ["told_as_whole"]

# (the number with no "of": "bringing the number killed in Sunday's two attacks to nine"; its incident named between
# the number and the "to", up to five words)
_WHOLE_BEFORE = re.compile(r"\b(?:(?:death\s+)?tolls?|number\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed|victims|"
                           r"fatalities))\s+(?:\w+\s+){0,2}?(?:to|at)\s+$"
                           r"|\bnumber\s+(?:of\s+people\s+)?(?:killed|dead)\s+(?:in|from|during)\s+(?:[\w']+\s+){1,5}?"
                           r"(?:to|at)\s+$", re.I)


def told_as_whole(f: Figure, text: str) -> bool:
    """``f`` (a count in ``text``) is told as the running whole ("bringing the number of dead to six")."""
    return f.span is not None and bool(_WHOLE_BEFORE.search(text[max(0, f.span.start - 60):f.span.start]))
