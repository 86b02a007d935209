"""A country's abbreviation that opens a road's number is no place: "U.S. 82", "US 30", "U.S. Route 66" and "U.S.
Highway 23" are federal highways of the United States (the numbered US Routes), named in local news where the
report places a crash or a closure, not the country. The spans found here are blocked for the recogniser, as a
vehicle maker's name is (geo/vehicles.py). Not before a figure of something else: "a U.S. 10-year note", "the U.S.
25 percent tariff", "U.S. 3 million" stay the country.

A road word written before a number ("Route 33", "State Route 4", "Highway 102", "Interstate 71") is the road's
name, never a town's: "Route" is an alternate name of Rote, Pennsylvania in the gazetteer, so "a bank on Route 33"
named a town 300 km off."""
from __future__ import annotations

import re

__all__ = ["route_spans"]

_ROUTE = re.compile(r"\b(U\.S\.|US)\s+(?:(?:Route|Highway|Hwy\.?)\s+)?\d{1,3}[A-Z]?\b"
                    r"(?!\s*(?:[-–%.,]\d|-|%|percent\b|per\s+cent\b|million\b|billion\b|thousand\b|years?\b|days?\b))")


_ROAD_WORD = re.compile(r"\b(Route|Highway|Hwy\.?|Interstate)\s+\d{1,3}[A-Z]?\b")


def route_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the abbreviation "U.S."/"US" where it opens a highway's number, and of a road word before one."""
    return [(m.start(1), m.end(1)) for m in _ROUTE.finditer(text)] + \
        [(m.start(1), m.end(1)) for m in _ROAD_WORD.finditer(text)]
