"""A weekday told as a kind of day ("during a Sunday service", "a Thursday police raid") in a passage about a
date long before the report is a day of that time, not the last such day before the report.

US copy writes "after a Thursday news conference" for the last Thursday, and that reading stays. But a court
report that tells "the killing of 14 worshippers in an attack on a church on 12 March 2023" and then "gunmen
opened fire on the congregation during a Sunday service" means the Sunday of 12 March 2023, not the Sunday before
the verdict. After "a"/"an", when the passage (:meth:`Told.near`, 300 characters) told a day or a month with its
year more than two months from the report (a month: branch precision17, quiet_reports11 x16): the weekday is that day when it falls on it; otherwise it has no day (its TimeML
value only): the last such day before the report would be wrong and the day of the old date is not known."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.nlp.time.calc import _Ctx, _Res, _date_res

_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:(?:early|late)\s+)?$", re.I)
# a year just before the weekday, a capitalised word between at most: "the 2019 Easter Sunday bombings"
_YEAR_BEFORE = re.compile(r"(?<![\d,.])(?:19|20)\d\d\s+(?:[A-Z][a-z]+\s+)?$")
FAR_DAYS = 60  # a told day further than this from the report is another time (as absolute._day_in_told_year)


def indefinite_before(text: str, start: int) -> bool:
    """The weekday starting at ``start`` in ``text`` follows "a" or "an" ("a Sunday service", "an early Monday raid")."""
    return bool(text) and _INDEFINITE.search(text, max(0, start - 16), start) is not None


def year_before(text: str, start: int) -> bool:
    """The weekday starting at ``start`` in ``text`` is named after a year, as an old incident's name is ("the 2019
    Easter Sunday bombings", "the 1972 Bloody Sunday killings"): a day of that year, not the last such day before
    the report."""
    return bool(text) and _YEAR_BEFORE.search(text, max(0, start - 24), start) is not None


def weekday_of_old_date(wd: int, suffix: str, typ: str, start: int, c: _Ctx) -> Optional[_Res]:
    """"a Sunday service" told just after an old date with its year: that date when it is a Sunday, else a weekday
    with no day; None when no such date was told (the weekday is read as usual)."""
    if year_before(c.text, start):
        return _Res(f"XXXX-WXX-{wd + 1}{suffix}", typ)  # a weekday of a year told before it: no day known
    t = c.told_year
    if c.dct is None or t is None or t.precision not in ("day", "month") or not t.near(start, 300) \
            or abs((t.start - c.dct).days) <= FAR_DAYS or not indefinite_before(c.text, start):
        return None  # (a month with its year, "the January 2019 bombing ... during a Sunday mass": that month's)
    if t.start == t.end and t.start.weekday() == wd:
        r = _date_res(t.start, True, typ, suffix)
        r.anchor = f"time:{t.start.isoformat()}"
        return r
    return _Res(f"XXXX-WXX-{wd + 1}{suffix}", typ)
