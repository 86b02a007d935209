"""The anchor: past-tense weekday references and the checks that a header date is a day early (suggest_dct) or
later than the date of the dateline the copy was filed under (dateline_dct)."""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Optional

from sitrep.nlp.time.calc import _cap_ok, _month_num, _valid
from sitrep.nlp.time.patterns import Date, _LX, _MON, _POD, _WD
from sitrep.nlp.time.tense import _clause_tense


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
    if len(refs) < 2 or _dateline_names(text, header):
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


# a wire dateline with its day, opening the text: "LAGOS, Sept 1 —", "KYIV, Ukraine, March 3 (Reuters) -"
_DATELINE_DAY = re.compile(
    rf"\s*[A-Z][A-Z'.\-]{{2,}}(?:[ /-]+[A-Z][A-Z'.\-]+){{0,3}}(?:,\s*[A-Z][A-Za-z'.\-]+(?:\s+[A-Z][A-Za-z'.\-]+){{0,2}})?,?"
    rf"\s+(?P<mon>(?i:{_MON}))\s+(?P<d>[0-3]?\d)\s*(?:\([A-Za-z][A-Za-z .-]{{0,30}}\)\s*)?(?:[—–]|\s-{{1,2}}\s|:)")
DATELINE_DAYS = 7  # how far before the header a dateline's day may lie (a page posted or re-dated days after filing)


def dateline_dct(text: str, header: Date) -> Optional[tuple[Date, str]]:
    """The day of the dateline opening the text when it lies 1 to DATELINE_DAYS days before ``header``: the copy
    was written that day, and its "on Tuesday" counts from it (a page's date can be the day it was posted, later).
    Returns ``(day, reason)`` or None (no dated dateline, or one on or after the header's day)."""
    m = _DATELINE_DAY.match(text)
    if m is None:
        return None
    mo, d = _month_num(m.group("mon")), int(m.group("d"))
    day = _valid(header.year, mo, d)
    if day is not None and day > header:
        day = _valid(header.year - 1, mo, d)
    if day is None or not 1 <= (header - day).days <= DATELINE_DAYS:
        return None
    return day, f"the dateline's day {day.isoformat()} lies before the header date {header.isoformat()}"


def _dateline_names(text: str, header: Date) -> bool:
    """The dateline opening the text names the header's own day ("BAIDOA, Somalia, June 12 (Reuters) -" over a
    record of 12 June): the copy's day is written, and a weekday 6 days back is the deed's ("Saturday's bombing"
    told the next Friday), not a sign that the header is a day early."""
    m = _DATELINE_DAY.match(text)
    return m is not None and _valid(header.year, _month_num(m.group("mon")), int(m.group("d"))) == header


def _anchor_date(a: Optional[str]) -> Optional[Date]:
    m = re.match(r"(?:dct|story|dct-corrected):(\d{4}-\d\d-\d\d)", a or "")
    return Date.fromisoformat(m.group(1)) if m else None
