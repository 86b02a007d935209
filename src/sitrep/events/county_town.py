"""County town: the one town that the lines after a report's county-level place name inside that county.

A report often places its deed first in a county, district or province ("a bus struck a roadside bomb in Mandera
County") and names the town only in the next lines ("the bus hit the device shortly after leaving Elwak town"; "the
gunmen stopped it near Mpeketoni"). The town is where the deed happened, more precisely than the unit: when the rest
of the event's paragraph and the paragraph after it name exactly one town inside that unit (resolved, confident, saying
where: not a speaker's place, not an end of a road named by its two towns, not a destination "to X"), the event takes
that town. Two towns, or none, leave the unit (blank beats wrong).
"""
from __future__ import annotations

from typing import Callable, Optional

from sitrep.events.heading_place import inside
from sitrep.model import Place

MIN_CONF = 0.7  # as the article's place (place.ARTICLE_PLACE_MIN_CONF): a town taken from other sentences is sure


def _following_end(text: str, start: int) -> int:
    """The end of the paragraph after the one holding ``start`` (blank lines skipped), or of the text."""
    b = text.find("\n", start)
    if b < 0:
        return len(text)
    while b < len(text) and text[b] in "\n \t":
        b += 1
    e = text.find("\n", b)
    return len(text) if e < 0 else e


def _destination(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """The name is the object of "to" ("travelling from X to Y town"): where someone was going, not where they were."""
    t = doc[ts[-1]]
    while t.dep_ in ("compound", "conj") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ == "to"


def county_town(area: Place, doc, text: str, sent_end: int, tok_of_place,  # type: ignore[no-untyped-def]
                says_where: Callable[[list[int]], bool], resolved: Callable[[Place], bool],
                road_end: Callable) -> Optional[Place]:
    """The one town inside ``area`` (a province or district) named after the event's sentence, up to the end of
    the next paragraph; None when there is none or more than one."""
    if area.precision not in ("province", "district"):
        return None
    end = _following_end(text, sent_end)
    towns = [p for p, ts in tok_of_place if ts and sent_end <= p.span.start < end
             and p.precision in ("town", "point") and resolved(p) and p.confidence >= MIN_CONF
             and inside(p, area) and says_where(ts) and not road_end(doc, ts) and not _destination(doc, ts)]
    if len({p.geonameid or p.name for p in towns}) != 1:
        return None
    return towns[0]
