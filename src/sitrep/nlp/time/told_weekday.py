"""A bare weekday told just after a whole date that falls on it is that date, even past the report's date.

"UPDATE, Wednesday 4 March: A second bomb hit a market ... on Wednesday morning" in a record dated Monday 2 March:
the Wednesday is the update's 4 March, not the Wednesday before the record (25 February). Only a weekday with no
"last"/"next" before it, told in a clause that is not about the future, within :data:`NEAR_CHARS` characters after a
day told with its month written (:attr:`calc._Ctx.told`, :func:`named_day`) that falls on that weekday and lies at most :data:`SPAN_DAYS` days
from the report; None otherwise (the weekday is read as usual: the last such day before the report). A day counted
from the report ("two days later") names no day ahead, and "since Tuesday" counts back from the report."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.model import TimeExpr
from sitrep.nlp.time.calc import Told, _Ctx
from sitrep.nlp.time.patterns import _MON

NEAR_CHARS = 300  # the same passage (as generic_day's)
SPAN_DAYS = 14  # a told day further from the report is another time (a background date)
_MONTH_WORD = re.compile(rf"(?<!\w)(?i:{_MON})")


def named_day(span_text: str) -> bool:
    """The span writes its month ("Wednesday 4 March", "February 3"), not a day counted from another."""
    return _MONTH_WORD.search(span_text) is not None


def told_weekday_day(wd: int, start: int, c: _Ctx) -> Optional[_dt.date]:
    """The day told just before the weekday at ``start`` when it falls on weekday ``wd`` (see the module)."""
    t = c.told
    if t is None or c.dct is None or c.future or c.since or not t.named or t.precision != "day" or t.start != t.end \
            or t.start.weekday() != wd or not t.near(start, NEAR_CHARS) or abs((t.start - c.dct).days) > SPAN_DAYS:
        return None
    return t.start


TOLD_ANCHOR = "unresolved:told:"  # an undated weekday's anchor: the day with its month told just before it


def told_anchor(e: TimeExpr, bare: bool, told: Optional[TimeExpr]) -> Optional[str]:
    """Without a DCT, the anchor a bare past weekday ``e`` keeps when a day with its month ("February 3") was the last
    date told before it in the passage, so that :func:`sitrep.nlp.time.resolve_relative` can read it as that day
    once the story is dated, as a dated run would; None otherwise."""
    if not bare or e.start is not None or e.future or told is None or told.precision != "day" \
            or told.start != told.end or not named_day(told.span.text) or not 0 <= e.span.start - told.span.end <= NEAR_CHARS:
        return None
    return f"{TOLD_ANCHOR}{told.span.text}"


def told_of(day: Optional[_dt.date]) -> Optional[Told]:
    """The told day of a :data:`TOLD_ANCHOR`, resolved from the story's date, as the context's told date."""
    return Told(day, day, "day", day.isoformat(), 0) if day is not None else None
