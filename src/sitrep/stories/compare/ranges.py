"""A compared figure (:class:`_F`) and when two figures' values agree: ranges that overlap, one range inside
another, a band around a rounded number.

Decides from the figures' low and high alone ("at least 4" is 4 to infinity; "nearly one million" is a band
900,000-1,000,000, rounded; an exact count is not).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Optional

from sitrep.model import Figure


@dataclass
class _F:
    fig: Figure
    article_id: str
    t: Optional[_dt.date]  # as_of or publication date
    seq: int  # article order (tie-breaker: which report came first)
    group: str = ""
    since: Optional[_dt.date] = None
    incident: Optional[str] = None  # merged event id, or "day:<as_of>"; None for cumulative figures
    when: Optional[_dt.date] = None  # the incident's date (event date), else t
    siblings: list["_F"] = field(default_factory=list)
    event: Optional[str] = None  # the merged event the figure belongs to (incident figures)

    @property
    def lo(self) -> float:
        return self.fig.low if self.fig.low is not None else (self.fig.high or 0.0)

    @property
    def hi(self) -> float:
        return self.fig.high if self.fig.high is not None else float("inf")

    def value(self) -> tuple[Optional[float], Optional[float]]:
        return (self.fig.low, self.fig.high)


def _overlap(a: _F, b: _F) -> bool:
    return a.lo <= b.hi and b.lo <= a.hi


def _rounded(a: _F) -> bool:
    """A band around a rounded number ("nearly one million": 900,000-1,000,000), not an exact count or open bound."""
    return a.fig.low is not None and a.fig.high is not None and a.fig.low < a.fig.high


def _contains(a: _F, b: _F) -> bool:
    return a.lo <= b.lo and b.hi <= a.hi
