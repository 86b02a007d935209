"""Readings of a name among its namesakes: a region, sea or continent over small towns of its name, a landmark
over hamlets, a country over foreign units, a big city over a state of its name; split out of geo/resolve.py.
"""

from __future__ import annotations

import functools
import re
from typing import Optional

from sitrep.geo.candidate import Candidate
from sitrep.geo.demonym_words import demonyms
from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Entry, precision_of
from sitrep.geo.kinds_named import bare_name
from sitrep.geo.peers import BIG_CITY, LIST_GAP
from sitrep.textnorm import fold_name


def country_over_foreign_units(c: Candidate, es: list[Entry], implied: str,
                                support: dict[str, set[str]]) -> list[Entry]:
    """A name that is a country's former or other name ("Zaire" for DR Congo) and a first-level unit's own name in
    another country (Angola's Zaire province) is the country, unless another name of the article points to the
    unit's country or the text calls the name a province ("Zaire province" in a story about Angola). A country's
    own name beside a state's ("Georgia") is left to the ranker."""
    if c.match != "exact" or c.cue in ("admin", "city") or implied == "admin":
        return es
    countries = {e.country for e in es if precision_of(e) == "country"}
    if not countries or any(e.primary for e in es if precision_of(e) == "country"):
        return es  # (a country's own name beside a state's, "Georgia", is left to the ranker)
    own = bare_name(c.text)
    foreign = [e for e in es if e.fcode == "ADM1" and e.country not in countries]
    if not foreign or any(support.get(e.country, set()) - {own} for e in foreign):
        return es
    return [e for e in es if e not in foreign]


_BROAD_CODES = {"CONT", "RGN", "RGNH", "OCN", "SEA", "GULF", "ISL", "PEN", "DSRT"}
HOMONYM_TOWN_MAX = 100_000  # inhabitants: a town this small named like a region, sea or continent is not what the name means


def region_over_homonyms(c: Candidate, es: list[Entry], implied: str,
                          focus: Optional[dict[str, float]] = None) -> list[Entry]:
    """A region, sea or continent named by its own name ("the Middle East", "the Atlantic", "Europe") is that
    region, not a small town that shares the name ("Middle East", Maryland; "Atlantic", Iowa), unless the text
    calls it a town ("the town of Atlantic") or puts it in a state (the caller keeps the container's fit).
    So is a country by its own name ("Mexico", not Mexico, Missouri), and a state or province of a country the
    article is about ("Florida" in a US story, not Florida, New York), where no big city has the name; a
    first-level unit of another country does not displace the towns ("Nelson" in a Canadian story is no New
    Zealand region), unless it is a nation with a people's adjective of its own ("England" in a Texan story is no
    town in Arkansas)."""
    if c.match != "exact" or c.cue == "city" or implied == "city":
        return es
    focus = focus or {}
    # "Washington": a big city's own name too (not an alternate one: "Florida" of Floridablanca); the ranker weighs
    # the city against the state
    city = any(e.primary and e.fclass == "P" and e.population >= HOMONYM_TOWN_MAX for e in es)
    if not any(e.fcode in _BROAD_CODES or (not city and e.primary and (precision_of(e) == "country" or (
            e.fcode == "ADM1" and (focus.get(e.country, 0.0) >= 0.5 or _nation(e))))) for e in es):
        return es
    # (nor a town of the unit's own country that only goes by the unit's name as an alternate one, short of a big
    # city: "Rio Grande do Sul" in a Brazilian story is the state, not the port of Rio Grande)
    units = {e.country for e in es if e.primary and e.fcode == "ADM1"}
    kept = [e for e in es if not (e.fclass == "P" and (e.population < HOMONYM_TOWN_MAX or (
        not e.primary and e.population < BIG_CITY and e.country in units)))]
    return kept or es


LANDMARK_TOWN_MAX = 10_000  # inhabitants: a town this small shares its name with a landmark on unequal terms
_LANDMARK_CLASSES = frozenset({"S", "T", "H", "L", "R"})


