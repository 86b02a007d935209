"""A day told with a year relative to the report (branch `dates37`; date_reports26 j18 "on the night of Sept. 4 last
year"), on sentences written for these tests with made-up names and places: "on Sept. 4 last year", "3 May this
year" is that day of that year (nlp/time/recognise rules "mdy" / "dmy", absolute._r_full_date), not the day in the
report's own year (a year's error on an old deed recalled at its anniversary)."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.time import find_times

D = dt.date


def test_a_day_told_with_last_year_is_that_year_s_day():  # type: ignore[no-untyped-def]
    ts = {t.span.text: t for t in find_times("Raiders burned the hamlet of Vostrel on Sept. 4 last year.", D(2026, 9, 5))}
    assert ts["Sept. 4 last year"].start == D(2025, 9, 4)
    ts = {t.span.text: t for t in find_times("He was attacked on 3 May last year near Korvash.", D(2026, 5, 26))}
    assert ts["3 May last year"].start == D(2025, 5, 3)
    # a comma before "last year" starts a clause of its own: the day stays the report's year's
    ts = {t.span.text: t for t in find_times("The vote fell on June 2, last year was calmer.", D(2026, 9, 5))}
    assert ts["June 2"].start == D(2026, 6, 2)
