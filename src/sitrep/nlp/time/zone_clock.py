"""A day told with a GMT/UTC clock time is the place's own day when the place is far enough from UTC.

"Al Shabaab gunmen stormed a hotel in Mogadishu ... The attack began at about 2230 GMT on Saturday": 22:30 GMT is
01:30 on Sunday in Somalia (UTC+3), and the deed's day is the place's (the convention of the date sets: a local
time is the place's day, whatever the zone it is told in). The place is the copy's dateline, whose zone must be
known whole (``data/dateline_zones.tsv``, read by ``ingest/zone_day``); the local day must be the same under the
standard and the summer offset. The expression must hold the clock (four digits or HH:MM, then GMT or UTC) and
name one day; else it is left as it is."""
from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import replace
from typing import Optional

from sitrep.model import TimeExpr

ZONE_DAY = "zone-day:"  # anchor of a day moved to the place's (the GMT day after the colon)
_GMT_CLOCK = re.compile(r"\b(?P<h>[01]\d|2[0-3])[:.]?(?P<m>[0-5]\d)\s*(?:GMT|UTC)\b")


def local_day_shift(span_text: str, offsets: Optional[tuple[float, float]]) -> int:
    """Days from the GMT day to the place's day for the clock in ``span_text`` (0 when none, or when the standard
    and summer offsets disagree)."""
    m = _GMT_CLOCK.search(span_text)
    if m is None or offsets is None:
        return 0
    hour = int(m.group("h")) + int(m.group("m")) / 60
    shifts = {math.floor((hour + o) / 24) for o in offsets}
    return shifts.pop() if len(shifts) == 1 else 0


def place_day(t: TimeExpr, offsets: Optional[tuple[float, float]]) -> TimeExpr:
    """``t`` moved to the place's day when its GMT clock falls on another day there (see the module)."""
    if t.start is None or t.end != t.start or t.precision != "day":
        return t
    k = local_day_shift(t.span.text, offsets)
    if not k:
        return t
    d = t.start + _dt.timedelta(days=k)
    return replace(t, start=d, end=d, anchor=f"{ZONE_DAY}{t.start.isoformat()}")
