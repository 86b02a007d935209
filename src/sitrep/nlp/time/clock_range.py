"""The first clock time of a range whose second one is told with its day ("between 9.30pm and 10pm on 04/06/2026",
"between 9:30 p.m. and 10 p.m. June 4"): both hours are of that day. Without this the first hour stays on the
report's day and dates the deed to it."""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep.model import TimeExpr

_BARE_CLOCK = re.compile(r"^(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight)$", re.I)
_RANGE_GAP = re.compile(r"\s*(?:and|to|until|till|-|–)\s*", re.I)
_VALUE_CLOCK = re.compile(r"T\d\d:\d\d$")


def clock_range_days(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """``exprs`` with a bare clock time that opens a range ("between 9.30pm and ...") moved to the day of the clock
    time that closes it, when that one is told with its day."""
    out = list(exprs)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type != "TIME" or not _BARE_CLOCK.match(a.span.text.strip().rstrip(",;")) or b.type != "TIME" \
                or b.start is None or b.start != b.end or _BARE_CLOCK.match(b.span.text.strip().rstrip(",.;")):
            continue
        if not _RANGE_GAP.fullmatch(text[a.span.end:b.span.start]) or not _VALUE_CLOCK.search(a.value):
            continue
        out[i] = replace(a, start=b.start, end=b.start, value=b.start.isoformat() + a.value[-6:],
                         anchor=f"time:{b.start.isoformat()}", relative=True)
    return out
