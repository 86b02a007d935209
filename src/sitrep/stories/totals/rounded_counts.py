"""Whether several claims are one count rounded several ways (:func:`_one_count_rounded`): "nearly one million" and
"almost 950,000" displaced are one; different exact counts, or two "about" counts neither of which is the other
rounded (:func:`_about_counts_differ`: "about 8,000" and "about 8,500"), are never one. For people uprooted, missing
or held, a lower bound told in round figures (:func:`_round_bound`: "more than 4,000") is a band too.
"""
from __future__ import annotations

import math
from typing import Optional

from sitrep.model import ClaimValue
from sitrep.stories.key_periods import STOCK_WHAT


def _round_bound(c: ClaimValue) -> bool:
    """A lower bound told in round figures ("more than 4,000": low 4,001; "at least 500"), a rounding of a count."""
    if c.low is None or c.high is not None:
        return False
    n = int(c.low) if c.low == int(c.low) else 0
    return any(x >= 100 and x % 10 ** (len(str(x)) - 1) == 0 for x in (n, n - 1))


def _one_count_rounded(claims: list[ClaimValue], what: str = "") -> bool:
    """Claims that are one count rounded several ways ("nearly one million" and "almost 950,000" displaced): every
    claim a closed band or value, at least one a band ("about", "nearly", "some"), and a value inside them all.
    Different exact counts are never one. For people uprooted, missing or held (``key_periods.STOCK_WHAT``; not
    tolls, whose "at least" claims rise with the count) a lower bound told in round figures ("more than 4,000")
    is a band too, when a closed claim lies above it ("4,300")."""
    bounds = [c for c in claims if what in STOCK_WHAT and _round_bound(c)]
    closed = [c for c in claims if c not in bounds]
    if not closed or any(c.low is None or c.high is None for c in closed) \
            or all(c.low == c.high for c in closed) and not bounds:
        return False
    if _about_counts_differ(closed):
        return False
    return max(c.low for c in claims) <= min(c.high for c in closed)  # type: ignore[type-var]


def _about_nominal(c: ClaimValue) -> Optional[int]:
    """N of an "about N" claim (its band floor(0.9 N)..ceil(1.1 N)), else None."""
    if c.low is None or c.high is None or c.low == c.high:
        return None
    n = round((c.low + c.high) / 2)
    return n if abs(c.low - math.floor(0.9 * n)) <= 1 and abs(c.high - math.ceil(1.1 * n)) <= 1 else None


def _rounded_to(n: int, unit: int) -> int:
    return int(math.floor(n / unit + 0.5)) * unit


def _about_counts_differ(claims: list[ClaimValue]) -> bool:
    """Two "about" counts neither of which is the other rounded ("about 8,000" and "about 8,500": 8,500 to the
    thousand is 9,000): two counts, not one rounded two ways ("about 8,000" and "about 8,200" are one)."""
    def zeros(n: int) -> int:  # the rounding a count is told to: 8,000 -> 3 (thousands), 8,500 -> 2
        return len(str(n)) - len(str(n).rstrip("0"))

    ns = sorted({n for n in map(_about_nominal, claims) if n})
    return any(zeros(a) > zeros(b) and _rounded_to(b, 10 ** zeros(a)) != a for a in ns for b in ns if a != b)
