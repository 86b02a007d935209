"""When two mentions of one article may be one incident by their places (events/merge.py,
:func:`places_compatible`): the same place within ``NEAR_KM`` (~10 km) or the same gazetteer id; a weak place
(:func:`weak_place`: none, only the article's, or a province/country/region/district) fits any place of the same
country; a place named only in passing in another country ("kidnapped on his way to catch a plane to Managua")
fits, unless the deed is named by its town ("the Paris attack"); one person's killing placed only by a name
elsewhere in its sentence fits when the victim is named in the other's text (merge_victims.victim_named_in).

Evidence: the place-mixing misses of the conflict and attack report sets (bench/README.md: "the Lyon attack",
GeoWebNews-style datelines); a town two retellings name apart is two incidents."""
from __future__ import annotations

import math

from sitrep.events.merge_victims import victim_named_in
from sitrep.model import EventMention


NEAR_KM = 10.0
COARSE_PLACES = frozenset({"province", "country", "region", "district"})


def _km(a, b) -> float:  # type: ignore[no-untyped-def]
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def weak_place(m: EventMention) -> bool:
    return m.place is None or m.place_source == "article" or m.place.precision in COARSE_PLACES


def _passing_foreign_place(a: EventMention, b: EventMention) -> bool:
    """One mention is placed only by a name elsewhere in its sentence, outside its own clause, in another country than
    the other's place: a place named in passing ("kidnapped on his way to catch a plane to Managua", "engineers
    kidnapped in X will arrive in Lisbon", "leaders in Vilnia talk of peace while people are murdered"), not where
    the deed happened. Within one country a place of the sentence may still be the deed's own (a parse that left it
    out of the clause), so it still keeps incidents apart."""
    pa, pb = a.place, b.place
    if pa is None or pb is None or not pa.country or not pb.country or pa.country == pb.country:
        return False
    if _named_by_place(a) or _named_by_place(b):
        return False  # "the Paris attack": a deed named by its town is there, whatever the other sentence names
    return (a.place_source == "sentence") != (b.place_source == "sentence")


def _named_by_place(m: EventMention) -> bool:
    """The deed noun is named by its place, the place's name right before it ("the Paris attack", "the Kabul
    bombing")."""
    p, t = m.place, m.trigger
    if p is None or t is None or p.span is None or p.span.article_id != t.article_id:
        return False
    return 0 <= t.start - p.span.end <= 1 and p.span.end <= t.start


def places_compatible(a: EventMention, b: EventMention) -> bool:
    if _passing_foreign_place(a, b):
        return True
    if "sentence" in (a.place_source, b.place_source) and (victim_named_in(a, b) or victim_named_in(b, a)):
        return True  # one person's killing, one of its tellings placed only by a name elsewhere in its sentence
    if weak_place(a) or weak_place(b):
        if a.place is not None and b.place is not None and a.place.country and b.place.country \
                and a.place.country != b.place.country:
            return False
        return True
    pa, pb = a.place, b.place
    if pa.geonameid and pa.geonameid == pb.geonameid:
        return True
    if None in (pa.lat, pa.lon, pb.lat, pb.lon):
        return pa.name == pb.name
    return _km(pa, pb) <= NEAR_KM


def same_spot(a: EventMention, b: EventMention) -> bool:
    pa, pb = a.place, b.place
    if pa is None or pb is None:
        return False
    if pa.geonameid and pa.geonameid == pb.geonameid:
        return True
    return None not in (pa.lat, pa.lon, pb.lat, pb.lon) and _km(pa, pb) <= NEAR_KM
