"""A wire dateline's day named again by its lead's speech weekday ("MAIDUGURI, Nigeria, Oct 14 (Reuters) - ...
killed nine fishermen on Tuesday, a militia leader said on Wednesday") dates the copy (dates28).

Wire copy tells the day its source spoke by weekday, and that day is the dateline's own day: 14 October is a
Wednesday. Two decisions follow, both asked by ``resolve._corrected_dct``:

- undated copy whose only date is a yearless dateline: the year is the latest one, not after today's date, in which
  the dateline's day has that weekday (2026 for a Wednesday 14 October), as ``weekday_year`` reads "Sunday, March
  15" in the text; the dateline's day is then the day the text counts from;
- a page header a few days older than such a dateline ("Monday 14 September 2026" above "GUSAU, Nigeria, Sept 16
  (Reuters) - ... said on Wednesday"): the dateline's day, a Wednesday, beats the header's, which the weekday
  contradicts (``anchor.dateline_dct`` already takes a dateline a few days older than the header).

The speech weekday must be in the lead's first sentence, right after the speech verb ("said on Wednesday", "said
Wednesday"); any other shape leaves the date as it was."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.nlp.time.anchor import _DATELINE_DAY, DATELINE_DAYS
from sitrep.nlp.time.calc import _cap_ok, _month_num, _valid
from sitrep.nlp.time.patterns import Date, _LX, _WD
from sitrep.nlp.time.weekday_year import YEARS_BACK

__all__ = ["dateline_weekday_dct"]

_SAID_WD = re.compile(rf"\b(?:said|told|announced|reported|confirmed)\s+(?:on\s+)?(?P<wd>{_WD})\b(?!\s*,?\s*\d)",
                      re.I)
_LEAD_END = re.compile(r"\.\s|\n")


def _lead_speech_weekday(text: str, start: int) -> Optional[int]:
    """The weekday (0 = Monday) after the first speech verb of the lead sentence starting at ``start``."""
    end = _LEAD_END.search(text, start)
    m = _SAID_WD.search(text, start, end.start() if end else len(text))
    if m is None or not _cap_ok(m.group("wd")):
        return None
    return _LX.weekdays[m.group("wd").lower()]


def dateline_weekday_dct(text: str, header: Optional[Date], today: Optional[Date] = None
                         ) -> Optional[tuple[Date, str]]:
    """The dateline's day with the reason, when the lead's speech weekday names it: in the latest fitting year
    (``header`` None), or 1 to ``DATELINE_DAYS`` days after a ``header`` whose own weekday is another. None else."""
    m = _DATELINE_DAY.match(text)
    if m is None:
        return None
    wd = _lead_speech_weekday(text, m.end())
    if wd is None:
        return None
    mo, d = _month_num(m.group("mon")), int(m.group("d"))
    if header is None:
        today = today or _dt.date.today()
        day = next((x for y in range(today.year, today.year - YEARS_BACK - 1, -1)
                    if (x := _valid(y, mo, d)) is not None and x <= today and x.weekday() == wd), None)
        if day is None:
            return None
        return day, f"the dateline's {day.strftime('%d %B')} is a {day.strftime('%A')} in {day.year}"
    if header.weekday() == wd:
        return None
    day = next((x for y in (header.year, header.year + 1) if (x := _valid(y, mo, d)) is not None
                and 1 <= (x - header).days <= DATELINE_DAYS), None)
    if day is None or day.weekday() != wd:
        return None
    return day, f"the dateline's day {day.isoformat()}, the {day.strftime('%A')} its lead names, after the header"
