"""Time expressions: find them in text and resolve them to intervals against the publication date.

The pure core is :func:`find_times` (no spaCy): rules written as regular
expressions over a lexicon (``data/time_lexicon.tsv``) find the spans; each
rule's resolver turns a span into a TimeML value, a type (DATE, TIME,
DURATION, SET) and, when an anchor is known, an inclusive interval
``start``..``end`` with a precision. ``dateparser`` (settings pinned: the
anchor as RELATIVE_BASE, past preferred, UTC) validates absolute dates and
counts back "two months ago"; the cases it gets wrong (weekdays, "since
December", "earlier this month", "in the past two months") are our rules.

The anchor is the publication date (DCT). Without one, relative expressions
stay unresolved (``anchor="unresolved"``) and :func:`resolve_relative` resolves
them later against a date inferred for the story. Today's date is never used.
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Callable, Optional

from sitrep.model import Span, TimeExpr
from sitrep.nlp.timelex import alt, lexicon, number_value

Date = _dt.date
Interval = tuple[Date, Date]

# ---------------------------------------------------------------- patterns


def calendar_names() -> set[str]:
    return {calendar.month_name[i].lower() for i in range(1, 13)}


_LX = lexicon()
_MON = "(?:" + alt([m for m in _LX.months if len(m) <= 4 and m not in calendar_names()]) + r"\.?(?!\w)|" + alt(_LX.months) + ")"
_WD = alt(_LX.weekdays)
_NUMW = alt([w for w in _LX.numbers if " " not in w or w.startswith(("a ", "half"))])
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NUM = rf"(?:\d+(?:\.\d+)?|{_TENS}(?:[\s-]+{alt(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])})?|{_NUMW}|{alt(_LX.vague)})"
_UNIT = alt(_LX.units)
_POD = alt(_LX.parts_of_day)
_MOD = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+turn\s+of)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_UNITS_W = "(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS_W = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_W = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# years read out in broadcast transcripts: "nineteen ninety-six", "nineteen oh five", "two thousand and eight"
_SPOKEN_YEAR = (rf"(?:(?:eighteen|nineteen|twenty)[\s-]+(?:{_TENS_W}(?:[\s-]+{_UNITS_W})?|{_TEENS_W}|oh[\s-]+{_UNITS_W}|hundred)"
                rf"|two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{_TEENS_W}|{_UNITS_W}))?)(?![\w-])")
_YEARX = rf"(?:{_YEAR}|{_SPOKEN_YEAR})"


def _year_int(s: str) -> int:
    """``"1996"`` -> 1996; ``"nineteen ninety-six"`` -> 1996; ``"two thousand and eight"`` -> 2008."""
    if s.isdigit():
        return int(s)
    w = s.lower().replace("-", " ").split()
    if w[:2] == ["two", "thousand"]:
        rest = [x for x in w[2:] if x != "and"]
        return 2000 + int(sum(_LX.numbers[x] for x in rest))
    cent = int(_LX.numbers[w[0]]) * 100
    rest = [x for x in w[1:] if x != "oh"]
    return cent if rest == ["hundred"] else cent + int(sum(_LX.numbers[x] for x in rest))
_APPROX = r"(?:about|some|nearly|almost|more\s+than|less\s+than|fewer\s+than|over|around|roughly|just|only|at\s+least|up\s+to|barely|under)"
_ONGOING = (
    r"(?:war|conflict|civil\s+war|crisis|uprising|insurgency|revolution|siege|occupation|blockade|campaign|"
    r"offensive|struggle|standoff|dispute|rule|reign|fighting|battle|violence|war\s+of\s+attrition|embargo|truce)"
)
_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|due\s+to|scheduled|set\s+to|plans?\s+to|planning\s+to|planned|"
    r"expected\s+to|expects\s+to|intends?\s+to|hopes?\s+to|to\s+be\s+held|agreed\s+to|would|'d|"
    r"is\s+to|are\s+to|upcoming|next)\b",
    re.I,
)
_PAST_CUE = re.compile(
    r"\b(?:said|says|told|was|were|had|did|announced|reported|claimed|added|\w{3,}ed|"
    # irregular past forms common in news (not ones that are also present forms: hit, cut, put, set)
    r"became|began|came|went|took|made|gave|fell|fled|left|held|met|won|lost|shot|struck|fought|sent|found|"
    r"brought|saw|got|led|rose|kept|spoke|broke|drove|stood|overran|ran|sank|swept|withdrew|wrote|knew|"
    r"thought|sold|paid|built|spent|chose|flew|grew|threw|stole|froze|shook|slew|tore|bore|hid|sought|"
    r"caught|taught|fought|dealt|meant|felt|heard|understood|forgot|forbade|arose|awoke|undertook)\b", re.I
)
_SINCE = re.compile(r"\bsince\s*$", re.I)
_CONTEXT_MONTH = re.compile(
    r"\b(?:in|since|by|until|till|from|of|during|early|late|mid|last|next|this|through|before|after|to|and|or|"
    r"between|end|beginning|start|on|each|every)[\s-]*$",
    re.I,
)


@dataclass
class _Ctx:
    """What a resolver needs beyond its match."""

    dct: Optional[Date]
    future: bool = False
    past: bool = False  # a past-tense cue governs the clause (not just "no future cue")
    since: bool = False
    ref: Optional[Date] = None  # reference time for "the previous day" (last day-precision date before it)
    text: str = ""
    start: int = 0


@dataclass
class _Res:
    value: str
    type: str = "DATE"
    start: Optional[Date] = None
    end: Optional[Date] = None
    precision: str = "unknown"
    relative: bool = False
    anchor: Optional[str] = None  # set when not the DCT (e.g. "time:2020-02-09")
    future: Optional[bool] = None  # rule's own verdict ("next Thursday", "tomorrow")


Resolver = Callable[[re.Match, _Ctx], Optional[_Res]]

# ---------------------------------------------------------------- calendar helpers


def _month_end(y: int, m: int) -> Date:
    return Date(y, m, calendar.monthrange(y, m)[1])


def _add_months(d: Date, n: int) -> Date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return Date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _week(d: Date) -> tuple[str, Interval]:
    iso = d.isocalendar()
    mon = d - _dt.timedelta(days=d.weekday())
    return f"{iso[0]}-W{iso[1]:02d}", (mon, mon + _dt.timedelta(days=6))


def _quarter(y: int, q: int) -> Interval:
    return Date(y, 3 * q - 2, 1), _month_end(y, 3 * q)


def _shift(d: Date, unit: str, n: float) -> Date:
    """``d`` moved by ``n`` units (negative: back)."""
    if unit == "D":
        return d + _dt.timedelta(days=round(n))
    if unit == "W":
        return d + _dt.timedelta(days=round(7 * n))
    if unit == "2W":
        return d + _dt.timedelta(days=round(14 * n))
    if unit == "M":
        return _add_months(d, round(n)) if n == int(n) else d + _dt.timedelta(days=round(30.44 * n))
    if unit == "Y":
        return _add_months(d, round(12 * n))
    if unit == "DE":
        return _add_months(d, round(120 * n))
    if unit == "CE":
        return _add_months(d, round(1200 * n))
    if unit == "H":
        return d + _dt.timedelta(days=int(n // 24)) if n >= 24 or n <= -24 else d
    return d


_UNIT_PREC = {"D": "day", "W": "week", "2W": "week", "M": "month", "Y": "year", "DE": "decade", "CE": "decade",
              "H": "day", "MIN": "day", "S": "day"}


def _duration_value(n: Optional[float], unit: str) -> str:
    if unit == "2W":
        return "P2W" if n is None else f"P{_fmt(2 * n)}W"
    k = "X" if n is None else _fmt(n)
    if unit in ("H", "MIN", "S"):
        return f"PT{k}{'M' if unit == 'MIN' else unit}"
    if unit == "CE":
        return f"P{'X' if n is None else _fmt(100 * n)}Y"
    return f"P{k}{unit}"


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def _unit_of(word: str) -> str:
    w = word.lower().rstrip(".")
    if w.endswith("s") and w[:-1] in _LX.units:
        w = w[:-1]
    if w == "centurie":
        w = "century"
    return _LX.units.get(w, "D")


def _apply_mod(iv: Interval, mod: Optional[str], prec: str) -> Interval:
    """early/mid/late and "the end of" narrow a month or a year (early = first third...)."""
    if not mod:
        return iv
    mod = " ".join(mod.lower().split())
    part = {"early": 0, "the beginning of": 0, "the start of": 0, "mid": 1, "the middle of": 1,
            "late": 2, "the end of": 2, "the turn of": 2}.get(mod)
    if part is None:
        return iv
    a, b = iv
    if prec == "year":
        return Date(a.year, 4 * part + 1, 1), _month_end(a.year, 4 * part + 4)
    if prec == "month":
        starts = (1, 11, 21)
        s = Date(a.year, a.month, starts[part])
        e = Date(a.year, a.month, 10) if part == 0 else Date(a.year, a.month, 20) if part == 1 else b
        return s, e
    if prec == "century":
        y0 = a.year
        return (Date(y0 + 33 * part + (1 if part == 2 else 0), 1, 1), Date(y0 + (33, 66, 99)[part], 12, 31))
    if prec == "decade":
        y0 = a.year
        return (Date(y0 + 3 * part + (1 if part == 2 else 0), 1, 1), Date(y0 + (3, 6, 9)[part], 12, 31))
    return iv


def _pick_year_for_month(m: int, dct: Date, future: bool, since: bool = False, past: bool = False) -> int:
    """Year of a month named without one.

    "since": the latest such month on or before the DCT's month; future clause: the
    next on or after it; otherwise the nearest, a past clause counting months ahead
    2.5 times (a tense from the parse can belong to another clause: a past verb
    does not send "December" in a November article back a whole year).
    """
    if since:
        return dct.year if m <= dct.month else dct.year - 1
    if future:
        return dct.year if m >= dct.month else dct.year + 1
    cands = [(y, (y - dct.year) * 12 + m - dct.month) for y in (dct.year - 1, dct.year, dct.year + 1)]
    w = _PAST_WEIGHT if past else 1.0
    return min(cands, key=lambda c: (abs(c[1]) * (w if c[1] > 0 else 1.0), c[1] > 0))[0]


_PAST_WEIGHT = 2.5


def _pick_year_for_day(m: int, d: int, dct: Date, future: bool, past: bool = False) -> Optional[int]:
    """Year of "February 3": the candidate nearest the DCT (future clauses: not before it; past: days ahead count 2.5 times)."""
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            cands.append(Date(y, m, d))
        except ValueError:
            continue
    if not cands:
        return None
    if future:
        after = [c for c in cands if c >= dct - _dt.timedelta(days=1)]
        cands = after or cands
    w = _PAST_WEIGHT if past else 1.0
    return min(cands, key=lambda c: (abs((c - dct).days) * (w if c > dct else 1.0), c > dct)).year


def _weekday_date(wd: int, dct: Date, rel: Optional[str], future: bool) -> Date:
    """The date a weekday name refers to, from the DCT.

    Bare or "on": the latest such day on or before the DCT (past clause) or the
    next on or after it (future clause). "last": strictly before. "next"/"coming":
    strictly after. "this": within the DCT's ISO week.
    """
    back = (dct.weekday() - wd) % 7
    fwd = (wd - dct.weekday()) % 7
    rel = " ".join(rel.lower().split()) if rel else None
    if rel in ("last", "this past", "past"):
        return dct - _dt.timedelta(days=back or 7)
    if rel in ("next", "coming", "this coming"):
        return dct + _dt.timedelta(days=fwd or 7)
    if rel == "this":
        return dct - _dt.timedelta(days=dct.weekday()) + _dt.timedelta(days=wd)
    if future:
        return dct + _dt.timedelta(days=fwd)
    return dct - _dt.timedelta(days=back)


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: Date) -> Optional[Date]:
    """dateparser with pinned settings: RELATIVE_BASE = the anchor, past preferred, UTC, English only."""
    import dateparser

    settings = {
        "RELATIVE_BASE": _dt.datetime(base.year, base.month, base.day, 12, 0),
        "PREFER_DATES_FROM": "past",
        "TIMEZONE": "UTC",
        "TO_TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "MDY",
    }
    r = dateparser.parse(text, languages=["en"], settings=settings)
    return r.date() if r else None


def _valid(y: int, m: int, d: int) -> Optional[Date]:
    try:
        return Date(y, m, d)
    except ValueError:
        return None


def _month_num(s: str) -> int:
    return _LX.months[s.lower().rstrip(".")]


def _cap_ok(word: str) -> bool:
    """Month and weekday names count only capitalised (news prose)."""
    return word[:1].isupper()


def _date_res(d: Date, relative: bool, typ: str = "DATE", suffix: str = "") -> _Res:
    return _Res(d.isoformat() + suffix, typ, d, d, "day", relative)


# ---------------------------------------------------------------- resolvers


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
    if c.dct is None:
        return _Res(f"XXXX-{mo:02d}-{day:02d}", relative=True, precision="day")
    yy = _pick_year_for_day(mo, day, c.dct, c.future, c.past)
    d = _valid(yy, mo, day) if yy else None
    return _date_res(d, True) if d else None


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
    q = _LX.quarters.get(m.group("q").lower())
    if q is None:
        return None
    y = m.group("y") or m.group("y2")
    if y:
        yy, rel = int(y), False
    elif c.dct is None:
        return _Res(f"XXXX-Q{q}", relative=True, precision="quarter")
    else:
        cur = (c.dct.month - 1) // 3 + 1
        yy, rel = (c.dct.year if q <= cur else c.dct.year - 1), True
    a, b = _quarter(yy, q)
    return _Res(f"{yy}-Q{q}", "DATE", a, b, "quarter", rel)


def _r_prev_quarter(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"the quarter", "the latest quarter" (business news): the last completed quarter before the DCT's."""
    if c.dct is None:
        return _Res("XXXX-QX", relative=True, precision="quarter")
    q = (c.dct.month - 1) // 3  # previous quarter, 0 = Q4 of last year
    y = c.dct.year if q else c.dct.year - 1
    q = q or 4
    a, b = _quarter(y, q)
    return _Res(f"{y}-Q{q}", "DATE", a, b, "quarter", True)


