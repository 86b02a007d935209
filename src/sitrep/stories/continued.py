"""One deed told over two days (issue 16, story totals): a siege whose storming came the next morning, a battle that
"went on for a second day". Its reports give each day a count (the first day's "at least three", the second day's
12; day one's 3 soldiers, day two's cumulative 19), and ACLED's one event per place and day would make two incidents
whose counts, added, count the first day's dead twice.

:func:`continues` tells two incidents of a story that are one such deed: at one place, on consecutive days, with a
side in common (a state and its organs are one side), the later count no smaller than the earlier one (a count of
the whole so far, never the next day's own dead: "nine killed on Monday, six on Tuesday" stay two), and either a
claim of the later incident dated on the earlier day (the toll of "Sunday's siege" counted with Monday's storming) or
a report of either telling its deed as lasting into a second day (``data/continued_deeds.tsv``: "went on for a second
day", "after two days of fighting", "held hostage for almost 20 hours").
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from typing import Optional

from sitrep.model import ActorRef, Article, Event
from sitrep.resources import data_rows
from sitrep.stories.tellers import counting_articles

__all__ = ["continues"]


@functools.lru_cache(maxsize=1)
def _lasting() -> re.Pattern[str]:
    rows = list(data_rows("continued_deeds.tsv", needs=("pattern", "why")))
    return re.compile("|".join(f"(?:{r[0].strip()})" for r in rows), re.I)


def _sides(g: list[Event]) -> list[ActorRef]:
    return [a for e in g for a in (e.actor1, e.actor2) if a is not None]


def continues(early: tuple[Optional[_dt.date], Optional[float], str, list[Event]],
              late: tuple[Optional[_dt.date], Optional[float], str, list[Event]],
              late_as_of: list[_dt.date], articles: dict[str, Article]) -> bool:
    """Whether two incidents, each (date, best count, place key, events), are one deed told over two days (see the
    module docstring); ``late_as_of``: the dates of the later incident's claims."""
    from sitrep.stories.merge import same_actor  # merge -> describe -> totals -> here: imported here

    (d1, b1, p1, g1), (d2, b2, p2, g2) = early, late
    if d1 is None or d2 is None or d1 > d2:
        (d1, b1, p1, g1), (d2, b2, p2, g2) = (d2, b2, p2, g2), (d1, b1, p1, g1)
        late_as_of = []
    if d1 is None or d2 is None or (d2 - d1).days != 1 or not p1 or p1 != p2 or b1 is None or b2 is None or b2 < b1:
        return False
    named1 = [a for a in _sides(g1) if a.entity_id or a.name]
    if not any(same_actor(a, b) for a in named1 for b in _sides(g2) if not _civilians(a) and not _civilians(b)):
        return False
    if d1 in late_as_of:
        return True
    return any(_lasting().search(articles[aid].text or "") for aid in counting_articles(g1) | counting_articles(g2) if aid in articles)


def _civilians(a: ActorRef) -> bool:
    return (a.name or "").lower().startswith("civilians")
