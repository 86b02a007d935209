"""Calendar arithmetic for the time rules: what a resolver gets (_Ctx) and returns (_Res), weeks, quarters, shifts, durations, and how a year is chosen for a bare month or day."""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from sitrep.nlp.time.patterns import Date, Interval, _LX


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
    told: Optional["Told"] = None  # the last date told before the expression, at any precision ("March 1942")
    told_year: Optional["Told"] = None  # the last date told with its year written ("August 1945", "in 2014")


@dataclass
class Told:
    """A date the text told: what "seven months later" or "the following month" count from."""

    start: Date
    end: Date
    precision: str  # day, week, month, quarter, year
    value: str
    at: int  # character offset where it ends
    named: bool = True  # its month (or year) was written, not a day counted from another ("two days later")

    def near(self, start: int, chars: int = 400) -> bool:
        """Told at most ``chars`` characters before ``start`` (the same passage)."""
        return 0 <= start - self.at <= chars


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


_HALF = {"Y": "6M", "D": "T12H", "H": "30M", "MIN": "30S"}  # half a unit in the next smaller one (TimeBank: P2Y6M)


def _half_duration_value(n: int, unit: str) -> str:
    """"two and a half years" -> P2Y6M, "an hour and a half" -> PT1H30M; a decimal where no smaller unit fits."""
    if unit in ("Y", "D"):
        return f"P{n}{unit}{_HALF[unit]}" if n else f"P{_HALF[unit]}"
    if unit in ("H", "MIN"):
        return f"PT{n}{'M' if unit == 'MIN' else unit}{_HALF[unit]}" if n else f"PT{_HALF[unit]}"
    if unit == "DE":
        return f"P{10 * n + 5}Y"
    return _duration_value(n + 0.5, unit)


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
    if prec == "week" and b - a == _dt.timedelta(days=6):
        # "late last week": Thursday to Sunday; "early last week" Monday to Wednesday; "mid-week" Wednesday-Friday
        s = a + _dt.timedelta(days=(0, 2, 3)[part])
        return s, (a + _dt.timedelta(days=2) if part == 0 else a + _dt.timedelta(days=4) if part == 1 else b)
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
    if past:  # "talks broke down in January" in an October report: last January, never the coming one
        cands = [c for c in cands if c[1] <= _PAST_AHEAD_MONTHS]
    w = _PAST_WEIGHT if past else 1.0
    return min(cands, key=lambda c: (abs(c[1]) * (w if c[1] > 0 else 1.0), c[1] > 0))[0]


_PAST_WEIGHT = 2.5
# a past clause's month or day lies at most this far after the report (a misread tense, a report dated a little
# early); further ahead it is the one before
_PAST_AHEAD_MONTHS = 2


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
    if past:
        cands = [c for c in cands if (c.year - dct.year) * 12 + c.month - dct.month <= _PAST_AHEAD_MONTHS] or cands
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


def _unit_prec_word(unit: str) -> str:
    return {"week": "week", "weekend": "week", "month": "month", "year": "year", "quarter": "quarter"}.get(unit, "decade")
