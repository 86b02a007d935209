"""Great-circle distance between two points (km); split out of geo/resolve.py, which re-exports it.
"""

from __future__ import annotations

import math


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


_KM_PER_DEGREE = 6371.0 * math.pi / 180.0


def within_km(lat1: float, lon1: float, lat2: float, lon2: float, km: float) -> bool:
    """``haversine_km(...) <= km``, with the latitudes' difference read first: the great-circle distance is never
    less than the arc of that difference, so points farther apart in latitude (with a margin of 1 km for rounding)
    are farther apart than ``km`` without the trigonometry (the same answer)."""
    return abs(lat1 - lat2) * _KM_PER_DEGREE <= km + 1.0 and haversine_km(lat1, lon1, lat2, lon2) <= km
