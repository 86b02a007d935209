"""Parsing publication dates written in metadata or bylines.

Only a date that is written in the input is ever returned; relative phrases
("1 hour ago", "yesterday") give nothing, because the day they were written on
is not known.
"""
from __future__ import annotations

import datetime as _dt
import email.utils
import re
from functools import lru_cache
from typing import Optional

from sitrep.resources import data_rows
from sitrep.textnorm import strip_accents

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MON = r"(?P<mon>[A-Za-z]{3,9})\.?"
# a month name of another language in a whole date: "3 de noviembre de 2026", "12 novembre 2026", "3. Juni 2026"
_MON_OTHER = r"(?P<mon>[^\W\d_]{3,10})"
_PATTERNS = [
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(_MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?P<y>\d{4})"),
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r"\s*,?\s*(?P<y>\d{4})"),
    re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"),
    # "12/07/26": a slashed date with a two-digit year, as page headers write it (20xx; read by the order as above)
    re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y2>\d{2})(?![\d/])", re.A),
    # "03-08-2026": numbers joined by hyphens, read like the slashed form (day-month or month-day by the text's order)
    re.compile(r"(?<![\d-])(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})(?![\d-])", re.A),
    # "15.06.2025": the dotted form is day-first wherever it is written (German, French, Russian, Turkish copy)
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?![\d.]\d)", re.A),
    # "2026/10/14", "2026.11.20": year first, then month and day, the order of Japanese, Chinese and Korean copy
    re.compile(r"(?<![\d./])(?P<yf>(?:19|20)\d\d)(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d./]\d)", re.A),
    # "2026年4月21日", "2026년 4월 21일": year, month and day each followed by its Chinese/Japanese or Korean unit sign
    re.compile(r"(?<!\d)(?P<yf>(?:19|20)\d\d)\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]"),
    re.compile(r"\b(?P<d>\d{1,2})\.?\s+(?:de\s+)?" + _MON_OTHER + r"\s+(?:de\s+|del\s+)?(?P<y>\d{4})\b"),
]
_MONTH_ONLY = re.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})\s*$")


@lru_cache(maxsize=4)
def other_date_names(kind: str) -> dict[str, int]:
    """Names of ``kind`` ("month", "weekday", "label") of other languages (``data/date_names_other.tsv``), accents
    folded, lower case, with their value (month 1-12, weekday 0 = Monday)."""
    return {cols[0]: int(cols[2]) for cols in data_rows("date_names_other.tsv", ("name", "kind", "value", "language",
                                                                                 "source"), header="name")
            if cols[1] == kind}


def _month(g: dict) -> Optional[int]:  # type: ignore[type-arg]
    if g.get("m"):
        return int(g["m"])
    name = (g.get("mon") or "").lower()
    return _MONTHS.get(name) or other_date_names("month").get(strip_accents(name))


def _numeric(found: str) -> bool:
    """A day-month-year of numbers only, slashed or hyphened ("08/04/2022", "03-08-2026"), whose order is unknown."""
    return "/" in found or (not found[:4].isdigit() and "-" in found)


def find_date(s: str, order: Optional[str] = None) -> Optional[tuple[_dt.date, str, int, int]]:
    """The first absolute calendar date written in ``s``: (date, precision, start, end), or None. ``order``: how the
    text writes numeric dates ("dmy", "mdy", see :mod:`sitrep.nlp.time.date_order`), which reads "08/04/2022";
    None leaves such a date unread."""
    best = None
    for pat in _PATTERNS:
        for m in pat.finditer(s):
            g = m.groupdict()
            month = _month(g)
            if not month:
                continue
            day = int(g["d"])
            year = int(g.get("y") or g.get("yf") or 2000 + int(g["y2"]))
            if g.get("yf"):
                pass  # year first: month and day follow in that order
            elif g.get("m") and _numeric(m.group()) and month > 12 >= day:
                month, day = day, month  # "05/15/2026": only month-day can be meant
            elif g.get("m") and _numeric(m.group()) and day <= 12 and day != month:
                if order == "mdy":
                    month, day = day, month
                elif order != "dmy":
                    continue  # 08/04/2022: day-month or month-day? unknown is better than wrong
            try:
                d = _dt.date(year, month, day)
            except ValueError:
                continue
            if best is None or m.start() < best[2]:
                best = (d, "day", m.start(), m.end())
            break
    return best


def parse_date(value: object) -> Optional[tuple[_dt.date, str]]:
    """A metadata date value (ISO date/datetime, "YYYY-MM", RFC 822, "Feb 12, 2020") -> (date, precision)."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date(), "day"
    if isinstance(value, _dt.date):
        return value, "day"
    s = str(value).strip()
    if not s:
        return None
    m = _MONTH_ONLY.match(s)
    if m and 1 <= int(m["m"]) <= 12 and int(m["y"]) >= _dt.MINYEAR:
        return _dt.date(int(m["y"]), int(m["m"]), 1), "month"
    try:
        return _dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date(), "day"
    except ValueError:
        pass
    try:
        dt = email.utils.parsedate_to_datetime(s)
        if dt is not None:
            return dt.date(), "day"
    except (TypeError, ValueError, IndexError, OverflowError):  # a malformed header gives no date, no crash
        pass
    found = find_date(s)
    return (found[0], found[1]) if found else None
