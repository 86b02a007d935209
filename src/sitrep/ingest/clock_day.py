"""The copy's day under a morning GMT/UTC stamp over a late-evening clock time with no day.

"Published 2 March 2026 09:10 GMT" over "Gunmen killed four people ... at about 11 p.m. local time": 11 p.m. in any
zone from UTC-12 to UTC+9 falls before 09:10 GMT of the stamp's day only on the day before (an evening hour of 10
p.m. or later, under a stamp before noon, could be the stamp's own day only in a zone ten hours or more ahead of
UTC). The copy, which tells no other day, was written about that evening: its words count from the day before the
stamp's, as :func:`sitrep.ingest.textmeta.evening_copy_day` does for "this evening" under a small-hours stamp."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.ingest.textmeta import TextMeta

STAMP_BEFORE = 12  # the stamp's hour (GMT/UTC) must be before noon
# 10 or 11 p.m. ("at about 11 p.m. local time", "10:40pm"), 22:00-23:59 ("at 23:15"), "shortly before midnight";
# not "after midnight" (the stamp's own day) nor a bare "at midnight"
_LATE_CLOCK = re.compile(r"(?<![\d:.])(?:1[01](?:[:.][0-5]\d)?\s*p\.?m\b|2[23][:.h][0-5]\d(?!\d))"
                         r"|\b(?:shortly|just|minutes|an\s+hour|moments)\s+before\s+midnight\b", re.I)
# a day the copy names of its own: a weekday, "yesterday", "today", "tonight", "last night", "this morning"
_DAY_WORD = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
                       r"last\s+night|this\s+(?:morning|afternoon|evening)|overnight)\b", re.I)


def late_clock_copy_day(meta: TextMeta, record: Optional[_dt.date], text: str) -> Optional[_dt.date]:
    """The day before the header's when its date line is stamped before noon GMT/UTC and the copy tells a clock
    time of 10 p.m. to midnight and names no day of its own; None otherwise (also where the record gives another
    day than the header's)."""
    if meta.utc_hour is None or meta.utc_hour >= STAMP_BEFORE or meta.published is None \
            or (record is not None and record != meta.published):
        return None
    if not _LATE_CLOCK.search(text) or _DAY_WORD.search(text):
        return None
    return meta.published - _dt.timedelta(days=1)