def _r_weekend(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"the weekend": the latest weekend on or before the DCT (the next one in a future clause)."""
    if c.dct is None:
        return _Res("XXXX-WXX-WE", relative=True, precision="week")
    sat = c.dct + _dt.timedelta(days=5 - c.dct.weekday())  # this week's Saturday
    if not c.future and sat > c.dct:
        sat -= _dt.timedelta(days=7)
    val, _iv = _week(sat)
    return _Res(val + "-WE", "DATE", sat, sat + _dt.timedelta(days=1), "week", True, future=c.future or None)


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
    pod = m.group("pod")
    pv = _LX.parts_of_day.get(pod.lower()) if pod else None
    if rel and rel.lower().startswith("the"):
        return _weekday_from_ref(wd, rel, pv, c)
    fut = True if rel and rel.lower().split()[-1] in ("next", "coming") else None
    if c.dct is None:
        return _Res(f"XXXX-WXX-{wd + 1}" + (f"T{pv}" if pv else ""), "TIME" if pv else "DATE",
                    relative=True, precision="day", future=fut)
    d = _weekday_date(wd, c.dct, rel, c.future)
    r = _date_res(d, True, "TIME" if pv else "DATE", f"T{pv}" if pv else "")
    r.future = fut if fut else (d > c.dct if d != c.dct else None)
    return r


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
    if side == "earlier" and k == 0:
        b = min(b, d)
    elif later_fwd and k == 0:
        a = max(a, d)
    return _Res(val, "DATE", a, b, prec, True, future=True if k > 0 or later_fwd else None)


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
    im = re.search(r"\b(between|from)\s+$", c.text[max(0, c.start - 10):c.start], re.I)
    intro = im.group(1).lower() if im else ""
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


def _r_inday(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"earlier in the day", "later in the day": the day being told (the reference time, else the DCT)."""
    base = c.ref or c.dct
    if base is None:
        return _Res("XXXX-XX-XX", relative=True, precision="day")
    r = _date_res(base, True)
    r.anchor = f"time:{base.isoformat()}" if c.ref else None
    return r


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


def _unit_prec_word(unit: str) -> str:
    return {"week": "week", "weekend": "week", "month": "month", "year": "year", "quarter": "quarter"}.get(unit, "decade")


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
    approx = {"D": 3, "W": 3, "M": 3, "Y": 3, "DE": 2, "H": 48}.get(unit, 3) if n is None else n
    if future:
        a, b = c.dct, _shift(c.dct, unit, approx)
    else:
        a, b = _shift(c.dct, unit, -approx), c.dct
    return _Res(val, "DURATION", a, b, _UNIT_PREC.get(unit, "day"), True, future=future or None)


def _r_ago(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"two months ago" (from the DCT); "a day earlier", "two days later" (from the reference time)."""
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
    base = c.dct if dirw in ("ago", "from now", "hence") else (c.ref or c.dct)
    anchor = None if base is c.dct else f"time:{base.isoformat()}" if base else None
    prec = _UNIT_PREC.get(unit, "day")
    if base is None:
        return _Res({"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}.get(prec, "XXXX"),
                    relative=True, precision=prec, future=sign > 0 or None)
    d = None
    if dirw == "ago" and n == int(n) and unit in ("D", "W", "M", "Y"):
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
    return _Res(val, "DATE", a, b, prec, True, anchor=anchor, future=sign > 0 or None)


def _r_vague_ago(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"a few days ago", "several years ago", "weeks ago", "dozens of years ago": a vague past (TimeML PAST_REF).

    The interval runs from 9 units (30 for "dozens"/"many" or a bare plural) to 2 units before the DCT.
    """
    unit = _unit_of(m.group("unit"))
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
    if any(x in w for x in ("previous", "preceding", "prior", "before", "eve")):
        k = -1
    elif any(x in w for x in ("next", "following", "after")):
        k = 1
    else:
        k = 0
    pod = next((v for p, v in _LX.parts_of_day.items() if w.endswith(p)), None)
    base = c.ref or c.dct
    prec = _UNIT_PREC[unit]
    if base is None:
        return _Res("XXXX-XX-XX", "TIME" if pod else "DATE", relative=True, precision=prec)
    d = _shift(base, unit, k)
    anchor = f"time:{base.isoformat()}" if c.ref else None
    if unit == "W":
        val, (a, b) = _week(d)
    elif unit == "M":
        val, a, b = f"{d.year}-{d.month:02d}", Date(d.year, d.month, 1), _month_end(d.year, d.month)
    elif unit == "Y":
        val, a, b = str(d.year), Date(d.year, 1, 1), Date(d.year, 12, 31)
    else:
        val, a, b = d.isoformat() + (f"T{pod}" if pod else ""), d, d
    return _Res(val, "TIME" if pod else "DATE", a, b, prec, True, anchor=anchor)


def _r_duration(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"two weeks", "nine-year-old war" (ongoing: ends at the DCT), "48 hours", "a week", "nearly forty years"."""
    num = m.group("num")
    n = number_value(num)
    if n is None and num.lower() not in _LX.vague:
        return None
    unit = _unit_of(m.group("unit"))
    if num.lower() in ("a", "an") and m.group("unit").lower().endswith("s"):
        return None
    if unit == "S" and num.lower() in ("a", "an", "one") and not re.search(r"\bfor\s+$", c.text[max(0, c.start - 5):c.start]):
        return None  # "a second round", "one second-hand"
    val = _duration_value(n, unit)
    r = _Res(val, "DURATION", precision=_UNIT_PREC.get(unit, "day"))
    after = c.text[m.end():m.end() + 40]
    if m.group("hy") and re.match(rf"[\s-]*(?:old\s+)?(?:[a-z]+\s+)?{_ONGOING}\b", after, re.I) and n is not None:
        r.relative = True
        if c.dct is not None:
            r.start, r.end = _shift(c.dct, unit, -n), c.dct
    return r


def _r_bareunit(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"days after", "weeks long", "for months", "hours": a duration of unknown length."""
    unit = _unit_of(m.group("unit") or m.group("unit2"))
    return _Res(_duration_value(None, unit), "DURATION", precision=_UNIT_PREC.get(unit, "day"))


def _r_ref(m: re.Match, c: _Ctx) -> Optional[_Res]:
    v = _LX.refs[" ".join(m.group(0).lower().split())]
    if v == "PRESENT_REF" and c.dct is not None:
        return _Res(v, "DATE", c.dct, c.dct, "day", True)
    return _Res(v, "DATE", relative=True, future=True if v == "FUTURE_REF" else None)


def _r_set(m: re.Match, c: _Ctx) -> Optional[_Res]:
    g = m.groupdict()
    if g.get("setword"):
        if g["setword"][:1].isupper() and re.match(r"\s+[A-Z]", c.text[m.end():m.end() + 3]):
            return None  # a name: "Daily Sabah", "Weekly Standard"
        return _Res(_LX.sets[g["setword"].lower()], "SET")
    if g.get("wd1"):
        return _Res(f"XXXX-WXX-{_LX.weekdays[g['wd1'].lower()] + 1}", "SET") if _cap_ok(g["wd1"]) else None
    if g.get("mon1"):
        return _Res(f"XXXX-{_month_num(g['mon1']):02d}", "SET") if _cap_ok(g["mon1"]) else None
    if g.get("wds"):
        if not _cap_ok(g["wds"]):
            return None
        return _Res(f"XXXX-WXX-{_LX.weekday_sets[g['wds'].lower()] + 1}", "SET")
    n = number_value(g["num"]) if g.get("num") else 1.0
    return _Res(_duration_value(n or 1.0, _unit_of(g["unit"])), "SET")


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
    day = c.ref if (c.ref and c.ref == c.dct) else c.dct
    t = f"T{hh:02d}:{mm:02d}"
    if day is None:
        return _Res("XXXX-XX-XX" + t, "TIME", relative=True, precision="day")
    return _Res(day.isoformat() + t, "TIME", day, day, "day", True)


# ---------------------------------------------------------------- rules (order = priority on equal length)

_I = re.I
_B, _E = r"(?<![\w$£€])", r"(?![\w])"
_RULES: list[tuple[str, re.Pattern, Resolver]] = [
    ("iso", re.compile(rf"{_B}(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?{_E}"), _r_iso),
    ("compact", re.compile(rf"{_B}(?P<y>{_YEAR})(?P<m>[01]\d)(?P<d>[0-3]\d){_E}"), _r_iso),
    ("us_numeric", re.compile(rf"{_B}(?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)[/-](?P<y>(?:19|20)?\d\d){_E}"), _r_iso),
    ("dayrange", re.compile(
        rf"{_B}(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?P<j>-|–|to|through|until|till|and)\s*"
        rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<y>{_YEAR})(?!\d|,\d))?|"
        rf"(?P<mon2>{_MON})\s*(?P<e1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?P<j2>-|–|to|through|until|till|and)\s*"
        rf"(?P<e2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<y2>{_YEAR})(?!\d|,\d))?){_E}", _I), _r_dayrange),
    ("partof", re.compile(
        rf"{_B}the\s+(?P<ord>first|second|third|fourth|last|final|opening|closing|early)\s+(?P<part>week|half|days)\s+of\s+"
        rf"(?:(?P<mon>{_MON})(?:,?\s+(?P<y>{_YEAR})(?!\d|,\d))?|(?P<y2>{_YEAR})|(?P<rel>this|last|next|the)\s+year){_E}",
        _I), _r_partof),
    ("mdy", re.compile(
        rf"{_B}(?:(?:{_WD}),?\s+)?(?P<mon>{_MON})\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)(?:\s*,\s*|\s+)?"
        rf"(?:(?P<y>{_YEAR})(?!\d|,\d))?", _I), _r_full_date),
    ("dmy", re.compile(
        rf"{_B}(?:(?:{_WD}),?\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})"
        rf"(?:,?\s+(?P<y>{_YEAR})(?!\d|,\d))?{_E}", _I), _r_full_date),
    ("month", re.compile(
        rf"{_B}(?:(?P<mod>{_MOD})[\s-]+)?(?:(?P<rel>last|next|this|past)\s+)?(?P<mon>{_MON})"
        rf"(?:,?\s+(?:of\s+)?(?P<y>{_YEARX})(?!\d|,\d)|\s+(?P<ry>this|last|next)\s+year)?(?![\w'])", _I), _r_month),
    ("decade", re.compile(rf"{_B}(?:the\s+)?(?:(?P<mod>{_MOD})[\s-]+)?(?P<dec>(?:1[89]|20)\d0)'?s{_E}", _I), _r_decade),
    ("year", re.compile(
        rf"(?<![\w$£€.,:/-])(?:(?P<mod>{_MOD})[\s-]+)?(?:(?:fiscal|calendar|the\s+year)\s+(?:year\s+)?)?(?P<y>{_YEAR})"
        rf"(?![\w,.:/-]\d|\d|-\d|\w)", _I), _r_year),
    ("spoken_year", re.compile(
        rf"{_B}(?:(?P<mod>{_MOD})[\s-]+)?(?:the\s+year\s+(?P<y>{_SPOKEN_YEAR})|"
        rf"(?P<y2>(?:eighteen|nineteen)[\s-]+(?:{_TENS_W}(?:[\s-]+{_UNITS_W})?|oh[\s-]+{_UNITS_W})(?![\w-])))", _I),
     lambda m, c: _r_spoken_year(m, c)),
    ("quarter", re.compile(
        rf"{_B}(?:the\s+)?(?:(?P<y2>{_YEAR})\s+)?(?P<q>first|second|third|fourth|final)[\s-]+quarter"
        rf"(?:\s+of\s+(?P<y>{_YEAR}))?{_E}", _I), _r_quarter),
    ("thequarter", re.compile(
        rf"{_B}the\s+(?:(?:latest|most\s+recent|recent|just[\s-]+(?:ended|completed)|past)\s+)?(?:fiscal\s+)?quarter{_E}", _I),
     lambda m, c: _r_prev_quarter(m, c)),
    ("weekend", re.compile(rf"{_B}the\s+weekend{_E}", _I), lambda m, c: _r_weekend(m, c)),
    ("season", re.compile(
        rf"{_B}(?:(?P<rel>this|last|next|early|late)\s+)?(?P<season>{alt(_LX.seasons)})(?:\s+(?:of\s+)?(?P<y>{_YEARX}))?{_E}",
        _I), _r_season),
    ("dayword", re.compile(
        rf"{_B}(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?:yesterday|tomorrow)(?:\s+{_POD})?|today|tonight|"
        rf"overnight|last\s+night|this\s+(?:morning|afternoon|evening)){_E}", _I), _r_dayword),
    ("weekday", re.compile(
        rf"{_B}(?:(?:early|late)\s+)?(?:(?P<rel>the\s+(?:previous|preceding|following|next)|last|next|this\s+coming|"
        rf"this\s+past|this|coming|past)\s+)?(?P<wd>{_WD})"
        rf"(?:\s+(?P<pod>{_POD}))?{_E}", _I), _r_weekday),
    ("theunit", re.compile(
        rf"{_B}(?:(?P<side>earlier|later)\s+in\s+|(?P<mod>{_MOD})\s+)(?P<rel>the)\s+"
        rf"(?P<unit>week|month|year|decade|century){_E}", _I), _r_relunit),
    ("inday", re.compile(rf"{_B}(?:earlier|later)\s+in\s+the\s+day{_E}", _I), _r_inday),
    ("century", re.compile(
        rf"{_B}(?:the\s+)?(?:(?P<mod>{_MOD})[\s-]+)?(?P<n>1\d|2[012]|(?:twenty[\s-]+)?first|second|third|"
        rf"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
        rf"sixteenth|seventeenth|eighteenth|nineteenth|twentieth)(?:st|nd|rd|th)?[\s-]+century{_E}", _I),
     lambda m, c: _r_century(m, c)),
    ("decadeword", re.compile(
        rf"{_B}the\s+(?:(?P<mod>{_MOD})[\s-]+)?(?:(?P<cent>eighteen|nineteen|twenty)[\s-]+)?"
        rf"(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties){_E}", _I),
     lambda m, c: _r_decade_word(m, c)),
    ("relunit", re.compile(
        rf"{_B}(?:(?P<side>earlier|later)\s+)?(?:(?P<mod>{_MOD})\s+)?(?P<rel>last|this|next|previous|past|current|coming)\s+"
        rf"(?P<unit>weekend|week|month|year|quarter|decade|century){_E}", _I), _r_relunit),
    ("refday", re.compile(
        rf"{_B}(?:the\s+(?:previous|preceding|prior|next|following|same)\s+(?:day|night|week|month|year|{_POD})|"
        rf"the\s+(?:day|night)\s+(?:before|after)|that\s+(?:day|night|{_POD})){_E}", _I), _r_refday),
    ("pastn", re.compile(
        rf"{_B}(?:(?:the|these|those)\s+)?(?P<rel>past|last|previous|next|coming|recent|following)\s+(?:(?P<num>{_NUM})\s+)?"
        rf"(?P<unit>{_UNIT}s?){_E}", _I), _r_pastn),
    ("bareago", re.compile(
        rf"{_B}(?:(?P<num>dozens|scores|hundreds)\s+of\s+)?(?P<unit>days|weeks|months|years|decades)\s+ago{_E}", _I),
     _r_vague_ago),
    ("ago", re.compile(
        rf"{_B}(?:{_APPROX}\s+)?(?P<num>{_NUM})[\s-]+(?P<unit>{_UNIT}s?)\s+(?P<dir>ago|earlier|later|from\s+now|hence){_E}",
        _I), _r_ago),
    ("duration", re.compile(
        rf"{_B}(?:{_APPROX}\s+)?(?P<num>{_NUM})(?P<hy>-|\s+)(?P<unit>{_UNIT}s?)(?:-old)?{_E}", _I), _r_duration),
    ("bareunit", re.compile(
        rf"{_B}(?P<unit>minutes|hours|days|weeks|months|years|decades)(?=\s+(?:after|before|later|earlier|long|ago|on\s+end)\b|"
        rf"-long)|(?<=\bfor\s)(?P<unit2>minutes|hours|days|weeks|months|years|decades){_E}", _I), _r_bareunit),
    ("ref", re.compile(rf"{_B}{alt(_LX.refs)}{_E}", _I), _r_ref),
    ("set", re.compile(
        rf"{_B}(?:(?P<setword>{alt(_LX.sets)})|(?:every|each|per)\s+(?:(?P<num>{_NUM})\s+)?(?P<unit>{_UNIT}s?)|"
        rf"(?:on\s+)?(?P<wds>{alt(_LX.weekday_sets)})|(?:every|each)\s+(?P<wd1>{_WD})|(?:every|each)\s+(?P<mon1>{_MON})){_E}",
        _I), _r_set),
    ("clock", re.compile(
        rf"{_B}(?:(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?m\.?)(?=\W|$)(?:\s*\(?(?:GMT|UTC|EST|EDT|local\s+time)\)?)?|"
        rf"(?P<word>noon|midnight)(?![\w]))", _I), _r_clock),
]


@dataclass
class _Cand:
    start: int
    end: int
    order: int
    match: re.Match
    resolver: Resolver


def _candidates(text: str) -> list[_Cand]:
    """Every rule's matches, then the longest non-overlapping ones (earlier rule wins a tie)."""
    cands: list[_Cand] = []
    for i, (_name, pat, res) in enumerate(_RULES):
        for m in pat.finditer(text):
            s, e = m.span()
            # trim trailing white space or punctuation a pattern may have eaten
            while e > s and text[e - 1] in " \t\n,":
                e -= 1
            # a match that its rule rejects whatever the anchor (lower-case month, "a weeks") is no candidate
            if e > s and res(m, _Ctx(dct=None, text=text, start=s)) is not None:
                cands.append(_Cand(s, e, i, m, res))
    cands.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken = bytearray(len(text))  # characters already covered: linear in the text, whatever the number of matches
    out: list[_Cand] = []
    for c in cands:
        if any(taken[c.start:c.end]):
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        out.append(c)
    out.sort(key=lambda c: c.start)
    return out


def _clause_tense(text: str, start: int, end: int) -> Optional[bool]:
    """Tense of the clause around ``text[start:end]``: True future, False past, None no cue.

    The nearest tense cue before the expression in its sentence decides; else the first one after it.
    """
    s = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start), start - 150)
    before = text[s + 1:start]
    best: Optional[tuple[int, bool]] = None
    for m in _FUTURE_CUE.finditer(before):
        best = (m.start(), True)
    for m in _PAST_CUE.finditer(before):
        if best is None or m.start() > best[0]:
            if not _FUTURE_CUE.fullmatch(m.group(0)):
                best = (m.start(), False)
    if best is not None:
        return True if best[1] else None  # word cues say "future" or nothing: past tense is the parse's call
    stop = len(text)
    for ch in ".;\n":
        k = text.find(ch, end)
        if k != -1:
            stop = min(stop, k)
    after = text[end:min(stop, end + 120)]
    f = _FUTURE_CUE.search(after)
    p = _PAST_CUE.search(after)
    if f and (not p or f.start() < p.start()):
        return True
    return None


