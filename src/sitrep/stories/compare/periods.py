"""Which cumulative figures count one period.

Decides from the figures' ``since``: starts within :data:`PERIOD_SLACK_DAYS` of each other ("since December", "in
the past two months") are one period; a figure with no period joins the period most of its quantity's figures count.
"""
from __future__ import annotations

import datetime as _dt

from sitrep.stories.compare.ranges import _F


PERIOD_SLACK_DAYS = 45


def _periods(fs: list[_F]) -> list[list[_F]]:
    """Split cumulative figures into periods: starts within PERIOD_SLACK_DAYS are one period."""
    starts = sorted({f.since for f in fs if f.since is not None})
    buckets: list[list[_dt.date]] = []
    for s in starts:
        if buckets and (s - buckets[-1][-1]).days <= PERIOD_SLACK_DAYS:
            buckets[-1].append(s)
        else:
            buckets.append([s])
    if not buckets:
        return [fs]
    out: list[list[_F]] = [[f for f in fs if f.since is not None and f.since in b] for b in buckets]
    undated = [f for f in fs if f.since is None]
    if undated:  # a count with no period given joins the period most of its quantity's figures count
        max(out, key=len).extend(undated)
    return out
