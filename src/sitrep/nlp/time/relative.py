"""Resolution of relative expressions: weekdays, today/yesterday, last/this/next week-month-year, seasons, 'two days ago', 'the previous day', 'the past two months'."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.nlp.timelex import number_value
from sitrep.nlp.time.calc import _Ctx, _Res, _UNIT_PREC, _add_months, _apply_mod, _cap_ok, _date_res, _dateparser, _duration_value, _month_end, _quarter, _shift, _unit_of, _unit_prec_word, _week, _weekday_date
from sitrep.nlp.time.patterns import Date, _LX, _year_int
from sitrep.nlp.time.generic_day import weekday_of_old_date
from sitrep.nlp.time.told_weekday import told_weekday_day


def _r_prev_quarter(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"the quarter", "the latest quarter" (business news): the last completed quarter before the DCT's."""
    if c.dct is None:
        return _Res("XXXX-QX", relative=True, precision="quarter")
    q = (c.dct.month - 1) // 3  # previous quarter, 0 = Q4 of last year
    y = c.dct.year if q else c.dct.year - 1
    q = q or 4
    a, b = _quarter(y, q)
    return _Res(f"{y}-Q{q}", "DATE", a, b, "quarter", True)


def _quarter_of(d: Date) -> tuple[str, Date, Date]:
    """The TimeML value, first and last day of the quarter ``d`` lies in."""
    q = (d.month - 1) // 3 + 1
    a, b = _quarter(d.year, q)
    return f"{d.year}-Q{q}", a, b


