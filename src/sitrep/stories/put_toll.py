"""A claimant's toll told as "X put the toll at N" (issue 16, story totals): "A security source put the toll at 52
dead", "the governor's office put the number of dead at 31". Like "the toll rose to 52", the count is the toll of an
incident its report told before, as that claimant knows it now (an update claim), even where no event carries it:
the sentence names a claimant and a toll, no deed. The claimant itself is read by nlp/attribution ("put" with a
tally noun as its object is a speech cue there)."""
from __future__ import annotations

import re

from sitrep.model import KILLED_WHAT, Figure

__all__ = ["put_toll"]

# "put/placed the (death) toll at", "put the number of dead at", right before the count (a hedge between)
_PUT_TOLL = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tolls?|number\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed|victims|fatalities))\s+at\s+"
    r"(?:(?:more\s+than|at\s+least|about|around|nearly|some|over|almost|roughly)\s+)?$", re.I)


def put_toll(f: Figure, text: str) -> bool:
    """The killed count ``f`` of the report ``text`` is told as a claimant's toll: "... put the toll at 52"."""
    if f.span is None or f.what not in KILLED_WHAT:
        return False
    return bool(_PUT_TOLL.search(text[max(0, f.span.start - 90): f.span.start]))
