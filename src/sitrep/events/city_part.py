"""An event placed at a name the gazetteer could not place, in a story about one city, happened in that city.

Local crime and police reports name where a shooting happened by its estate, township, suburb or neighbourhood
("a shooting at a gas station in Whitehaven, according to Memphis police", "an encounter with police in Lyari" under
"KARACHI:", "a home in the Mill Woods neighbourhood" under "EDMONTON -"). The gazetteer lacks most of them, so the
name is kept without a point, which blocks the article's place as a fallback and leaves the event with no point at
all. When the story is about one city, such a name lies in it: the event takes the city's point (the name is kept,
as a section of the city: GeoNames' "P.PPLX", the city's precision, a lower confidence).

A story is about one city when its main place (the dateline's town, else the article's confident town) is a
resolved town and every other place the article resolved lies within ``CITY_KM`` of it, or is a province or country
that holds it ("MEMPHIS, Tenn.", "Gauteng police"): a village the gazetteer lacks in a story that names other towns
or a district far from the dateline ("BAMAKO (AFP) - ... a village near Ménaka") stays blank, as blank beats wrong;
so does a name near a small town (under 100,000 people in GeoNames: "BOL, Chad (AFP) - ... near Baga Sola"), which
has no neighbourhoods a report would name.

A name the gazetteer knows only as a town of another country (of ``ABROAD_POP`` people or more, within ``BUREAU_KM``
of the city, the region a wire bureau covers: "Diapaga", Burkina Faso; "Kadugli", Sudan), in a report whose city is named only by its dateline ("ABIDJAN (Reuters) - ... an army post
in Diapaga", "NAIROBI (AFP) - The main hospital in Kadugli"), is that town, left unplaced by a resolver that saw no
tie to its country: a wire bureau's city is no story's one city for it, and the name stays blank (``stories.unplaced``
places it by the story's other reports). A local report names its city again in its body ("a gas station in
Whitehaven, according to Memphis police"), and a small namesake abroad (Shahdara, India, no people counted) is no
sign of a town.

A name told as a village ("Kyaung Kone village in Ye-U township", "the village of Tsoro") is no part of a city,
whatever the dateline: under "CHIANG MAI (The Irrawaddy) -" a Myanmar village the gazetteer lacks stays blank
(``told_as_village``), as blank beats a point in the wrong country.

Two names the gazetteer knows only as towns of one same other country ("GENEVA - UNHCR ... two attacks on civilians
in Mangina and near Lubero", towns of DR Congo) are that country's towns, however far from the city
(``_towns_of_one_country``): a briefing in Geneva or New York tells of the world; they stay blank here and key as
their towns in clustering (``stories.cluster.sole_town``).

A name without a point that the article also names with one ("TURBAT: ... near Turbat in Kech district") is that
place (one sense per story): the resolver left the second mention blank, not another town.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Optional

from sitrep.geo.distance import haversine_km
from sitrep.geo.parts import NEIGHBORHOOD_KM as CITY_KM  # a part of a city lies within this distance of its centre
from sitrep.geo.parts import PART_FACTOR  # the part's confidence: its city's, times this
from sitrep.model import Analysis, Place
from sitrep.textnorm import fold_name

CITY_POP = 100_000  # a city with named estates and neighbourhoods: a town of at least this population (GeoNames)
ABROAD_POP = 10_000  # a namesake abroad of at least this population (GeoNames) is a town, no part of the city
BUREAU_KM = 2_500  # a wire bureau covers the towns of its region: Nairobi, Sudan's Kadugli; Abidjan, Burkina's Diapaga
DATELINE_CHARS = 30  # a lone mention of the city within this many characters of the text's start is its dateline


def _has_point(p: Place) -> bool:
    return p.lat is not None and p.lon is not None


def _holds(area: Place, city: Place) -> bool:
    """A province or country that holds the city: its own country, or a province of it with the city's admin1."""
    if area.precision == "country":
        return bool(area.country) and area.country == city.country
    return area.precision in ("province", "region") and bool(area.country) and area.country == city.country \
        and (not area.admin1 or not city.admin1 or area.admin1 == city.admin1)


