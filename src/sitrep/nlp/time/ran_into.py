"""A day whose deed the same sentence says ran on into a later day ("attacked ... late on Friday, and fighting went on
into the early hours of Saturday", "fighting that began late on Friday and continued until Saturday morning")
covers both days: the deed told on the first day lasted into the second. Without this the deed takes the first
day alone, and the second day's "fighting" reads as another clash."""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep.model import TimeExpr

# between the two days: no sentence break, then "went on into (the early hours of)", "continued until", ...
_RAN_INTO = re.compile(
    r"\b(?:went\s+on|continued|lasted|carried\s+on|raged(?:\s+on)?|dragged\s+on|stretched)\s+(?:well\s+)?"
    r"(?:into|until|till)\s+(?:the\s+(?:early\s+)?(?:hours|morning)\s+of\s+)?$", re.I)
_BREAK = re.compile(r"[.!?]\s|\n")
MAX_GAP = 120  # characters between the two days
MAX_DAYS = 2  # the later day at most this many days after the first


def ran_into(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """``exprs`` with each day that a later day of its sentence continues ("... into the early hours of Saturday")
    ending on that later day."""
    out = list(exprs)
    for j, later in enumerate(out):
        if later.precision != "day" or later.start is None or later.start != later.end:
            continue
        for i in range(j - 1, -1, -1):
            first = out[i]
            gap = text[first.span.end:later.span.start]
            if len(gap) > MAX_GAP or _BREAK.search(gap):
                break
            if first.precision != "day" or first.start is None or first.end is None:
                continue
            if _RAN_INTO.search(gap) and 1 <= (later.start - first.end).days <= MAX_DAYS:
                out[i] = replace(first, end=later.end)
            break
    return out