# ---------------------------------------------------------------- DCT check


_WEEKDAY_REF = re.compile(rf"(?<![\w])(?:on\s+)?(?P<wd>{_WD})(?:\s+{_POD})?(?!\w)", re.I)


def _past_weekday_refs(text: str) -> list[int]:
    """Weekdays (0 = Monday) of bare or "on" weekday references in past-tense clauses, in text order."""
    out = []
    for m in _WEEKDAY_REF.finditer(text):
        if not _cap_ok(m.group("wd")):
            continue
        before = text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"\b(?:last|next|this|coming|past|every|each|since|until|by)\s*$", before):
            continue
        if _clause_tense(text, m.start(), m.end()) is True:
            continue
        out.append(_LX.weekdays[m.group("wd").lower()])
    return out


def past_weekdays(text: str) -> list[int]:
    """Weekdays (0 = Monday) the text names in past-tense clauses ("workers on Saturday swept up..."),
    in text order: a report's weekdays name its last few days, which helps date an undated report."""
    return _past_weekday_refs(text)


def suggest_dct(text: str, header: Date) -> Optional[tuple[Date, str]]:
    """A corrected publication date when the text's past weekdays fit the day after ``header`` much better.

    Fires only when the first past-tense weekday reference lies 6 days back under
    the header (i.e. it names the header's next day), at least one other reference
    names the header's own day, and no reference lies 2-5 days back: under
    header+1 all of them become same-day or previous-day references. Returns
    ``(header + 1 day, reason)`` or None. Conservative by design.
    """
    refs = _past_weekday_refs(text)
    if len(refs) < 2:
        return None
    backs = [(header.weekday() - wd) % 7 for wd in refs]
    if backs[0] != 6 or 0 not in backs or any(2 <= b <= 5 for b in backs):
        return None
    fixed = header + _dt.timedelta(days=1)
    n6 = backs.count(6)
    reason = (
        f"{n6} past-tense reference(s) to {calendar.day_name[fixed.weekday()]} would lie 6 days before the header date "
        f"{header.isoformat()} ({calendar.day_name[header.weekday()]}) while others are same-day; "
        f"anchored on {fixed.isoformat()}"
    )
    return fixed, reason


