"""A country's abbreviation that opens a road's number is no place: "U.S. 82", "US 30", "U.S. Route 66" and "U.S.
Highway 23" are federal highways of the United States (the numbered US Routes), named in local news where the
report places a crash or a closure, not the country. The spans found here are blocked for the recogniser, as a
vehicle maker's name is (geo/vehicles.py). Not before a figure of something else: "a U.S. 10-year note", "the U.S.
25 percent tariff", "U.S. 3 million" stay the country."""
from __future__ import annotations

import re

__all__ = ["route_spans"]

_ROUTE = re.compile(r"\b(U\.S\.|US)\s+(?:(?:Route|Highway|Hwy\.?)\s+)?\d{1,3}[A-Z]?\b"
                    r"(?!\s*(?:[-–%.,]\d|-|%|percent\b|per\s+cent\b|million\b|billion\b|thousand\b|years?\b|days?\b))")


def route_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the abbreviation "U.S."/"US" where it opens a highway's number."""
    return [(m.start(1), m.end(1)) for m in _ROUTE.finditer(text)]
