"""Whether a figure restates the figure right before it in another unit, and is dropped before comparing.

Decides from the article's text: same ``what``, the second in brackets right after the first ("600 square
kilometres (230 square miles)"), values within :data:`UNIT_RESTATEMENT_TOLERANCE` of each other.
"""
from __future__ import annotations

from sitrep.model import Figure


UNIT_RESTATEMENT_TOLERANCE = 0.05


def _is_restatement(first: Figure, second: Figure, text: str) -> bool:
    """``second`` restates ``first`` in another unit: "(230 square miles)" right after "600 square kilometres"."""
    if first.what != second.what or second.span.start < first.span.end:
        return False
    gap = text[first.span.end:second.span.start] if text else ""
    if len(gap) > 4 or "(" not in gap:
        return False
    a = first.low if first.low is not None else first.high
    b = second.low if second.low is not None else second.high
    if a is None or b is None or max(abs(a), abs(b)) == 0:
        return False
    return abs(a - b) / max(abs(a), abs(b)) <= UNIT_RESTATEMENT_TOLERANCE