def landmark_over_towns(c: Candidate, es: list[Entry], implied: str) -> list[Entry]:
    """A landmark or facility named alone by one of its names ("Heathrow" for London Heathrow Airport, the name of a
    famous crossing, island or desert) is that landmark, not a village that shares the name (a small American town
    called Heathrow), unless the text calls it a town ("the town of X", "X city") or puts it in a state (the
    caller keeps the container's fit). A town of ``LANDMARK_TOWN_MAX`` people or more keeps its place in the
    choice."""
    if c.match != "exact" or c.cue == "city" or implied == "city":
        return es
    if not any(e.fclass in _LANDMARK_CLASSES for e in es):
        return es
    if any(e.fclass in ("P", "A") and e.population >= LANDMARK_TOWN_MAX for e in es):
        return es
    return [e for e in es if e.fclass not in ("P", "A") or precision_of(e) in ("country", "province")] or es


@functools.lru_cache(maxsize=1)
def _nations() -> frozenset[tuple[str, str]]:
    """(country, folded name) of the first-level units that have a people's adjective of their own in
    data/geo_not_places.tsv ("English" GB:England, "Scottish" GB:Scotland): nations within a state, which a reader
    takes by their bare name as readily as a country."""
    return frozenset((cc, fold_name(rg)) for code in demonyms().values() if not code.startswith(":")
                     for cc, _, rg in [code.partition(":")] if rg)


def _nation(e: Entry) -> bool:
    return (e.country, fold_name(e.name)) in _nations()


STATE_BEFORE = re.compile(r"\b(?:central|eastern|western|northern|southern|north|south|east|west|upstate|downstate|"
                           r"rural|state\s+of)\s+(?:the\s+)?$", re.I)


def listed_with_states(text: str, cands: list[Candidate]) -> set[str]:
    """Names listed next to a state or province's own name that is no big city's ("Oregon, Idaho or X")."""
    def state_only(c: Candidate) -> bool:
        return c.match == "exact" and any(e.fcode == "ADM1" and e.primary for e in c.entries) and not any(
            e.fclass == "P" and e.population >= BIG_CITY for e in c.entries)

    out = set()
    for a, b in zip(cands, cands[1:]):
        if len(text[a.end:b.start]) <= 6 and LIST_GAP.match(text[a.end:b.start]):
            if state_only(a):
                out.add(bare_name(b.text))
            if state_only(b):
                out.add(bare_name(a.text))
    return out


def city_over_state(c: Candidate, es: list[Entry], implied: str, text: str, state_names: set[str],
                     focus: Optional[dict[str, float]] = None) -> list[Entry]:
    """A big city's bare name means the city, not a first-level unit of the same name in the same country that
    lies elsewhere (Washington the capital, not the state; New York City, not the state's centre; Buenos Aires the
    city, not the province), and none of the smaller namesakes either, unless the text says the state: "X state",
    "the state of X", "eastern X", "Town, X" somewhere in the article, or a list of states ("Oregon or X").
    Not where the big cities go by the name only as an alternate one and the article is about another country
    that has a town of the name as its own: "Santa Cruz" in a Philippine story is the Laguna town, not Bolivia's
    Santa Cruz de la Sierra (``focus``: the article's countries)."""
    if c.match != "exact" or c.cue in ("admin", "point") or implied == "admin":
        return es
    big = [e for e in es if e.fclass == "P" and e.population >= BIG_CITY]
    if not big:
        return es
    theirs = {b.country for b in big}
    if focus and not any(b.primary for b in big) and any(
            e.primary and e.country not in theirs and focus.get(e.country, 0.0) >= 0.5 for e in es):
        return es
    states = [e for e in es if e.fcode == "ADM1" and any(
        b.country == e.country and haversine_km(b.lat, b.lon, e.lat, e.lon) > 161 for b in big)]
    if not states or bare_name(c.text) in state_names or STATE_BEFORE.search(text[max(0, c.start - 24):c.start]):
        return es
    return big
