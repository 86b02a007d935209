"""The count a hedged figure gives (rounding and approximation): :func:`nominal_count`, N of "about N", "nearly N", the
low end of a range or of "hundreds"; None for an exact count or a bound ("at least N"). :func:`figure_best` reads it
back for a figure made without it. Read by stories/merge and stories/totals.
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import Figure
from sitrep.nlp.numbers import Quantity, scan_quantities


def figure_best(f: Figure) -> Optional[float]:
    """``f.best``; for a figure made without it (read back from an export, made by hand), the nominal count its own
    words give when they are one hedged quantity with the figure's bounds (:func:`nominal_count`)."""
    if f.best is not None:
        return f.best
    qs = scan_quantities(f.span.text) if f.span is not None and f.span.text else []
    if len(qs) != 1 or qs[0].rule not in ("approx", "near", "range", "vague") or (qs[0].low, qs[0].high) != (f.low, f.high):
        return None
    return nominal_count(qs[0])


def nominal_count(q: Quantity) -> Optional[float]:
    """The count a hedged quantity gives where its bounds do not say it: N of "about N", "approximately N", "some N"
    (bounds 0.9N..1.1N) and of "nearly N" (0.9N..N), the low end of a range or of a plural number word; None for an
    exact count and for a bound ("at least N", "more than N", "up to N": the bound is the count's only word)."""
    if q.rule in ("approx", "near") and q.value is not None and not q.vague and q.low != q.high:
        return q.value
    if q.rule in ("range", "vague") and q.low is not None and q.high is not None and q.low < q.high:
        return q.low
    return None