# ---------------------------------------------------------------- public API


def _resolve(c: _Cand, text: str, dct: Optional[Date], future: bool, since: bool, ref: Optional[Date],
             past: bool = False) -> Optional[_Res]:
    return c.resolver(c.match, _Ctx(dct=dct, future=future, past=past, since=since, ref=ref, text=text, start=c.start))


def _to_expr(r: _Res, span: Span, dct: Optional[Date], anchor_label: Optional[str], future: bool, since: bool) -> TimeExpr:
    start, end = r.start, r.end
    if since and start is not None and dct is not None and start <= dct:
        end = dct
    if not r.relative:
        anchor = None  # an absolute value needs no anchor
    elif r.anchor:
        anchor = r.anchor
    elif dct is None or start is None and r.value not in ("PAST_REF", "FUTURE_REF"):
        anchor = "unresolved" if start is None else anchor_label
    else:
        anchor = anchor_label
    fut = r.future if r.future is not None else (future and r.type in ("DATE", "TIME") and r.relative)
    return TimeExpr(span=span, value=r.value, type=r.type, start=start, end=end, precision=r.precision,
                    anchor=anchor, relative=r.relative, future=bool(fut))


def find_times(text: str, dct: Optional[Date], article_id: str = "", correct_dct: bool = True,
               future_at: Optional[Callable[[int, int], Optional[bool]]] = None) -> list[TimeExpr]:
    """Every time expression in ``text``, resolved against ``dct`` (None: relative ones stay unresolved).

    ``correct_dct``: apply :func:`suggest_dct` (a header date a day early) and say so in ``anchor``.
    ``future_at(start, end)``: an optional tense oracle (the parse); None falls back to the word cues.
    Offsets are into ``text``; ``anchor`` is "dct:YYYY-MM-DD", "dct-corrected:... (header ...)",
    "time:YYYY-MM-DD" (counted from another expression), None (absolute) or, without a DCT,
    "unresolved", "unresolved:since" (the interval will run to the anchor) or
    "unresolved:ref:<text>|<text>..." (counted from those unresolved expressions, first to last).
    """
    anchor_label = f"dct:{dct.isoformat()}" if dct else "unresolved"
    if dct is not None and correct_dct:
        fix = suggest_dct(text, dct)
        if fix is not None:
            anchor_label = f"dct-corrected:{fix[0].isoformat()} (header {dct.isoformat()})"
            dct = fix[0]
    out: list[TimeExpr] = []
    ref_expr: Optional[TimeExpr] = None  # the latest day-precision date (resolved or not): "the previous day" counts from it
    for c in _candidates(text):
        tense = future_at(c.start, c.end) if future_at is not None else None
        if tense is None:
            tense = _clause_tense(text, c.start, c.end)
        fut = tense is True
        since = bool(_SINCE.search(text[max(0, c.start - 8):c.start]))
        ref = ref_expr.start if ref_expr is not None else None
        r = _resolve(c, text, dct, fut, since, ref, past=tense is False)
        if r is None:
            continue
        span = Span(article_id, c.start, c.end, text[c.start:c.end])
        e = _to_expr(r, span, dct, anchor_label, fut, since)
        if since and e.relative and e.start is None and e.anchor == "unresolved":
            e = replace(e, anchor="unresolved:since")  # resolve_relative keeps the interval open to its anchor
        elif e.start is None and ref_expr is not None and ref_expr.start is None and _counts_from_ref(c):
            # undated article: remember which expression this one counts from, so that
            # resolve_relative can resolve that one first ("on Thursday ... the previous day")
            e = replace(e, anchor=_ref_anchor(ref_expr))
        out.append(e)
        if e.type in ("DATE", "TIME") and e.precision == "day" and not since and (e.start is not None or e.relative):
            ref_expr = e
    return _merge_clock_day(text, out)


