"""The anchor: past-tense weekday references and the check that a header date is a day early (suggest_dct)."""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Optional

from sitrep.nlp.time.calc import _cap_ok
from sitrep.nlp.time.patterns import Date, _LX, _POD, _WD
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


def _anchor_date(a: Optional[str]) -> Optional[Date]:
    m = re.match(r"(?:dct|story|dct-corrected):(\d{4}-\d\d-\d\d)", a or "")
    return Date.fromisoformat(m.group(1)) if m else None
