"""Readings of a name against the unit the text puts it in: outside the unit or country written after it, "Town,
Unit", "X in Y township", an alias inside its unit, a part of a unit; split out of geo/resolve.py.
"""

from __future__ import annotations

import re

from sitrep.geo.candidate import Candidate
from sitrep.geo.containers import CONTAIN_PART, IN_UNIT
from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Entry, precision_of
from sitrep.geo.namesake_readings import HOMONYM_TOWN_MAX
from sitrep.geo.peers import BIG_CITY, LIST_GAP
from sitrep.geo.stray_readings import STRAY_TOWN_MAX


def unit_outside(c: Candidate, es: list[Entry], cs: frozenset, us: frozenset, listed: bool,
                  focus: dict[str, float]) -> bool:
    """A small town's name that the words after it put in a country or a state by its own name (``units_after``),
    none of whose entries lies there: the gazetteer lacks the place the text means (left blank, as "Town, Y" is).
    A state of the entries' own country counts only when it places the name ("Rice Lake ... in Illinois" is no
    Wisconsin town), not when listed beside it; another country's, one the article is about, where the entries lie
    in countries the article names little ("Suba, Homa Bay" of a Kenyan list is no Fijian Suva; "Saipan, Guam"
    lists two territories the article names little, and Saipan keeps its point)."""
    if c.match != "exact" or c.cue in ("admin", "demonym") or c.scores.get("embedded"):
        return False
    if not es or any(precision_of(e) != "town" or e.population >= HOMONYM_TOWN_MAX for e in es):
        return False
    if any(e.country in cs or (e.country, e.admin1) in us for e in es):
        return False
    held = cs | {u[0] for u in us}
    if all(e.country in held for e in es):
        return bool(us) and not listed
    # (a country or territory listed beside the name is a peer of it, not where it lies: "Saipan, Guam, Alaska"; a
    # first-level unit listed beside it, and no country of that name, tells the list's country: "Suba, Migori")
    held = ({u[0] for u in us} if not cs else set()) if listed else held
    return any(focus.get(k, 0.0) >= 0.5 for k in held) and all(focus.get(e.country, 0.0) < 0.5 for e in es)


def local_country(es: list[Entry], countries: frozenset) -> list[int]:
    """Indices of the entries of a name lying in the countries its own sentence or clause names (``countries``,
    from :func:`local_units`), where some do by the name's own spelling (or are big towns known by it): "a
    patient in Santiago, the capital of Chile" is no Dominican Santiago in a story that names Brazil more often.
    All of them where the name's most populous entry is a big city in another country ("a US laboratory in Cairo"
    is Egypt's capital: the ranker weighs the rest) or the name is a country's or a region's own ("the Middle
    East" beside "the US"). (A name the text calls a province has no local context: "the province of Ontario" ...
    "women in Ontario" beside "the United States".)"""
    every = list(range(len(es)))
    if not countries or any(e.primary and precision_of(e) in ("country", "region") for e in es):
        return every
    fit = [k for k, e in enumerate(es) if e.country in countries and precision_of(e) not in ("country", "region")
           and (e.primary or e.fclass == "P" and e.population >= HOMONYM_TOWN_MAX)]
    if not fit:
        return every
    top = max(es, key=lambda e: e.population)
    if top.fclass == "P" and top.population >= BIG_CITY and top.country not in countries:
        return every
    return fit


def town_comma_unit(text: str, cands: list[Candidate], i: int, j: int) -> bool:
    """Candidate ``i`` is written "Town, Y" with ``j`` its container Y, and Y ends the address: nothing after it, or
    only the country holding it ("Stroud, Ontario, Canada"); not a member of a list ("Saipan, Guam, Alaska")."""
    if text[cands[i].suffix_end or cands[i].end:cands[j].start].strip() != ",":
        return False
    if j + 1 >= len(cands) or not LIST_GAP.match(text[cands[j].end:cands[j + 1].start]):
        return True
    units = {k.country for k in cands[j].entries if k.fcode == "ADM1" and k.primary}
    return any(k.primary and precision_of(k) == "country" and k.country in units for k in cands[j + 1].entries)


def alias_in_unit(text: str, cands: list[Candidate], i: int, j: int) -> bool:
    """Candidate ``i`` is written "X in Y" (``j``, its container, is Y) and X matches only other names of its places
    (no entry has it as its own): "El Plateado in Cauca" of a Colombian story is a village the gazetteer lacks, not
    the Mexican town that lists the name among its others (``outside_container`` then asks that Y be a unit of the article's
    country holding none)."""
    c = cands[i]
    return j == i + 1 and c.match == "exact" and not any(e.primary for e in c.entries) and bool(
        re.match(r"^\s*in(?:\s+the)?\s*$", text[c.suffix_end or c.end:cands[j].start]))


def in_part_of(text: str, c: Candidate, es: list[Entry], unit: Candidate) -> bool:
    """``c`` is written "X, in central Y" / "X in north-eastern Y" (a compass part of Y, a country or first-level unit
    by its own name), every entry of X is a town and none lies in Y: a place the gazetteer lacks ("Boni, in central
    Mali" is no Bonn), left blank. No list reads so, unlike "X, Y"; a country is not (the US "in southern Syria" is
    where its troops are). So is "X, in Y district" / "X in Y province" (Y named a unit by its kind word, whatever
    the gazetteer knows it as) where no entry of X lies in a country Y's entries lie in: "Chai, in Macomia
    district" of Mozambique is no Turkish town."""
    if not es or any(precision_of(e) != "town" for e in es):
        return False
    gap = text[c.suffix_end or c.end:unit.start]
    if CONTAIN_PART.match(gap):
        if any(k.primary and precision_of(k) in ("country", "province") for k in unit.entries):
            return True
        # a country by a name it shares ("in eastern Congo": either Congo): X lies in neither, a town the gazetteer
        # lacks, not a namesake abroad
        shared = {k.country for k in unit.entries if precision_of(k) == "country"}
        return bool(shared) and not any(e.country in shared for e in es)
    if unit.cue != "admin" or not unit.suffix_end or not IN_UNIT.match(gap):
        return False
    countries = {k.country for k in unit.entries}
    return bool(countries) and not any(e.country in countries for e in es)