_REF_ANCHOR = re.compile(r"unresolved:ref(?P<fut>-future)?:(?P<text>.+)$", re.S)


def _counts_from_ref(c: "_Cand") -> bool:
    """Whether the candidate's rule counts from the reference time (not from the DCT)."""
    if c.resolver is _r_refday or c.resolver is _r_inday:
        return True
    if c.resolver is _r_weekday:
        return (c.match.group("rel") or "").lower().startswith("the")
    if c.resolver is _r_ago:
        return " ".join(c.match.group("dir").lower().split()) in ("earlier", "later", "on")
    return False


def _ref_anchor(ref: TimeExpr) -> str:
    """``unresolved:ref:<text>``: the anchor of an expression that counts from the unresolved ``ref``.

    When ``ref`` itself counts from another expression, the chain is kept, texts
    joined by ``|`` ("unresolved:ref:Thursday|the previous day" for "a day earlier"
    after "on Thursday ... the previous day"), and :func:`resolve_relative` walks it.
    """
    if ref.anchor and ref.anchor.startswith("unresolved:ref"):
        return f"{ref.anchor}|{ref.span.text}"
    return f"unresolved:ref{'-future' if ref.future else ''}:{ref.span.text}"


def _probe(span_text: str) -> Optional[tuple["_Cand", str]]:
    """The rule match for an expression's text alone, re-read after a neutral preposition.

    Rules that look before the span (a bare "March" or "spring" wants "in"; a range
    "1 and 5 February" wants "between") see one; returns (candidate, probe text) or None.
    """
    words = span_text.lower().split()
    prefix = "between " if "and" in words else "from " if {"to", "through", "until", "till"} & set(words) else "in "
    probe = prefix + span_text
    cands = [c for c in _candidates(probe) if c.start == len(prefix)]
    if not cands:
        probe = span_text
        cands = [c for c in _candidates(probe) if c.start == 0]
    if not cands:
        return None
    return max(cands, key=lambda c: c.end), probe


