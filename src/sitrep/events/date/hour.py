"""Decides that a time expression is a bare clock time ("at 1830", "2:15 a.m.", "noon"): it tells the hour, not
the day (:func:`bare_clock`).
"""
from __future__ import annotations

import re

from sitrep.model import TimeExpr


_BARE_CLOCK = re.compile(r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{4}(?:\s*(?:hours|hrs))?|noon|midnight)"
                         r"(?:\s*\(?(?:GMT|UTC|EST|EDT|local\s+time)\)?)?", re.I)


def bare_clock(t: TimeExpr) -> bool:
    """A clock time with no day of its own ("at 1830", "2:15 a.m.", "0600 local time"): the hour, not the day."""
    return t.type == "TIME" and bool(_BARE_CLOCK.fullmatch(t.span.text.strip()))