# a local unit's kind word in lower case after a town's name: "Ye-U township", "Khar tehsil", "Ukhia upazila"
_LOCAL_UNIT_AFTER = re.compile(r"\s+(?:township|tehsil|taluka|upazila)\b")
UNIT_TOWN_KM = 150  # km: a village written "in Y township" lies no farther than this from the town Y


# "the Kyivskyi district of Kharkiv", "the Al-Nasr quarter of Mosul": a city's part by its kind word
_CITY_PART = re.compile(r"\s(?:district|neighbou?rhood|quarter|suburb)$", re.I)
_PART_OF = re.compile(r"^\s*(?:of|in)\s*$", re.I)
CITY_PART_KM = 40  # km: a district of a city lies this near the city


def part_of_another_city(text: str, c: Candidate, es: list[Entry], city: Candidate) -> bool:
    """``c`` is written "the X district of City" (or "X quarter in City": a city's part by its kind word, City a
    town by its own name) and no entry of X lies within ``CITY_PART_KM`` of a town of City's name: a district the
    gazetteer lacks, not a namesake district of another city (Kharkiv's Kyivskyi district is not Poltava's)."""
    end = c.suffix_end or c.end
    if not es or not _CITY_PART.search(text, c.start, end) or not _PART_OF.match(text[end:city.start]):
        return False
    towns = [k for k in city.entries if k.primary and k.fclass == "P" and k.lat is not None]
    if not towns or any(k.primary and k.fclass != "P" for k in city.entries):
        return False
    return all(e.lat is not None and min(haversine_km(e.lat, e.lon, k.lat, k.lon) for k in towns) > CITY_PART_KM
               for e in es)


def town_in_another_unit(text: str, cands: list[Candidate], i: int, j: int, es: list[Entry],
                          container: list[Entry]) -> bool:
    """Candidate ``i`` is written "X in Y" (``j`` is Y), Y is a first-level unit by its own name, and every entry of
    X is a small town of Y's country lying in another of its units: "the village of X in Sagaing region" is a village
    the gazetteer lacks, not the only X it knows, 600 km off in another region (village names repeat within a
    country; left blank, as "Town, Y" is)."""
    c = cands[i]
    if j != i + 1 or c.match != "exact" or not re.match(r"^\s*in(?:\s+the)?\s*$", text[c.suffix_end or c.end:cands[j].start]):
        return False
    units = {(k.country, k.admin1) for k in container if k.primary and k.fcode == "ADM1" and k.admin1}
    if not units and es and _LOCAL_UNIT_AFTER.match(text, cands[j].end):
        # "X village in Y township": Y, called a local unit by its kind word, is a town's name (the unit around it);
        # every entry of X a small town far from every Y: a village the gazetteer lacks, not a namesake 700 km off
        ys = [k for k in container if k.lat is not None]
        return bool(ys) and all(precision_of(e) == "town" and e.population < HOMONYM_TOWN_MAX and e.lat is not None
                                and min(haversine_km(e.lat, e.lon, k.lat, k.lon) for k in ys) > UNIT_TOWN_KM
                                for e in es)
    if len({u[0] for u in units}) != 1 or not es:
        return False
    return all(precision_of(e) == "town" and e.population < HOMONYM_TOWN_MAX and (e.country, e.admin1) not in units
               and e.country in {u[0] for u in units} for e in es)


def outside_container(es: list[Entry], container: list[Entry], focus: dict[str, float]) -> bool:
    """A town written "Town, Y" none of whose entries lies in the country of the first- or second-level unit Y names
    by its own name (a unit of one of the countries the article is about; Y no city of that country): the name is a
    place the gazetteer lacks, left blank ("Stroud, Ontario": no Canadian Stroud is known, and the English one is not meant);
    so is a hamlet's name written "X, City" with a city of those countries, none of whose entries lies there.
    Not "X, Country", nor "X in Y": lists of countries and territories ("Saipan, Guam") and names inside a person's
    ("Gregory of Narek in Rome") read so, and "Copenhagen, Hamburg" lists two cities."""
    # (a county by its own name too: "Rockingham, Northamptonshire" is no Australian town)
    held = {k.country for k in container
            if k.primary and k.fcode in ("ADM1", "ADM2") and focus.get(k.country, 0.0) >= 0.5}
    if any(precision_of(e) in ("country", "region") or (precision_of(e) != "town" and e.country in held) for e in es):
        # a country or region, or a province of the unit's own country, is no place the gazetteer lacks ("Kashmir,
        # India"); a district of another country is no more meant than its towns ("Bradford, Ontario")
        return False
    cities = {k.country for k in container if k.fclass == "P" and k.primary and focus.get(k.country, 0.0) >= 0.5}
    if cities and all(precision_of(e) == "town" and e.population < STRAY_TOWN_MAX and e.country not in cities
                      for e in es):
        # "Millfield, Sunderland": a suburb the gazetteer lacks, written with its city, is no hamlet of the name
        # abroad (the Newcastle, NSW suburb)
        return True
    if not held or any(k.fclass == "P" and k.primary and k.country in held for k in container):
        return False
    return not any(e.country in held for e in es)