def _resolve_chain(chain: list[str], anchor: Date, future: bool) -> Optional[Date]:
    """The day the first text of ``chain`` names against ``anchor``, then each next one counted from the last."""
    ref: Optional[Date] = None
    for i, t in enumerate(chain):
        found = _probe(t)
        if found is None:
            return None
        r = _resolve(found[0], found[1], anchor, future and i == 0, False, ref)
        if r is None or r.start is None:
            return None
        ref = r.start
    return ref


_CLOCK_VALUE = re.compile(r".*(T\d\d:\d\d)$")
_CLOCK_GAP = re.compile(r"\s*,?\s*(?:on\s+)?$", re.I)


def _merge_clock_day(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """"10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9": one TIME on that day."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        b = exprs[i + 1] if i + 1 < len(exprs) else None
        m = _CLOCK_VALUE.match(a.value) if a.type == "TIME" else None
        if (m and b is not None and b.type == "DATE" and b.precision == "day" and "T" not in b.value
                and _CLOCK_GAP.match(text[a.span.end:b.span.start])):
            span = Span(a.span.article_id, a.span.start, b.span.end, text[a.span.start:b.span.end])
            out.append(replace(b, span=span, value=b.value + m.group(1), type="TIME"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def resolve_relative(expr: TimeExpr, anchor: Date, text: Optional[str] = None) -> TimeExpr:
    """Re-resolve a relative expression against ``anchor`` (a date inferred for its story).

    The rule is re-run on the span's text (after a neutral "in ", so that rules that
    want a preposition before a bare month or season still fire) with the
    expression's future flag; the result is recorded with
    ``anchor="story:YYYY-MM-DD"``. Absolute expressions and ones anchored on a
    resolved expression ("time:...") come back unchanged. What lay outside the span
    travels in the unresolved anchor: ``unresolved:since`` ("since early December":
    the interval runs to the anchor) and ``unresolved:ref:<chain>`` (counted from
    another expression, resolved first). A relative duration whose span alone reads
    as a plain length ("nine-year" in "the nine-year conflict") ends at the anchor.
    Pass the article ``text`` to read "since" from it; without either, a resolved
    "since" interval is recognised by its end at the old anchor.
    """
    if not expr.relative or (expr.anchor or "").startswith("time:"):
        return expr
    found = _probe(expr.span.text)
    if found is None:
        return expr
    c, probe = found
    refm = _REF_ANCHOR.match(expr.anchor or "")
    if refm is not None:
        # "the previous day" after an unresolved "on Thursday": resolve Thursday first, count from it
        base = _resolve_chain(refm.group("text").split("|"), anchor, bool(refm.group("fut")))
        if base is not None:
            r = _resolve(c, probe, anchor, expr.future, False, base)
            if r is not None and r.start is not None:
                e = _to_expr(r, expr.span, anchor, f"story:{anchor.isoformat()}", expr.future, False)
                return replace(e, anchor=f"story:{anchor.isoformat()} via time:{base.isoformat()}",
                               future=expr.future or e.future)
    if text is not None:
        since = bool(_SINCE.search(text[max(0, expr.span.start - 8):expr.span.start]))
    elif expr.anchor == "unresolved:since":
        since = True
    else:
        since = False
        old = _anchor_date(expr.anchor)
        if old is not None and expr.end == old and expr.start is not None:
            r0 = _resolve(c, probe, old, expr.future, False, None)
            since = r0 is not None and r0.end != old
    r = _resolve(c, probe, anchor, expr.future, since, None)
    if r is None:
        return expr
    if expr.type == "DURATION" and not r.relative and r.type == "DURATION":
        iv = _ongoing_interval(r.value, anchor)  # "nine-year" of "the nine-year conflict": ends at the anchor
        if iv is not None:
            r.start, r.end, r.relative = iv[0], iv[1], True
    e = _to_expr(r, expr.span, anchor, f"story:{anchor.isoformat()}", expr.future, since)
    return replace(e, future=expr.future or e.future)


def _ongoing_interval(value: str, anchor: Date) -> Optional[Interval]:
    """``P9Y`` ending at ``anchor`` -> (anchor - 9 years, anchor); None for vague or clock durations."""
    m = re.fullmatch(r"P(\d+(?:\.\d+)?)(DE|Y|M|W|D)", value)
    if m is None:
        return None
    return _shift(anchor, m.group(2), -float(m.group(1))), anchor


def _anchor_date(a: Optional[str]) -> Optional[Date]:
    m = re.match(r"(?:dct|story|dct-corrected):(\d{4}-\d\d-\d\d)", a or "")
    return Date.fromisoformat(m.group(1)) if m else None


def _future_oracle(doc: Any) -> Callable[[int, int], Optional[bool]]:
    """Tense from the parse: the verb that governs the expression (will/shall/'ll -> future, Tense=Past -> past)."""

    def at(start: int, end: int) -> Optional[bool]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        tok = span.root
        for _ in range(4):
            if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
                break
            tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("will", "shall", "'ll", "wo", "would", "'d") for a in auxes):
            return True
        if any(a.lower_ == "going" for a in auxes) or (tok.dep_ == "xcomp" and tok.head.lemma_ in ("plan", "expect", "hope", "intend", "agree", "schedule")):
            return True
        if "Past" in tok.morph.get("Tense") and not any(a.lower_ in ("to",) for a in auxes):
            return False
        return None

    return at


def extract_times(doc: Any, ctx: Any, analysis: Any) -> list[TimeExpr]:
    """Annotator: time expressions of one parsed article (the parse decides the tense of a clause).

    When :func:`suggest_dct` finds the header date a day early, the times say so in
    their anchor and ``ctx.published`` (documented as the anchor for relative dates)
    becomes the corrected date, so the later annotators (figures' as-of date, the
    reported date of events) use the same anchor as the times.
    """
    dct = getattr(ctx, "published", None)
    times = find_times(doc.text, dct, getattr(ctx, "article_id", ""), future_at=_future_oracle(doc))
    if dct is not None:
        fixed = next((t.anchor for t in times if (t.anchor or "").startswith("dct-corrected:")), None)
        day = _anchor_date(fixed)
        if day is not None and day != dct:
            ctx.published = day
    return times
