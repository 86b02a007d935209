"""A day told after "the eve of" ("on the eve of Sunday's vote", "on the eve of 12 March") names the day after the
deed: the eve is the day before it. Without this the weekday or date dates the deed to the vote's day itself."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from sitrep.model import TimeExpr

_EVE_OF = re.compile(r"\bthe\s+eve\s+of\s+(?:the\s+)?$", re.I)  # "on the eve of the June 14 march" too


def eve_days(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """``exprs`` with each single day told right after "the eve of" moved to the day before."""
    out = []
    for e in exprs:
        if (e.precision == "day" and e.start is not None and e.start == e.end
                and _EVE_OF.search(text, max(0, e.span.start - 20), e.span.start)):
            day = e.start - _dt.timedelta(days=1)
            e = replace(e, start=day, end=day, value=day.isoformat())
        out.append(e)
    return out
