"""The same movement's protests in several towns are one event per town (issue 11, protest sub-types; branch
protests8).

ACLED codes one event per demonstration, place and day. A report that tells a nationwide day of marches often
leads with no town of its own ("students marched in cities across Argentina on Wednesday": placed by the dateline,
the article's place) and names the other towns later ("Large marches were also held in Cordoba"). The merge of
restatements lets a mention placed by the article join any mention of a compatible date (its place is weak), so
the towns told later were folded into the lead. :func:`towns_apart` tells two protest mentions of one article apart
when one is placed by its own clause at a town (GeoNames class P) and the other, placed by the article or by its
clause, lies at another town more than ``merge_places.NEAR_KM`` away.

In one article the town must be named by the mention told later (:func:`_later_names_the_town`): a crowd placed by
its clause ("fired at demonstrators in the town of Mocuba") followed by one with no place of its own ("after
protesters attacked a police station", placed by the dateline's Quelimane) tells the same scene again, and the later
one's place is only the article's.
"""
from __future__ import annotations

from sitrep.model import EventMention

__all__ = ["towns_apart"]


def _town(m: EventMention) -> bool:
    p = m.place
    return p is not None and p.lat is not None and p.lon is not None and (p.feature_class or "").startswith("P")


def _told_at(m: EventMention) -> tuple[int, int]:
    return m.sentence.start, m.trigger.start if m.trigger is not None else m.sentence.start


def _later_names_the_town(a: EventMention, b: EventMention) -> bool:
    """In one article, the mention told later is placed by its own clause; across articles, either one is."""
    if a.sentence.article_id != b.sentence.article_id:
        return "clause" in (a.place_source, b.place_source)
    later = b if _told_at(b) > _told_at(a) else a
    return later.place_source == "clause"


def towns_apart(a: EventMention, b: EventMention) -> bool:
    """Two protest mentions at two towns apart, one of them placed by its own clause (module docstring)."""
    from sitrep.events.merge_places import NEAR_KM
    from sitrep.stories.merge import haversine_km

    if not (_town(a) and _town(b)) or not _later_names_the_town(a, b):
        return False
    if a.place.geonameid and a.place.geonameid == b.place.geonameid:
        return False
    return haversine_km(a.place.lat, a.place.lon, b.place.lat, b.place.lon) > NEAR_KM
