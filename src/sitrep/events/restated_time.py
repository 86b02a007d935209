"""A time restated in brackets in another clock's terms dates nothing of its own: "shot on Sunday evening (early
Monday morning IST)", "late on Monday local time (early on Tuesday GMT)". The deed is on the first, the place's,
day; the bracket only translates it for the reader (a home-country outlet on a deed abroad)."""
from __future__ import annotations

import re

from sitrep.model import TimeExpr

_OPEN = re.compile(r"\s*[(\[]\s*$")
_CLOSE = re.compile(r"\s*(?:[A-Z]{2,5}|local\s+time|(?:in|at)\s+[A-Z][\w ]{1,30})?\s*[)\]]")


def restated(text: str, t: TimeExpr, times: list[TimeExpr]) -> bool:
    """``t`` opens a bracket right after another time of ``times`` and closes it (a zone's letters or "local
    time" at most between): the same moment told again."""
    if t.span is None or not _CLOSE.match(text, t.span.end):
        return False
    return any(o is not t and o.span is not None and o.span.end <= t.span.start
               and _OPEN.fullmatch(text[o.span.end:t.span.start]) is not None for o in times)
