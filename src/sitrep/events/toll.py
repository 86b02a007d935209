"""Toll: the figures of an event's clause, and which of them is its fatality count."""
from __future__ import annotations

from typing import Optional

from sitrep.model import KILLED_WHAT, Figure


def clause_figures(tok_of_fig, clause: set[int]) -> list[Figure]:  # type: ignore[no-untyped-def]
    """Figures with a token inside the clause."""
    return [f for f, ts in tok_of_fig if ts and any(i in clause for i in ts)]


def fatality_count(figs: list[Figure], trig) -> Optional[Figure]:  # type: ignore[no-untyped-def]
    """The killed-figure nearest the trigger, not a background or "since ..." running total."""
    killed = [f for f in figs if f.what in KILLED_WHAT and not f.background and f.since is None]
    return min(killed, key=lambda f: abs(f.span.start - trig.idx)) if killed else None
