"""Durations, sets and vague references (TimeML P.., SET values, PAST_REF/PRESENT_REF/FUTURE_REF)."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.nlp.timelex import number_value
from sitrep.nlp.time.calc import _Ctx, _Res, _UNIT_PREC, _cap_ok, _duration_value, _half_duration_value, _month_num, _shift, _unit_of
from sitrep.nlp.time.patterns import _LX, _ONGOING


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
    if unit == "H" and re.fullmatch(r"[0-2]\d[0-5]\d", num) and re.search(r"\bat\s$", c.text[max(0, c.start - 3):c.start], re.I):
        return None  # "at 2100 hours": a 24-hour clock time
    if num.lower() in ("a", "an") and (_RATE_BEFORE.search(c.text[max(0, c.start - 24):c.start]) or _counted_rate(m, c)):
        return _Res(_duration_value(1.0, unit), "SET")  # "twice a week", "$4 an hour", "12 hours a day"
    val = _duration_value(n, unit)
    r = _Res(val, "DURATION", precision=_UNIT_PREC.get(unit, "day"))
    after = c.text[m.end():m.end() + 40]
    if m.group("hy") and re.match(rf"[\s-]*(?:old\s+)?(?:[a-z]+\s+)?{_ONGOING}\b", after, re.I) and n is not None:
        r.relative = True
        if c.dct is not None:
            r.start, r.end = _shift(c.dct, unit, -n), c.dct
    elif m.group(0).lower().endswith("old") or _AGE_AFTER.match(after):
        return None  # an age ("a 13-year-old girl", "he was 40 years old") is no time expression (TimeML)
    return r


_RATE_BEFORE = re.compile(
    r"(?:\btimes|\btwice|\bonce|\bthrice|\d\s*(?:%|percent)?|\b(?:hours?|days?|nights?|shifts?|meals?|doses?|"
    r"flights?|trips?|visits?)|[$£€]\s*\d[\d.,]*(?:\s*(?:million|billion))?)\s+$", re.I)
_AGE_AFTER = re.compile(r"\s*-\s*old\b|\s+old\b", re.I)
# "kill more than 1,000 people a year", "displaces 20,000 families a year": a count and its noun, then "a year"
_COUNT_NOUN_BEFORE = re.compile(r"(?:\d[\d.,]*(?:\s+(?:million|billion))?|\b(?:dozens|hundreds|thousands|millions)"
                                r"\s+of)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+$", re.I)
_TIME_SIDE_AFTER = re.compile(r"\s*(?:ago|after|before|later|earlier|on|into|since|from|of|and|or|to)\b", re.I)


def _counted_rate(m: re.Match, c: _Ctx) -> bool:
    """"a year" right after a counted noun, with no side word after it ("1,000 people a year ago", "a year after"):
    the count's rate, a set (TimeML), not a length of time."""
    return bool(_COUNT_NOUN_BEFORE.search(c.text[max(0, c.start - 48):c.start])) \
        and not _TIME_SIDE_AFTER.match(c.text, m.end())


def _r_bareunit(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"days after", "weeks long", "for months", "hours": a duration of unknown length."""
    unit = _unit_of(m.group("unit") or m.group("unit2"))
    r = _Res(_duration_value(None, unit), "DURATION", precision=_UNIT_PREC.get(unit, "day"))
    side = _SIDE.match(c.text, m.end())
    if unit in ("H", "MIN") and c.ref is not None and side is not None:
        # "hours later", "minutes after the blast": still a length (TimeML), but it puts what it dates on the
        # day told before, or the next one for hours; "hours earlier", "hours before": that day or the one before
        days = _dt.timedelta(days=1 if unit == "H" else 0)
        later = side.group(1).lower() in ("later", "after")
        if unit == "H" and _same_day(c, later):
            days = _dt.timedelta(days=0)
        r.start, r.end = (c.ref, c.ref + days) if later else (c.ref - days, c.ref)
        r.relative, r.anchor, r.precision = True, f"time:{c.ref.isoformat()}", "day"
    return r


_SIDE = re.compile(r"\s+(later|after|earlier|before)\b", re.I)
_EARLIER_SAME_DAY = ("TAF", "TEV", "TNI")  # hours before an afternoon, an evening or a night: that day
_LATER_SAME_DAY = ("TMO",)  # hours after a morning: that day


def _same_day(c: _Ctx, later: bool) -> bool:
    """Whether "hours earlier" ("hours later") stays on the day told before, because that day was told with its part
    of day: "on Monday evening ... Hours earlier" is Monday, "on Saturday morning ... Hours later" Saturday."""
    if c.told is None or c.told.start != c.ref or c.told.precision != "day":
        return False
    return c.told.value.endswith(_LATER_SAME_DAY if later else _EARLIER_SAME_DAY)


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


def _r_half(m: re.Match, c: _Ctx) -> Optional[_Res]:
    """"two and a half years", "2 1/2 years", "an hour and a half", "a year and a half": one duration."""
    num = m.group("num") or m.group("num2")
    n = 0 if num.lower() in ("a", "an") and m.group("num2") is None else number_value(num)
    if n is None or n != int(n):
        return None
    unit = _unit_of(m.group("unit") or m.group("unit2"))
    return _Res(_half_duration_value(int(n), unit), "DURATION", precision=_UNIT_PREC.get(unit, "day"))
