"""A day and month told as the date of the deed an anniversary counts from ("a year after the market bombing of
12 May", "two years since the massacre of 3 October") lies that many years before the last such day: the
anniversary is the report's season, the deed is older. Without this the day reads as this year's 12 May and dates
the old deed (and, beside a new attack, the new one) to the anniversary."""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep.model import TimeExpr
from sitrep.nlp.time.calc import _shift

_NUM = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10}
# "a year after the bombing of", "two years since the massacre on", "one year on from the attack of"
_YEARS_AFTER = re.compile(
    r"\b(" + "|".join(_NUM) + r"|\d{1,2})\s+years?\s+(?:after|since|on\s+from)\s+the\s+"
    r"(?:[\w'’-]+\s+){1,5}?(?:of|on)\s+$", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|'\d\d\b")


def anniversary_years(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """``exprs`` with each day and month that an anniversary phrase counts from (told without its year) moved back
    by the phrase's years."""
    out = []
    for e in exprs:
        m = None
        if e.precision == "day" and e.start is not None and not _YEAR.search(e.span.text):
            m = _YEARS_AFTER.search(text, max(0, e.span.start - 90), e.span.start)
        if m is None:
            out.append(e)
            continue
        n = _NUM.get(m.group(1).lower()) or int(m.group(1))
        start = _shift(e.start, "Y", -n)
        end = _shift(e.end or e.start, "Y", -n)
        out.append(replace(e, start=start, end=end, value=start.isoformat(), relative=False))
    return out
