"""Whether two events' places allow one incident (:func:`_compatible`): the same place, the same province where
one is placed only by its province, no place on either side, or a place the update took only from the article (its
dateline), not from its own words; the one earlier incident of an update's own report in its province
(:func:`_one_in_region`: "bringing the death toll from the attack to 23" placed at a town of the state the first
telling named); and a dateline abroad, where the reporter files from, no place of the deed
(:func:`_dateline_only_abroad`: Nairobi for a strike in Ethiopia). :func:`_place_key` is an event's place as a key.
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import Event
from sitrep.stories.tellers import counting_articles
from sitrep.stories.told_apart import OWN_PLACE_SOURCES


def _place_key(e: Event) -> Optional[str]:
    if e.place is None:
        return None
    return str(e.place.geonameid) if getattr(e.place, "geonameid", None) else (e.place.name or None)


def _placed_by_article_only(e: Event) -> bool:
    return all(m.place_source == "article" or m.place is None for m in e.mentions if m.fatalities is not None)


def _articles(e: Event) -> set[str]:
    return {m.article_id for m in e.mentions}


def _dateline_only_abroad(e: Event, cands: list[Event]) -> bool:
    """The event's counts are placed only by their report's dateline (``place_source`` "article"), and that report
    places another counted event in its own words in another country: the dateline is where the reporter files from
    (Nairobi for a strike in Ethiopia), no place of the deed."""
    if e.place is None or not e.place.country or not _placed_by_article_only(e):
        return False
    arts = _articles(e)
    return any(m.article_id in arts and m.place_source in OWN_PLACE_SOURCES and m.place is not None
               and m.place.country and m.place.country != e.place.country
               for x in cands if x is not e for m in x.mentions if m.fatalities is not None)


def _compatible(upd: Event, inc: Event) -> bool:
    a, b = _place_key(upd), _place_key(inc)
    if a is None or b is None or a == b or _placed_by_article_only(upd):
        return True
    pa, pb = upd.place, inc.place
    return bool(pa and pb and pa.admin1 and pa.admin1 == pb.admin1 and pa.country == pb.country
                and (pa.precision == "province" or pb.precision == "province"))


def _one_in_region(upd: Event, groups: list[list[Event]]) -> list[list[Event]]:
    """The earlier incident of the update's own report, where that report counts only that one in the update's
    :data:`UPDATE_DAYS` and it lies in the update's province (the same first level region of the same country): "The
    death toll from an attack on a village in Riverland State has risen to 23" and later "..., bringing the death toll
    from the attack to 23", the second placed at a town of that state; [] otherwise (the report counts several, or
    its one lies in another province)."""
    pu = upd.place
    if pu is None or not pu.admin1:
        return []
    arts = counting_articles([upd])
    mine = [g for g in groups if counting_articles(g) & arts]
    inside = [g for g in mine if g[0].place is not None and g[0].place.admin1 == pu.admin1
              and g[0].place.country == pu.country]
    return inside if len(inside) == 1 and len(mine) == 1 else []


def name_only(p) -> bool:  # type: ignore[no-untyped-def]
    """A place kept only by its name: no point, no region, no country (a village the gazetteer lacks): it can set no
    count apart from another's (``told_twice._people_retold``)."""
    return p.lat is None and not p.admin1 and not p.country and not p.geonameid
