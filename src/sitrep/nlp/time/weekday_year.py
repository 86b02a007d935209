"""An undated text's year, read from a day and month told with their weekday (dates26).

A page with no publication date ("Insurgents beheaded four fishermen ... on Sunday, 12 July"; an AP story whose
dateline has no date and whose second paragraph tells "The assault on Sunday, March 15, began at dawn") leaves
every relative time unresolved, so its events had no date at all. The weekday fixes the year: 12 July is a Sunday
in 2015, 2020 and 2026. The latest such year not after the year of the analysis (and not before the latest year
the text writes out: the story is no older than its own background) is the story's, and the day told is taken as
the day the text counts from. Two or more such days that name different years, or none, leave the text undated.
Asked by ``resolve._corrected_dct`` only when there is no publication date."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.nlp.time.calc import _cap_ok, _month_num, _valid
from sitrep.nlp.time.patterns import Date, _LX, _MON, _WD, _YEAR

__all__ = ["weekday_dated_dct"]

# "Sunday, 12 July", "Sunday 12th July", "Sunday, March 15", "Tuesday, the 3rd of March"; or with its year,
# "on Tuesday, 3 February 2026" (the weekday must then be the date's own)
_WD_DAY_MONTH = re.compile(
    rf"(?<![\w])(?P<wd>{_WD}),?\s+(?:(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})"
    rf"|(?P<mon2>{_MON})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]))(?:,?\s*(?P<y>{_YEAR})\b)?(?!\w)", re.I)
_YEAR_WORD = re.compile(rf"(?<![\w$£€,.]){_YEAR}(?![\w,.]\d|\d)")
YEARS_BACK = 12  # how far back from the analysis year a weekday may place the story (every day-month recurs within 11)


# a speech verb right before or after a whole date: "Police ... on Tuesday, 3 February 2026, said", "said on ..."
_SPEECH = r"(?:said|told|announced|confirmed|reported|stated)"
_SPEECH_AFTER = re.compile(rf"[^.;:!?]{{0,40}}?\b{_SPEECH}\b", re.I)
_SPEECH_BEFORE = re.compile(rf"\b{_SPEECH}\s+(?:on\s+)?$", re.I)


def _spoken_on(text: str, start: int, end: int) -> bool:
    """The whole date at ``text[start:end]`` is the day a source spoke (the text's own day), not a deed's."""
    return _SPEECH_AFTER.match(text, end) is not None or _SPEECH_BEFORE.search(text[max(0, start - 30):start]) is not None


def weekday_dated_dct(text: str, today: Optional[Date] = None) -> Optional[tuple[Date, str]]:
    """The day a yearless "<weekday>, <day> <month>" of ``text`` names, in the latest year not after ``today``'s
    where that day is that weekday (and not before the latest year the text writes), with the reason; None when
    there is no such day, or when the days told point to different years."""
    if "," not in text and not re.search(r"\d", text):
        return None
    today = today or _dt.date.today()
    floor = max((int(y) for y in _YEAR_WORD.findall(text) if int(y) <= today.year), default=today.year - YEARS_BACK)
    found: set[Date] = set()
    for m in _WD_DAY_MONTH.finditer(text):
        wd, mon = m.group("wd"), m.group("mon") or m.group("mon2")
        if not (_cap_ok(wd) and _cap_ok(mon)):
            continue
        mo, d = _month_num(mon), int(m.group("d") or m.group("d2"))
        want = _LX.weekdays[wd.lower()]
        if m.group("y"):  # a whole date: the day itself, when its weekday is the one told and a source spoke on it
            x = _valid(int(m.group("y")), mo, d)
            if not _spoken_on(text, m.start(), m.end()):
                continue  # "On Saturday, August 9, 2025, at 8:52 p.m., officers responded": the deed's day, not the text's
            if x is None or x > today or x.weekday() != want:
                return None
            found.add(x)
            continue
        day = next((x for y in range(today.year, max(floor, today.year - YEARS_BACK) - 1, -1)
                    if (x := _valid(y, mo, d)) is not None and x <= today and x.weekday() == want), None)
        if day is None:
            return None
        found.add(day)
    if len(found) != 1 or len({x.year for x in found}) != 1:
        return None
    day = found.pop()
    return day, f"the year in which {day.strftime('%d %B')} is a {day.strftime('%A')}"
