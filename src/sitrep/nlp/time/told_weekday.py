"""A bare weekday told just after a whole date that falls on it is that date, even past the report's date.

"UPDATE, Wednesday 4 March: A second bomb hit a market ... on Wednesday morning" in a record dated Monday 2 March:
the Wednesday is the update's 4 March, not the Wednesday before the record (25 February). Only a weekday with no
"last"/"next" before it, told in a clause that is not about the future, within :data:`NEAR_CHARS` characters after a
day told with its date (:attr:`calc._Ctx.told`) that falls on that weekday and lies at most :data:`SPAN_DAYS` days
from the report; None otherwise (the weekday is read as usual: the last such day before the report)."""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.nlp.time.calc import _Ctx

NEAR_CHARS = 300  # the same passage (as generic_day's)
SPAN_DAYS = 14  # a told day further from the report is another time (a background date)


def told_weekday_day(wd: int, start: int, c: _Ctx) -> Optional[_dt.date]:
    """The day told just before the weekday at ``start`` when it falls on weekday ``wd`` (see the module)."""
    t = c.told
    if t is None or c.dct is None or c.future or t.precision != "day" or t.start != t.end \
            or t.start.weekday() != wd or not t.near(start, NEAR_CHARS) or abs((t.start - c.dct).days) > SPAN_DAYS:
        return None
    return t.start
