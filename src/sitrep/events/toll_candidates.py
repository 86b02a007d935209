"""Which killed-figures can be an incident's toll at all, and how counts add up: the figures of a clause
(:func:`clause_figures`), the killed-figures that are no background or "since ..." total (:func:`_candidates`), a count
whose own words tell a period or a whole country (:func:`_period_count`), and the nominal count of a sum of hedged
counts (:func:`best_sum`). Read by every toll module.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.running_words import (CARRIED_PERIOD as _CARRIED_PERIOD, CARRIED_PERIOD_TAIL as _CARRIED_PERIOD_TAIL,
                                         SCOPE as _PERIOD_SCOPE)
from sitrep.model import KILLED_WHAT, Figure


def best_sum(figs: list[Figure], extra: float = 0.0) -> Optional[float]:
    """The nominal count (``Figure.best``) of a sum of ``figs`` plus ``extra``: "about 12 soldiers and three civilians"
    gives 15 (the band 13..16 as bounds); None when no part is hedged (the bounds then say the count)."""
    if all(f.best is None for f in figs):
        return None
    return sum(f.best if f.best is not None else f.low if f.low is not None else f.high or 0.0 for f in figs) + extra


def clause_figures(tok_of_fig, clause: set[int]) -> list[Figure]:  # type: ignore[no-untyped-def]
    """Figures with a token inside the clause."""
    return [f for f, ts in tok_of_fig if ts and any(i in clause for i in ts)]


def _candidates(figs: list[Figure]) -> list[Figure]:
    return [f for f in figs if f.what in KILLED_WHAT and not f.background and f.since is None]


# a count over a country or a period around a figure ("350 deaths nationwide last month", "killed so far this year"):
# never one incident's toll, however near its sentence (_PERIOD_SCOPE: data/running_counts.tsv, group scope)


def _period_count(f: Figure, text: str) -> bool:
    """The figure's own stretch of text (from it to the end of its clause, at most 80 characters) tells a period or
    a whole country, or a verb carries a tally named over a period or a country to it."""
    tail = re.split(r"[.;]", text[f.span.end:f.span.end + 80], maxsplit=1)[0]
    if _PERIOD_SCOPE.search(tail):
        return True
    # or a verb carries a tally named over a period to it: "brings the number of homicides in the city this year to 87"
    carried = _CARRIED_PERIOD_TAIL.search(text[max(0, f.span.start - 160):f.span.start])
    return bool(carried and _CARRIED_PERIOD.search(carried.group("mid")))
