"""A count of the hurt restated in round figures (issue 16, story figures that never double count): "28 people were
being treated for wounds" on Saturday and "Nearly 30 others were wounded" on Sunday are one count, the second its
rounding; so is an earlier "about 30" the first reports gave before the exact count. A band claim ("about",
"nearly", "some") that holds an exact count another claim of the same key figure gives is that count rounded: the
exact count stands for it, so the latest claim of the group is never the rounding's floor (27 for "nearly 30").
Only the hurt: displaced, missing and held counts told in several roundings keep each claim (``kind`` "agree")."""
from __future__ import annotations

from typing import Any

__all__ = ["rounded_restated"]

_HURT = frozenset({"wounded", "injured"})


def rounded_restated(what: str, figs: list[Any]) -> list[Any]:
    """``figs`` (the figures of one key-figure group counting ``what``) less the band claims of the hurt that hold an
    exact count of another of them; ``figs`` as they are when none is exact or ``what`` counts no hurt."""
    if what not in _HURT:
        return figs
    exact = {f.low for f in figs if f.low is not None and f.low == f.high}
    if not exact:
        return figs
    return [f for f in figs if f.low is None or f.high is None or f.low == f.high
            or not any(f.low <= x <= f.high for x in exact)]
