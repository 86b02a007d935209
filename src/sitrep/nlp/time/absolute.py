"""Normalisation of calendar expressions: full dates, months, years, decades, centuries, quarters, day ranges, parts of months, clock times."""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Optional

from sitrep.nlp.time.date_order import numeric_order
from sitrep.nlp.time.calc import _Ctx, _Res, _apply_mod, _cap_ok, _date_res, _dateparser, _month_end, _month_num, _pick_year_for_day, _pick_year_for_month, _quarter, _valid
from sitrep.nlp.time.patterns import Date, _CONTEXT_MONTH, _LX, _year_int


def _r_full_date(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"February 9, 2020", "Feb 12,2020", "3 February 2020", "Tuesday, Feb. 11" (year from the DCT when absent)."""
    mon = m.group("mon")
    if not _cap_ok(mon):
        return None
    mo, day = _month_num(mon), int(m.group("d"))
    y = m.group("y")
    if y:
        d = _valid(_year_int(y), mo, day)
        if d is None:
            return None
        # dateparser agrees on well-formed absolute dates; a disagreement means our parse is wrong
        dp = _dateparser(f"{calendar.month_name[mo]} {day}, {d.year}", d)
        if dp is not None and dp != d:
            return None
        return _date_res(d, False)
    ry = (m.groupdict().get("ry") or "").lower()
    if ry and c.dct is not None:  # "on Sept. 4 last year", "3 May this year": that day of the year told
        d = _valid(c.dct.year + {"this": 0, "last": -1, "next": 1}[ry], mo, day)
        return _date_res(d, True) if d else None
    if c.dct is None:
        told = _day_in_told_year(mo, day, c)  # an undated statement's "On 15 June" after "On 13 June 2026": 2026
        if told is not None:
            r = _date_res(told, False)
            r.anchor = f"time:{c.told_year.start.isoformat()}" if c.told_year else None
            return r
        return _Res(f"XXXX-{mo:02d}-{day:02d}", relative=True, precision="day")
    yy = _pick_year_for_day(mo, day, c.dct, c.future, c.past)
    d = _valid(yy, mo, day) if yy else None
    told = _day_in_told_year(mo, day, c)
    if told is not None and (d is None or abs((d - c.dct).days) > 60):
        r = _date_res(told, True)
        r.anchor = f"time:{c.told_year.start.isoformat()}" if c.told_year else None
        return r
    return _date_res(d, True) if d else None


def _day_in_told_year(mo: int, day: int, c: _Ctx) -> Optional[Date]:
    """"August 1945 ... on August 6": the day in the year of the last date told with its year, when that
    date (a day or a month, told in the same passage) lies within two months of it; else None."""
    t = c.told_year
    if t is None or t.precision not in ("day", "month") or not t.near(c.start, 300):
        return None
    d = _valid(t.start.year, mo, day)
    if d is None or not (t.start - _dt.timedelta(days=62) <= d <= t.end + _dt.timedelta(days=62)):
        return None
    return d


def _r_iso(m: re.Match, c: _Ctx) -> Optional[_Res]:
    y = int(m.group("y"))
    if y < 100:
        y += 1900 if y > 30 else 2000
    d = _valid(y, int(m.group("m")), int(m.group("d")))
    if d is None:
        return None
    if m.groupdict().get("hh"):
        return _Res(f"{d.isoformat()}T{m.group('hh')}:{m.group('mm')}", "TIME", d, d, "day")
    return _date_res(d, False)


SHORT_NUMERIC_RECENT = 31  # "on 03/04": the reading this many days back at most, the other one further back


def _r_us_numeric(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"06/05/2026": month-first, as US copy writes it; day-first where only that reading is a recent day (at most
    :data:`SHORT_NUMERIC_RECENT` days before the report) and the month-first one lies further back or after the
    report: a British, Irish, Australian, Indian or Kenyan outlet's "on 04/06/2026" in a report of 8 June is 4
    June, not 6 April (a report tells recent days, as for "on 03/04" with no year). Where the report's writing
    habits tell its order (:func:`~sitrep.nlp.time.date_order.numeric_order`: "9.30pm", "centre" against "9:30
    p.m.", a sheriff's deputies), that order rules: a Houston story's "04/09/2026" is 9 April even in September."""
    r = _r_iso(m, c)
    mo, day = int(m.group("m")), int(m.group("d"))
    if r is None or mo == day or day > 12:
        return r
    order = numeric_order(c.text) if c.text else None
    if order == "mdy":
        return r
    if order == "dmy" and r.start is not None:
        swapped = _valid(r.start.year, day, mo)
        return _date_res(swapped, False) if swapped is not None else r
    if c.dct is None:
        return r
    y = r.start.year if r.start is not None else None
    first, other = _valid(y, mo, day) if y else None, _valid(y, day, mo) if y else None

    def recent(x: Optional[Date]) -> bool:
        return x is not None and 0 <= (c.dct - x).days <= SHORT_NUMERIC_RECENT  # type: ignore[operator]

    return _date_res(other, False) if other is not None and recent(other) and not recent(first) else r


def _r_short_numeric(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """ "on 03/04" with no year: day-first (3 April, as in British or most non-US copy) or month-first (4 March, US).
    A report tells recent days: the reading that falls in the month before the report's date is the one meant, when
    the other falls further back (or after the report); otherwise the order is unknown and no date is read."""
    a, b = int(m.group("a")), int(m.group("b"))
    if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
        return None
    if c.dct is None:
        return _Res("XXXX-XX-XX", "DATE", precision="day", relative=True)
    days = []
    for mo, d in {(b, a), (a, b)}:
        x = _valid(c.dct.year, mo, d) if 1 <= mo <= 12 else None
        if x is not None and x > c.dct:
            x = _valid(c.dct.year - 1, mo, d)
        if x is not None:
            days.append(x)
    recent = [x for x in days if (c.dct - x).days <= SHORT_NUMERIC_RECENT]
    if len(recent) != 1:
        return None
    return _date_res(recent[0], True)


def _r_ordinal_day(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"on the 12th" with no month: that day of the report's month, or of the month before when the day is still to
    come in the report's month (a past report tells past days)."""
    d = int(m.group("d") or m.group("d2"))
    if not 1 <= d <= 31:
        return None
    if c.dct is None:
        return _Res(f"XXXX-XX-{d:02d}", "DATE", precision="day", relative=True)
    y, mo = c.dct.year, c.dct.month
    if d > c.dct.day:
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    day = _valid(y, mo, d)
    return _date_res(day, True) if day is not None else None


def _r_ordinal_of_month(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"the 14th of this month" (the report's month), "the 28th of last month" (the month before)."""
    d = int(m.group("d"))
    if not 1 <= d <= 31:
        return None
    if c.dct is None:
        return _Res(f"XXXX-XX-{d:02d}", "DATE", precision="day", relative=True)
    y, mo = c.dct.year, c.dct.month
    if m.group("rel").lower().split()[-1] in ("last", "previous", "past"):
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    day = _valid(y, mo, d)
    return _date_res(day, True) if day is not None else None


def _r_fixed_day(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"on Christmas Eve", "on New Year's Day": that day of the year nearest the report (as "24 December" with no
    year is read), the calendar date from ``data/time_lexicon.tsv`` (kind ``fixed_day``); "on Christmas Eve in
    2023": that year's."""
    mo, d = _LX.fixed_days[" ".join(m.group("fd").lower().split())]
    if m.group("fy"):  # "Christmas Eve in 2023": that year's
        told = _valid(_year_int(m.group("fy")), mo, d)
        return _date_res(told, False) if told is not None else None
    if c.dct is None:
        return _Res(f"XXXX-{mo:02d}-{d:02d}", "DATE", precision="day", relative=True)
    y = _pick_year_for_day(mo, d, c.dct, c.future, c.past)
    day = _valid(y, mo, d) if y is not None else None
    return _date_res(day, True) if day is not None else None


def _r_month(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"December", "early December", "December 2019", "last December", "since December"."""
    mon = m.group("mon")
    if not _cap_ok(mon):
        return None
    mo = _month_num(mon)
    y, mod, rel = m.group("y"), m.group("mod"), m.group("rel")
    bare = not (y or mod or rel or m.group("ry"))
    if bare and mon.lower().rstrip(".") in ("may", "march", "mar", "jan", "sun", "dec"):
        before = c.text[max(0, c.start - 20):c.start]
        if not _CONTEXT_MONTH.search(before):
            return None
    if y:
        yy, relative = _year_int(y), False
    elif c.dct is None:
        return _Res(f"XXXX-{mo:02d}", relative=True, precision="month")
    else:
        relative = True
        r = (rel or "").lower()
        ry = (m.group("ry") or "").lower()
        if ry:
            yy = c.dct.year + {"this": 0, "last": -1, "next": 1}[ry]
        elif r == "last":
            yy = c.dct.year if mo < c.dct.month else c.dct.year - 1
        elif r == "next":
            yy = c.dct.year if mo > c.dct.month else c.dct.year + 1
        elif r == "this":
            yy = c.dct.year
        else:
            yy = _pick_year_for_month(mo, c.dct, c.future, c.since, c.past)
    iv = _apply_mod((Date(yy, mo, 1), _month_end(yy, mo)), mod, "month")
    return _Res(f"{yy}-{mo:02d}", "DATE", iv[0], iv[1], "month", relative)


def _r_year(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"2012", "in 2018", "late 2018" (Sep-Dec), "mid-2019", "fiscal 1998"."""
    y = _year_int(m.group("y"))
    after = c.text[m.end():m.end() + 12]
    if y < 1900 and re.search(r"\bat\s$", c.text[max(0, c.start - 3):c.start], re.I):
        return None  # "at 1830": a 24-hour clock time, not a year
    if re.match(r"\s*(?:hours|hrs)\b", after, re.I):
        return None  # "2000 hours"
    if re.match(r"\s*(?:%|percent|per\s+cent|[a-z]*-?(?:meter|metre|km|kilometer|mile|foot|feet|ton|people))", after, re.I):
        return None
    iv = _apply_mod((Date(y, 1, 1), Date(y, 12, 31)), m.group("mod"), "year")
    return _Res(str(y), "DATE", iv[0], iv[1], "year", False)


def _r_spoken_year(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"nineteen ninety-six", "the year two thousand" (a bare "two thousand" is a count, not a year)."""
    y = _year_int(m.group("y") or m.group("y2"))
    iv = _apply_mod((Date(y, 1, 1), Date(y, 12, 31)), m.group("mod"), "year")
    return _Res(str(y), "DATE", iv[0], iv[1], "year", False)


def _r_decade(m: re.Match, c: _Ctx) -> Optional[_Res]:
    y = int(m.group("dec"))
    if y % 10:
        return None
    iv = _apply_mod((Date(y, 1, 1), Date(y + 9, 12, 31)), m.group("mod"), "decade")
    return _Res(str(y)[:3], "DATE", iv[0], iv[1], "decade", False)


def _r_quarter(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"the third quarter", "Q3 2020", "the first quarter of fiscal 2021", "next year's first quarter",
    "the year-earlier third quarter" (fiscal quarters are read as calendar quarters, as TimeML does)."""
    g = m.groupdict()
    qw = g.get("q") or g.get("q2") or ""
    q = int(qw) if qw.isdigit() else _LX.quarters.get(qw.lower())
    if q is None:
        return None
    y = g.get("y") or g.get("y2")
    ry, ago = (g.get("ry") or "").lower(), g.get("ago")
    if y:
        yy, rel = int(y), False
    elif c.dct is None:
        return _Res(f"XXXX-Q{q}", relative=True, precision="quarter")
    elif ry:
        yy, rel = c.dct.year + {"next": 1, "last": -1, "previous": -1, "this": 0}[ry], True
    else:
        cur = (c.dct.month - 1) // 3 + 1
        yy, rel = (c.dct.year if q <= cur else c.dct.year - 1), True
        if ago:
            yy -= 1  # "the year-ago third quarter": that quarter a year before the one meant now
    a, b = _quarter(yy, q)
    return _Res(f"{yy}-Q{q}", "DATE", a, b, "quarter", rel)


def _month_year(mo: int, y: Optional[str], c: _Ctx) -> Optional[int]:
    """The year of a month named in a range or a part-of phrase (explicit, else chosen like a bare month)."""
    if y:
        return _year_int(y)
    if c.dct is None:
        return None
    return _pick_year_for_month(mo, c.dct, c.future, c.since, c.past)


def _r_dayrange(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"3-5 February", "Feb. 3-5", "between February 1 and 5", "from 1 to 5 February 2020": one interval.

    The value is an ISO 8601 interval (``2020-02-03/2020-02-05``), the precision "week"
    (a range within a week) or "month" (a longer one); "and"/"to" need a
    "between"/"from" before the first day, so "February 1 and 5 soldiers" is no range.
    """
    g = m.groupdict()
    mon = g.get("mon") or g.get("mon2")
    if not _cap_ok(mon):
        return None
    joiner = (g.get("j") or g.get("j2") or "").lower()
    im = re.search(r"(?:\b(between|from)|([,(]))\s*$", c.text[max(0, c.start - 10):c.start], re.I)
    intro = (im.group(1) or "from").lower() if im else ""  # "..., 4 to 6 February," "(4 to 6 February)": a range set off
    if joiner in ("and",) and intro != "between" or joiner in ("to", "through", "until", "till") and intro not in ("from", "between"):
        return None
    d1, d2 = int(g.get("d1") or g.get("e1")), int(g.get("d2") or g.get("e2"))
    if not 1 <= d1 < d2 <= 31:
        return None
    mo = _month_num(mon)
    prec = "week" if d2 - d1 < 7 else "month"  # somewhere in a range of days (ACLED time precision 2 / 3)
    y = _month_year(mo, g.get("y") or g.get("y2"), c)
    if y is None:
        return _Res(f"XXXX-{mo:02d}-{d1:02d}/XXXX-{mo:02d}-{d2:02d}", relative=True, precision=prec)
    a, b = _valid(y, mo, d1), _valid(y, mo, d2)
    if a is None or b is None:
        return None
    return _Res(f"{a.isoformat()}/{b.isoformat()}", "DATE", a, b, prec, not (g.get("y") or g.get("y2")))


_PART_N = {"first": 0, "opening": 0, "early": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "final": -1,
           "closing": -1}


def _r_partof(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"the first week of February", "the last days of January", "the second half of 2019", "the first half of the year"."""
    g = m.groupdict()
    ordw, part = g["ord"].lower(), g["part"].lower()
    k = _PART_N[ordw]
    if g.get("mon"):
        if not _cap_ok(g["mon"]):
            return None
        mo = _month_num(g["mon"])
        y = _month_year(mo, g.get("y"), c)
        relative = not g.get("y")
        if y is None:
            return _Res(f"XXXX-{mo:02d}", relative=True, precision="week" if part != "half" else "month")
        a, b = Date(y, mo, 1), _month_end(y, mo)
    else:
        if g.get("y2"):
            y, relative = _year_int(g["y2"]), False
        elif c.dct is None:
            return _Res("XXXX", relative=True, precision="month")
        else:
            y, relative = c.dct.year + {"this": 0, "the": 0, "last": -1, "next": 1}[g["rel"].lower()], True
        a, b = Date(y, 1, 1), Date(y, 12, 31)
        mo = None
    if part == "half":
        if k not in (0, 1, -1):
            return None
        if mo is not None:
            a, b = (a, Date(a.year, mo, 15)) if k == 0 else (Date(a.year, mo, 16), b)
            return _Res(f"{a.isoformat()}/{b.isoformat()}", "DATE", a, b, "week", relative)
        h = 1 if k == 0 else 2
        a, b = (Date(y, 1, 1), Date(y, 6, 30)) if h == 1 else (Date(y, 7, 1), Date(y, 12, 31))
        return _Res(f"{y}-H{h}", "DATE", a, b, "quarter", relative)
    if mo is None:
        return None  # "the first week of 2019" is rare; "the first days of the year" likewise
    if part == "day":
        # "on the last day of February", "the first day of March": that day
        day = b if k == -1 else a + _dt.timedelta(days=k) if ordw != "early" else None
        return _date_res(day, relative) if day is not None and day.month == a.month else None
    if part == "week":
        if k == -1:
            a = b - _dt.timedelta(days=6)
        else:
            a = a + _dt.timedelta(days=7 * k)
            b = min(b, a + _dt.timedelta(days=6))
        return _Res(f"{a.isoformat()}/{b.isoformat()}", "DATE", a, b, "week", relative)
    # "days": the first or last ten days of the month
    if k not in (0, -1):
        return None
    a, b = _apply_mod((a, b), "early" if k == 0 else "late", "month")
    return _Res(f"{a.year}-{a.month:02d}", "DATE", a, b, "week", relative)


_ORDINAL_N = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
              "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
              "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
              "twentieth": 20, "twenty-first": 21, "twenty first": 21}


_DECADE_W = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
             "eighties": 80, "nineties": 90}


def _r_century(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"the 20th century", "the nineteenth century": TimeML value ``19`` (1900-1999)."""
    w = m.group("n").lower()
    n = int(w) if w.isdigit() else _ORDINAL_N.get(" ".join(w.replace("-", " ").split()).replace(" ", "-"),
                                                  _ORDINAL_N.get(w))
    if not n or not 1 <= n <= 22:
        return None
    y0 = (n - 1) * 100
    if y0 < 1:
        return None
    iv = _apply_mod((Date(y0, 1, 1), Date(y0 + 99, 12, 31)), m.group("mod"), "century")
    return _Res(f"{n - 1:02d}", "DATE", iv[0], iv[1], "decade", False)


def _r_decade_word(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"the nineties", "the early eighties", "the nineteen-nineties": the latest such decade not after the DCT."""
    dec = _DECADE_W[m.group("dw").lower()]
    cent = m.group("cent")
    if cent:
        y0 = _year_int(f"{cent} {'hundred'}") + dec
        rel = False
    elif c.dct is None:
        return _Res(f"XX{dec // 10}", relative=True, precision="decade")
    else:
        y0 = c.dct.year // 100 * 100 + dec
        if y0 > c.dct.year:
            y0 -= 100
        rel = True
    iv = _apply_mod((Date(y0, 1, 1), Date(y0 + 9, 12, 31)), m.group("mod"), "decade")
    return _Res(str(y0)[:3], "DATE", iv[0], iv[1], "decade", rel)


_GMT_AFTER = re.compile(r"\s*\(\s*[0-2]\d[0-5]\d\s*(?:GMT|UTC)", re.I)


def _r_clock(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"3 p.m.", "10:30 am", "noon", "midnight", "1337 GMT": a TIME on the reference day (or the DCT)."""
    g = m.groupdict()
    if g.get("word"):
        hh, mm = (12, 0) if g["word"].lower() == "noon" else (24, 0)
    else:
        hh, mm = int(g["h"]), int(g["mi"] or 0)
        ap = (g.get("ap") or "").lower().replace(".", "")
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
        if hh > 24 or mm > 59:
            return None
        if not ap and not g.get("hrs") and 1900 <= 100 * hh + mm <= 2099 \
                and not _GMT_AFTER.match(c.text or "", m.end()):
            return None  # "at 2015": a year as likely as a clock time (not "at 2000 (0200 GMT)")
    t = f"T{hh:02d}:{mm:02d}"
    told = c.told
    if c.dct is not None and told is not None and told.precision == "day" and told.start == told.end == c.ref \
            and told.start <= c.dct and told.near(c.start, CLOCK_REF_CHARS):
        # "was shot early Sunday ... Officers were called shortly after 2 a.m.": the hour of the day just told
        return _Res(told.start.isoformat() + t, "TIME", told.start, told.start, "day", True,
                    anchor=f"time:{told.start.isoformat()}")
    day = c.dct
    if day is None:
        return _Res("XXXX-XX-XX" + t, "TIME", relative=True, precision="day")
    return _Res(day.isoformat() + t, "TIME", day, day, "day", True)


CLOCK_REF_CHARS = 300  # a bare clock time within this many characters after a day told is on that day