def one_city(analysis: Analysis, main: Optional[Place]) -> Optional[Place]:
    """The story's one city: ``main`` when it is a resolved town and every resolved place of the article lies
    within ``CITY_KM`` of it or holds it; else None."""
    if main is None or not _has_point(main) or main.precision != "town":
        return None
    for p in analysis.places:
        if p.mention != "name" and p.mention != "embedded" or not _has_point(p):
            continue
        if p.precision in ("town", "point", "district"):
            if haversine_km(p.lat, p.lon, main.lat, main.lon) > CITY_KM:
                return None
        elif not _holds(p, main):
            return None
    return main


def _big_city(city: Place) -> bool:
    """The city's gazetteer entry has at least ``CITY_POP`` people: a small town ("BOL, Chad") has no estates or
    neighbourhoods a report would name; a name near it is a village of its own."""
    from sitrep.geo.gazetteer import get_gazetteer

    return any(e.gid == city.geonameid and e.population >= CITY_POP for e in get_gazetteer().lookup(city.name))


def _town_abroad(name: str, city: Place, analysis: Analysis) -> bool:
    """``name`` is a town of another country (every gazetteer entry of it lies outside the city's country, one of
    ``ABROAD_POP`` people or more within ``BUREAU_KM`` of the city: Karachi's Orangi is no Orange, New South Wales) and
    the article names its city only in its dateline."""
    from sitrep.geo.gazetteer import get_gazetteer

    entries = get_gazetteer().lookup(name)
    if not entries or any(e.country == city.country for e in entries) or not any(
            e.population >= ABROAD_POP and haversine_km(e.lat, e.lon, city.lat, city.lon) <= BUREAU_KM for e in entries):
        return False
    first = analysis.sentences[0].start if analysis.sentences else 0
    starts = [q.span.start for q in analysis.places if q.geonameid == city.geonameid and q.span is not None]
    # named again after its dateline ("EDMONTON - Edmonton police say"), or named only in the body
    return not (len(starts) >= 2 or (starts and min(starts) >= first + DATELINE_CHARS))


def story_city_place(p: Place, analysis: Analysis, main: Optional[Place]) -> Optional[Place]:
    """Where the event placed at ``p`` (a name with no point) happened: the article's same-named place with a
    point, else the story's one city (``p`` kept by name, at the city's point), else None."""
    key = fold_name(p.name)
    same = [q for q in analysis.places if _has_point(q) and q.mention == "name" and fold_name(q.name) == key
            and q.precision in ("town", "point")]
    if same:
        return same[0]
    city = one_city(analysis, main)
    if city is None or not _big_city(city) or _town_abroad(p.name, city, analysis) \
            or _towns_of_one_country(p.name, city, analysis):
        return None
    return dataclasses.replace(p, lat=city.lat, lon=city.lon, country=city.country, admin1=city.admin1,
                               admin2=city.admin2, feature_class="P.PPLX", precision=city.precision,
                               confidence=city.confidence * PART_FACTOR)


def _towns_of_one_country(name: str, city: Place, analysis: Analysis) -> bool:
    """``name`` and another name of the article with no point are each the one town of one same other country
    ("GENEVA - UNHCR ... two attacks on civilians in Mangina and near Lubero", both towns of DR Congo):
    ``geo.towns_abroad``."""
    from sitrep.geo.towns_abroad import sole_town_country, towns_country

    country = towns_country(q.name for q in analysis.places if q.mention == "name" and not _has_point(q))
    return country is not None and country != city.country and sole_town_country(name) == country


# "Kyaung Kone village", "Nyaung [Taw] village" (a name cut short by the recogniser), "the village of Tsoro"
_VILLAGE_AFTER = re.compile(r"(?:\s+[A-Z][\w'-]*){0,2}\s+(?:village|hamlet)\b")
_VILLAGE_BEFORE = ("village of", "hamlet of")


def told_as_village(p: Place, sent) -> bool:  # type: ignore[no-untyped-def]
    """The name is told as a village: "Kyaung Kone village", "the village of Tsoro" (see the module's doc)."""
    if p.span is None or sent is None:
        return False
    text = sent.doc.text
    s, e = p.span.start, p.span.end
    if text[s:e] != p.span.text:
        return False  # offsets of another text: no test
    before = text[max(0, s - 12):s].rstrip().lower()
    return bool(_VILLAGE_AFTER.match(text, e, e + 40)) or before.endswith(_VILLAGE_BEFORE)