def _r_year_ago(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"the year-earlier quarter", "the year-ago period", "year-earlier results": the quarter told just before,
    a year back (business news compares a quarter with the same one a year before); else last year."""
    t = c.told
    if t is not None and t.precision == "quarter" and t.near(c.start, 600):
        val, a, b = _quarter_of(_add_months(t.start, -12))
        return _Res(val, "DATE", a, b, "quarter", True, anchor=f"time:{t.start.isoformat()}")
    if c.dct is None:
        return _Res("XXXX", relative=True, precision="year")
    if m.group("unit") and m.group("unit").lower() == "quarter":
        r = _r_prev_quarter(m, c)
        assert r is not None and r.start is not None
        val, a, b = _quarter_of(_add_months(r.start, -12))
        return _Res(val, "DATE", a, b, "quarter", True)
    y = c.dct.year - 1
    return _Res(str(y), "DATE", Date(y, 1, 1), Date(y, 12, 31), "year", True)


def _r_weekend(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"the weekend": the latest weekend on or before the DCT (the next one in a future clause); "the bank holiday
    weekend" and "the long weekend" run to the Monday."""
    if c.dct is None:
        return _Res("XXXX-WXX-WE", relative=True, precision="week")
    sat = c.dct + _dt.timedelta(days=5 - c.dct.weekday())  # this week's Saturday
    if not c.future and sat > c.dct:
        sat -= _dt.timedelta(days=7)
    val, _iv = _week(sat)
    # "the bank holiday weekend", "the long weekend" (British, Irish, Australian copy): Saturday to the Monday off
    end = sat + _dt.timedelta(days=2 if m.groupdict().get("long") else 1)
    if not c.future and m.groupdict().get("long"):
        end = min(end, max(sat, c.dct))  # told on the Sunday: the days up to the report's
    return _Res(val + "-WE", "DATE", sat, end, "week", True, future=c.future or None)


def _r_season(m: re.Match, c: _Ctx) -> Optional[_Res]:
    s = _LX.seasons[m.group("season").lower()]
    rel, y = (m.group("rel") or "").lower(), m.group("y")
    if not (rel or y):
        before = c.text[max(0, c.start - 12):c.start]
        if s == "FA" or not re.search(r"\b(?:in|during|since|until|by|through)\s+(?:the\s+)?$", before, re.I):
            return None
    if y:
        yy = _year_int(y)
    elif c.dct is None:
        return _Res(f"XXXX-{s}", relative=True, precision="quarter")
    else:
        yy = c.dct.year + (-1 if rel == "last" else 1 if rel == "next" else 0)
        if s == "WI" and rel in ("last", "next"):
            # a winter is named by its December: "next winter" told in April 2026 is December 2026 to February
            # 2027 (not 2027-28), "last winter" told in January 2027 the one before the winter under way
            began = c.dct.year if c.dct.month == 12 else c.dct.year - 1  # the latest winter begun by the report
            yy = began + 1 if rel == "next" else began - (1 if c.dct.month in (12, 1, 2) else 0)
        if s == "WI" and rel in ("this", "") and c.dct.month <= 2 + (0 if c.future else 3):
            # "this winter" told in January-February is the one under way (December to February), and in
            # March-May, unless told as to come, the one just ended
            yy -= 1
    months = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}[s]
    a = Date(yy, months[0], 1)
    e = _month_end(yy + (months[1] - 1) // 12, (months[1] - 1) % 12 + 1)
    return _Res(f"{yy}-{s}", "DATE", a, e, "quarter", not y)


def _r_dayword(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """today, tonight, tomorrow, yesterday (+ morning/night), overnight, last night, this morning."""
    w = " ".join(m.group(0).lower().split())
    pod = None
    for p, v in _LX.parts_of_day.items():
        if w.endswith(p) and w != "overnight":
            pod = v
    offset = 0
    fut = None
    if w.startswith("yesterday") or w == "last night" or w == "overnight":
        offset = -1
    elif w.startswith("tomorrow"):
        offset, fut = 1, True
    elif w.startswith("the day before yesterday"):
        offset = -2
    elif w == "the night before last":
        offset, pod = -2, "NI"  # British: the night of the day before yesterday
    elif w.startswith("the day after tomorrow"):
        offset, fut = 2, True
    if w == "tonight":
        pod = "NI"
    if w == "overnight":
        pod = "NI"
    if c.dct is None:
        return _Res("XXXX-XX-XX" + (f"T{pod}" if pod else ""), "TIME" if pod else "DATE", relative=True,
                    precision="day", future=fut)
    d = c.dct + _dt.timedelta(days=offset)
    r = _date_res(d, True, "TIME" if pod else "DATE", f"T{pod}" if pod else "")
    if w == "overnight":
        r.end = c.dct
    r.future = fut
    return r


def _r_weekday(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"on Thursday", "Tuesday night", "last Friday", "next Thursday", "late Tuesday"."""
    wd_word = m.group("wd")
    if not _cap_ok(wd_word):
        return None
    wd = _LX.weekdays[wd_word.lower()]
    rel = m.group("rel")
    pod = m.group("pod") or m.groupdict().get("pod0")  # "Monday night", "sundown Monday", "dawn on Friday"
    pv = _LX.parts_of_day.get(pod.lower()) if pod else None
    if rel and rel.lower().startswith("the"):
        return _weekday_from_ref(wd, rel, pv, c)
    if not rel:
        old = weekday_of_old_date(wd, f"T{pv}" if pv else "", "TIME" if pv else "DATE", m.start(), c)
        if old is not None:
            return old  # "during a Sunday service" after "on 12 March 2023": that Sunday (generic_day.py)
    fut = True if rel and rel.lower().split()[-1] in ("next", "coming") else None
    if c.dct is None:
        return _Res(f"XXXX-WXX-{wd + 1}" + (f"T{pv}" if pv else ""), "TIME" if pv else "DATE",
                    relative=True, precision="day", future=fut)
    told = told_weekday_day(wd, m.start(), c) if not rel else None
    if told is not None and told > c.dct:
        # "UPDATE, Wednesday 4 March: ... on Wednesday morning" in a record of 2 March: the update's Wednesday
        r = _date_res(told, True, "TIME" if pv else "DATE", f"T{pv}" if pv else "")
        r.anchor = f"{TOLD_AHEAD}{told.isoformat()}"
        return r
    d = _weekday_date(wd, c.dct, rel, c.future)
    ahead = not rel and not c.future and local_time_after(c.text, m.end()) and (wd - c.dct.weekday()) % 7 == 1
    if ahead:
        # "early Tuesday local time" in a report dated Monday in another zone (a US page on Asia): the place's
        # Tuesday has begun while the page's Monday runs; 6 days back would be written "last Tuesday"
        d = c.dct + _dt.timedelta(days=1)
    r = _date_res(d, True, "TIME" if pv else "DATE", f"T{pv}" if pv else "")
    r.future = fut if fut else (d > c.dct if d != c.dct and not ahead else None)
    if _OVERNIGHT_ON.match(m.group(0)) and not _NIGHT_ON_INTO.match(c.text or "", m.end()) and not ahead and d <= c.dct:
        # "overnight on Sunday": the night of that day into the next (both days); on the report's own day, the
        # night that ended on it
        first = d if d < c.dct else d - _dt.timedelta(days=1)
        r.value, r.start, r.end = f"{first.isoformat()}T{pv}", first, first + _dt.timedelta(days=1)
    if ahead:
        r.anchor = f"{LOCAL_AHEAD}{c.dct.isoformat()}"
    return r


_OVERNIGHT_ON = re.compile(r"overnight\s+on\s", re.I)  # "overnight on Sunday" (not "overnight Saturday into Sunday")
_NIGHT_ON_INTO = re.compile(r"\s*(?:into|to|and|-|–)\s", re.I)


TOLD_AHEAD = "told-day-ahead:"  # anchor of a weekday that is a day the text wrote out after the DCT (an update's)
LOCAL_AHEAD = "local-time-ahead:"  # anchor of a weekday a day after the DCT, in the place's zone
_LOCAL_TIME = re.compile(r"\s*,?\s*\(?local\s+time\b", re.I)


def local_time_after(text: str, end: int) -> bool:
    """ "local time" follows the expression ending at ``end`` ("late Sunday local time", "Monday (local time)")."""
    return bool(text) and _LOCAL_TIME.match(text, end) is not None


def _weekday_from_ref(wd: int, rel: str, pv: Optional[str], c: _Ctx) -> _Res:
    """"the previous Friday", "the following Monday": counted from the day being told (else the DCT)."""
    base = c.ref or c.dct
    typ, suffix = ("TIME", f"T{pv}") if pv else ("DATE", "")
    if base is None:
        return _Res(f"XXXX-WXX-{wd + 1}{suffix}", typ, relative=True, precision="day")
    forward = rel.lower().split()[-1] in ("following", "next")
    d = _weekday_date(wd, base, "next" if forward else "last", False)
    r = _date_res(d, True, typ, suffix)
    r.anchor = f"time:{base.isoformat()}" if c.ref else None
    return r


def _r_relunit(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"last week", "this week", "next month", "earlier this month", "later this year", "last weekend"."""
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit").lower()
    side = (m.group("side") or "").lower()
    mod = m.group("mod")
    if c.dct is None:
        xs = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX", "quarter": "XXXX-QX",
              "decade": "XXX", "century": "XX"}
        return _Res(xs[unit], relative=True, precision=_unit_prec_word(unit),
                    future=True if rel in ("next", "coming") else None)
    k = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "the": 0, "next": 1, "coming": 1}[rel]
    d = c.dct
    val, a, b, prec = _unit_period(d, unit, k)
    a, b = _apply_mod((a, b), mod, prec)
    if rel == "the" and c.past and not side and a > d:
        # "the end of the year" told in the past tense before that part of the year: last year's
        val, a, b, prec = _unit_period(d, unit, -1)
        a, b = _apply_mod((a, b), mod, prec)
    later_fwd = side == "later" and (rel != "the" or c.future)  # "later this year"; "later in the year" as told
    if side == "earlier" and k == 0 and rel == "this":
        # "earlier this month": before the report's day, which the writer would call "today" or "on Monday"
        b = min(b, max(a, d - _dt.timedelta(days=1)))
        if unit == "week" and a == d:
            # a Monday story: the week began on the Sunday (US/AP use), the one day before the story's
            a = b = d - _dt.timedelta(days=1)
            return _Res(a.isoformat(), "DATE", a, b, "day", True)
    elif side == "earlier" and k == 0:
        b = min(b, d)  # "earlier in the week": the story's week, up to its day
    elif later_fwd and k == 0:
        a = max(a, d)
    elif k == 0 and rel in ("this", "current") and c.past and not c.future and unit in ("week", "month", "year"):
        b = min(b, d)  # "clashes this week have killed 11": told in the past, the days up to the report's
    return _Res(val, "DATE", a, b, prec, True, future=True if k > 0 or later_fwd else None)


def _r_before_last(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"the weekend before last", "the week before last", "the month before last": one unit before "last weekend"."""
    unit = m.group("unit").lower()
    if c.dct is None:
        xs = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX"}
        return _Res(xs[unit], relative=True, precision=_unit_prec_word(unit))
    val, a, b, prec = _unit_period(c.dct, unit, -2)
    return _Res(val, "DATE", a, b, prec, True)


def _unit_period(d: Date, unit: str, k: int) -> tuple[str, Date, Date, str]:
    """Value, first and last day, precision of the ``unit`` (week, month, ...) ``k`` units from ``d``'s."""
    if unit in ("week", "weekend"):
        val, (a, b) = _week(d + _dt.timedelta(days=7 * k))
        if unit == "weekend":
            val, a = val + "-WE", b - _dt.timedelta(days=1)
        return val, a, b, "week"
    if unit == "month":
        x = _add_months(Date(d.year, d.month, 1), k)
        return f"{x.year}-{x.month:02d}", x, _month_end(x.year, x.month), "month"
    if unit == "quarter":
        q = (d.month - 1) // 3 + k
        y = d.year + (q // 4 if q >= 0 else -1)
        q = q % 4 + 1
        a, b = _quarter(y, q)
        return f"{y}-Q{q}", a, b, "quarter"
    if unit == "year":
        y = d.year + k
        return str(y), Date(y, 1, 1), Date(y, 12, 31), "year"
    if unit == "decade":
        y0 = d.year // 10 * 10 + 10 * k
        return str(y0)[:3], Date(y0, 1, 1), Date(y0 + 9, 12, 31), "decade"
    y0 = d.year // 100 * 100 + 100 * k  # century
    return str(y0)[:2], Date(y0, 1, 1), Date(y0 + 99, 12, 31), "decade"


def _r_inday(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"earlier in the day", "later in the day": the day being told (the reference time, else the DCT)."""
    base = c.ref or c.dct
    if base is None:
        return _Res("XXXX-XX-XX", relative=True, precision="day")
    r = _date_res(base, True)
    r.anchor = f"time:{base.isoformat()}" if c.ref else None
    return r


def _r_pastn(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"the past two months", "over the past few days", "in recent days", "the next two weeks", "the past year"."""
    rel = m.group("rel").lower()
    num = m.group("num")
    unit = _unit_of(m.group("unit"))
    plural = m.group("unit").lower().endswith("s")
    n = number_value(num) if num else (None if plural else 1.0)
    if num and n is None and num.lower() not in _LX.vague:
        return None
    val = _duration_value(n, unit)
    future = rel in ("next", "coming", "following")
    if c.dct is None:
        return _Res(val, "DURATION", relative=True, precision=_UNIT_PREC.get(unit, "day"), future=future or None)
    # "in recent hours", "the past few hours": since the day before the report (a night and a day)
    approx = {"D": 3, "W": 3, "M": 3, "Y": 3, "DE": 2, "H": 24}.get(unit, 3) if n is None else n
    if future:
        a, b = c.dct, _shift(c.dct, unit, approx)
    else:
        a, b = _shift(c.dct, unit, -approx), c.dct
    return _Res(val, "DURATION", a, b, _UNIT_PREC.get(unit, "day"), True, future=future or None)


def _r_ago(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"two months ago" (from the DCT); "a day earlier", "two days later" (from the reference time); "nine
    years ago today" (that day of the year, N years back)."""
    num, unit_w, dirw = m.group("num"), m.group("unit"), " ".join(m.group("dir").lower().split())
    unit = _unit_of(unit_w)
    n = number_value(num)
    if n is None:
        if dirw == "ago" and " ".join(num.lower().split()) in _LX.vague:
            return _r_vague_ago(m, c)
        return None
    sign = 1 if dirw in ("later", "after", "from now", "hence", "on") else -1
    if dirw in ("before", "after"):
        return _Res(_duration_value(n, unit), "DURATION", precision=_UNIT_PREC.get(unit, "day"))
    coarse = _from_told(c, unit, sign * n, dirw)
    if coarse is not None:
        return coarse
    base = c.dct if dirw in ("ago", "from now", "hence") else (c.ref or c.dct)
    anchor = None if base is c.dct else f"time:{base.isoformat()}" if base else None
    prec = _UNIT_PREC.get(unit, "day")
    if (m.groupdict().get("today") or "") and dirw == "ago":
        prec = "day"  # "nine years ago today": that very day, N years back (an anniversary)
    if (unit == "W" and n in (1, 2, 3) or unit == "2W" and n == 1) and (
            dirw == "ago" or (dirw in ("earlier", "later") and c.ref is not None)):
        # "a week ago", "two weeks ago", "three weeks ago", "a fortnight ago": that weekday, as news counts it (not
        # the whole ISO week; "six weeks ago" stays a week, as TimeBank reads it);
        # so too "A week earlier", "two weeks later" counted from a day told (the 30 December's: the 23rd)
        prec = "day"
    # "two days from now" is after the report; "three hours later", "two days on" count from a time told (the
    # story's), and are after the report only when they pass its date ("arrested three hours later" is no plan)
    ahead = dirw in ("from now", "hence")
    if base is None:
        return _Res({"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}.get(prec, "XXXX"),
                    relative=True, precision=prec, future=ahead or None)
    d = None
    if dirw == "ago" and n == int(n) and unit in ("D", "W", "M", "Y") and not m.groupdict().get("today"):
        # dateparser counts back "N units ago" right (the case it is good at)
        word = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}[unit]
        d = _dateparser(f"{int(n)} {word} ago", base)
    if d is None:
        d = _shift(base, unit, sign * n)
    if prec == "week":
        val, (a, b) = _week(d)
    elif prec == "month":
        val, a, b = f"{d.year}-{d.month:02d}", Date(d.year, d.month, 1), _month_end(d.year, d.month)
    elif prec in ("year", "decade"):
        val, a, b = str(d.year), Date(d.year, 1, 1), Date(d.year, 12, 31)
        prec = "year"
    else:
        val, a, b = d.isoformat(), d, d
    return _Res(val, "DATE", a, b, prec, True, anchor=anchor,
                future=(ahead or (sign > 0 and c.dct is not None and base is not c.dct and a > c.dct)) or None)


def _from_told(c: _Ctx, unit: str, k: float, dirw: str) -> Optional[_Res]:
    """"Seven months later" after "March 1942", "a year earlier" after "the third quarter": counted from the
    last date told, at its precision (a month, a quarter, a year), when that date is coarser than a day.

    "ago" counts from the DCT, except "a year ago" right after a quarter ("profits rose in the third
    quarter ... from a year ago"): that quarter of the year before.
    """
    t = c.told
    if t is None or t.precision not in ("month", "quarter", "year") or k != int(k):
        return None
    if dirw == "ago":
        if not (t.precision == "quarter" and unit == "Y" and k == -1 and t.near(c.start, 300)):
            return None
    elif dirw not in ("earlier", "later", "on") or not t.near(c.start, 600):
        return None
    k = int(k)
    if t.precision == "month" and unit == "M":
        x = _add_months(t.start, k)
        val, a, b, prec = f"{x.year}-{x.month:02d}", x, _month_end(x.year, x.month), "month"
    elif t.precision in ("month", "year") and unit == "Y" and (t.precision == "month" or dirw != "earlier"):
        # "two years later" after "in 2011"; a year from a month is told as a year ("a year after March 2014")
        y = t.start.year + k
        val, a, b, prec = str(y), Date(y, 1, 1), Date(y, 12, 31), "year"
    elif t.precision == "quarter" and (unit == "Y" or (unit == "M" and k % 3 == 0)):
        (val, a, b), prec = _quarter_of(_add_months(t.start, k * (12 if unit == "Y" else 1))), "quarter"
    else:
        return None
    # after the report only when the period passes its date ("seven months later" after "March 1942" is past)
    return _Res(val, "DATE", a, b, prec, True, anchor=f"time:{t.start.isoformat()}",
                future=(k > 0 and (c.dct is None or b > c.dct)) or None)


def _r_vague_ago(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"a few days ago", "several years ago", "weeks ago", "dozens of years ago": a vague past (TimeML PAST_REF).

    The interval runs from 9 units (30 for "dozens"/"many" or a bare plural) to 2 units before the DCT.
    "A few minutes ago", "several hours ago", "minutes ago": the report's own day (as "two hours ago" is).
    """
    unit = _unit_of(m.group("unit"))
    if unit in ("MIN", "H"):
        if c.dct is None:
            return _Res("XXXX-XX-XX", relative=True, precision="day")
        return _Res(c.dct.isoformat(), "DATE", c.dct, c.dct, "day", True)
    if unit not in ("D", "W", "M", "Y", "DE"):
        return None
    num = " ".join((m.groupdict().get("num") or "").lower().split())
    hi = 9 if num in ("a few", "few", "several", "some") else 30
    prec = {"D": "week", "W": "month", "M": "year", "Y": "decade", "DE": "decade"}[unit]  # a coarser grain: vague
    if c.dct is None:
        return _Res("PAST_REF", relative=True, precision=prec)
    return _Res("PAST_REF", "DATE", _shift(c.dct, unit, -hi), _shift(c.dct, unit, -2), prec, True)


def _r_refday(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"the previous day", "the next day", "the day before", "that day", "the same day" (from the reference time)."""
    w = " ".join(m.group(0).lower().split())
    unit = "D"
    for u, code in (("week", "W"), ("month", "M"), ("year", "Y")):
        if w.endswith(u) or f" {u} " in w:
            unit = code
    ws = w.split()  # words, not letters: "that evening" is no "eve" (the day before)
    if any(x in ws for x in ("previous", "preceding", "prior", "before", "eve")):
        k = -1
    elif any(x in ws for x in ("next", "following", "after")):
        k = 1
    else:
        k = 0
    pod = next((v for p, v in _LX.parts_of_day.items() if w.endswith(p)), None)
    base = c.ref or c.dct
    from_ref = bool(c.ref)
    fine = {"W": ("day", "week"), "M": ("day", "week", "month"), "Y": ("day", "week", "month", "quarter", "year")}
    t = c.told
    if t is not None and unit in fine and t.precision in fine[unit] and t.near(c.start, 600):
        base, from_ref = t.start, True  # "the following month" after "in May 2014": June 2014
    prec = _UNIT_PREC[unit]
    if base is None:
        return _Res("XXXX-XX-XX", "TIME" if pod else "DATE", relative=True, precision=prec)
    d = _shift(base, unit, k)
    anchor = f"time:{base.isoformat()}" if from_ref else None
    if unit == "W":
        val, (a, b) = _week(d)
    elif unit == "M":
        val, a, b = f"{d.year}-{d.month:02d}", Date(d.year, d.month, 1), _month_end(d.year, d.month)
    elif unit == "Y":
        val, a, b = str(d.year), Date(d.year, 1, 1), Date(d.year, 12, 31)
    else:
        val, a, b = d.isoformat() + (f"T{pod}" if pod else ""), d, d
    return _Res(val, "TIME" if pod else "DATE", a, b, prec, True, anchor=anchor)
