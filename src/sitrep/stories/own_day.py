"""A deed told on the writer's own day (issue 16, story totals): a report filed in a timezone far from the place tells
the deed on the day it was there ("SYDNEY - Ten people were killed when gunmen attacked a bar in ... Celaya on Sunday",
of a shooting just before midnight on Saturday, Celaya's time). ACLED's one event per place and day then makes two
incidents a day apart at one place, and their counts, added, count the dead twice (8 + 10 for 10).

:func:`own_day_of` tells two incidents of a story that are one deed so told: at one place, one day apart, of one event
type, told in no report together, and every report that counts one of them datelined at least 45 degrees of
longitude (three hours) from the place, while a report of the other is not. The deed's day is the other's, told by
the reports written where it happened.
"""
from __future__ import annotations

import datetime as _dt
import functools
from typing import Optional

from sitrep.ingest.textmeta import opening_dateline
from sitrep.model import Article, Event
from sitrep.stories.tellers import counting_articles

__all__ = ["own_day_of"]

FAR_DEGREES = 45.0  # three hours of the sun's time: a writer's day may differ from the place's near midnight
_LINES = 4  # a dateline opens one of the text's first lines (after a headline and a date line)


@functools.lru_cache(maxsize=256)
def _dateline_lon(text_head: str) -> Optional[float]:
    """The longitude of the dateline's town (its most populous entry of that name), or None."""
    from sitrep.geo.gazetteer import get_gazetteer

    for line in text_head.split("\n")[:_LINES]:
        dl = opening_dateline(line.strip())
        if dl is None:
            continue
        name = dl.place.split(",")[0].strip()
        entries = [e for e in get_gazetteer().lookup(name) if e.fclass == "P"]
        if not entries:
            return None
        return max(entries, key=lambda e: e.population).lon
    return None


def _far(article: Optional[Article], lon: float) -> bool:
    if article is None:
        return False
    dlon = _dateline_lon((article.text or "")[:600])
    if dlon is None:
        return False
    d = abs(dlon - lon) % 360.0
    return min(d, 360.0 - d) >= FAR_DEGREES


def own_day_of(a: tuple[Optional[_dt.date], str, list[Event]], b: tuple[Optional[_dt.date], str, list[Event]],
               articles: dict[str, Article]) -> Optional[_dt.date]:
    """The deed's day where two incidents, each (date, place key, events), are one deed that far reports tell on their
    own day (see the module docstring); None where they are not."""
    (d1, p1, g1), (d2, p2, g2) = a, b
    if d1 is None or d2 is None or abs((d2 - d1).days) != 1 or not p1 or p1 != p2:
        return None
    if g1[0].event_type != g2[0].event_type:
        return None
    place = g1[0].place
    if place is None or place.lon is None:
        return None
    a1, a2 = counting_articles(g1), counting_articles(g2)
    if not a1 or not a2 or a1 & a2:
        return None
    far1 = [_far(articles.get(x), place.lon) for x in a1]
    far2 = [_far(articles.get(x), place.lon) for x in a2]
    if all(far1) and not all(far2):
        return d2
    if all(far2) and not all(far1):
        return d1
    return None
