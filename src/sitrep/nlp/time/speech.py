"""Quoted speech keeps its own "now": "today" in a quote said on Friday is that Friday, not the report's day.

:func:`quote_anchors` finds quotations ("...", “...”) whose speaker is told with a
day: the attribution right after the quote ("..., the minister said Friday") or
the clause that opens it (On Friday the minister said: "..."). Resolution of the
expressions inside is left to the caller (``resolve``), which re-anchors the
relative ones that were counted from the DCT on the speaker's day.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.model import TimeExpr
from sitrep.nlp.time.patterns import Date

_QUOTE = re.compile(r"“([^”]{1,800})”|\"([^\"\n]{1,800})\"")
_SAY = re.compile(r"\b(?:said|says|told|added|announced|declared|stated|wrote|insisted|warned|tweeted)\b", re.I)
_AFTER_LIMIT = 120  # characters of attribution read after a quote
_BEFORE_LIMIT = 160  # characters of the opening clause read before a quote


def _sentence_end(text: str, i: int, limit: int) -> int:
    stop = min(len(text), i + limit)
    for ch in ".\n;":
        k = text.find(ch, i, stop)
        if k != -1:
            stop = k
    return stop


def _sentence_start(text: str, i: int, limit: int) -> int:
    start = max(0, i - limit)
    for ch in ".\n;":
        k = text.rfind(ch, start, i)
        if k != -1:
            start = max(start, k + 1)
    return start


def _day_in(exprs: list[TimeExpr], a: int, b: int, dct: Date) -> Optional[Date]:
    """The one past day told in text[a:b] (a day-precision DATE/TIME on or before the DCT), else None."""
    days = {e.start for e in exprs
            if a <= e.span.start and e.span.end <= b and e.type in ("DATE", "TIME") and e.precision == "day"
            and e.start is not None and e.start == e.end and e.start <= dct and not e.future}
    return days.pop() if len(days) == 1 else None


def quote_anchors(text: str, exprs: list[TimeExpr], dct: Optional[Date]) -> list[tuple[int, int, Date]]:
    """(start, end, day) of each quotation whose speaker is told speaking on another day than the DCT."""
    if dct is None:
        return []
    out = []
    for m in _QUOTE.finditer(text):
        qs, qe = m.start(), m.end()
        after_end = _sentence_end(text, qe, _AFTER_LIMIT)
        after = text[qe:after_end]
        day = None
        if _SAY.search(after):
            day = _day_in(exprs, qe, after_end, dct)
        if day is None:
            before_start = _sentence_start(text, qs, _BEFORE_LIMIT)
            if _SAY.search(text[before_start:qs]):
                day = _day_in(exprs, before_start, qs, dct)
        if day is not None and day != dct:
            out.append((qs, qe, day))
    return out
