"""The article's countries: countries cued or named (adjectives, missions, the dateline's country), the weight of
each (:func:`country_focus`), the towns other names point to, and the document's geography (:class:`DocGeo`);
split out of geo/resolve.py.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional

from sitrep.geo.candidate import Candidate
from sitrep.geo.demonym_words import demonyms
from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Entry, Gazetteer, precision_of
from sitrep.geo.kinds_named import bare_name
from sitrep.geo.local_units import ap_abbrev, council_with_namesakes, state_marked, us_county_states
from sitrep.geo.peers import BIG_CITY
from sitrep.geo.recognition_lists import state_abbrevs
from sitrep.geo.rank import admin1_votes
from sitrep.geo.word_branches import by_first_letter
from sitrep.resources import data_rows
from sitrep.textnorm import fold_name


@functools.lru_cache(maxsize=1)
def _country_cues() -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, country) of the phrases only one country's news uses (data/geo_country_cues.tsv)."""
    return tuple((re.compile(cols[0], re.I), cols[1])
                 for cols in data_rows("geo_country_cues.tsv", ("pattern", "country", "source"), header="pattern"))


@functools.lru_cache(maxsize=16)
def cue_countries(text: str) -> frozenset[str]:
    """The countries whose own phrases the text uses ("the 1200 block of", "the county sheriff's office" -> US;
    remembered: the region, the focus and the final choice of one article all ask)."""
    return frozenset(cc for pat, cc in _country_cues() if pat.search(text))


@functools.lru_cache(maxsize=1)
def _mission_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(after a name, before one): a diplomatic mission's word (data/geo_mission_words.tsv) right after a country's
    name or demonym ("US Embassy", "Britain's consulate"), or "embassy of (the)" right before it."""
    words = sorted((cols[0].strip() for cols in data_rows("geo_mission_words.tsv", ("word", "source"), header="word")),
                   key=len, reverse=True)
    alt = by_first_letter([re.escape(w).replace(r"\ ", r"\s+") for w in words], ignorecase=True)  # (word_branches.py)
    return (re.compile(rf"(?:['’]s?)?\s+{alt}\b", re.I),
            re.compile(rf"\b{alt}\s+(?:of|for)\s+(?:the\s+)?$", re.I))


def names_a_mission(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` says whose diplomatic mission it is ("the US Embassy in Athens", "the
    British consulate", "the embassy of Ruritania"): no evidence of where the article is."""
    if not text or end > len(text):
        return False
    after, before = _mission_patterns()
    return bool(after.match(text, end) or before.search(text[max(0, start - 40):start]))


def country_focus(cands: list[Candidate], ctx: Any, gaz: Gazetteer, text: str = "") -> dict[str, float]:
    """Weights in [0, 1] of the countries an article is about (its countries, unambiguous places, dateline,
    phrases only one country's news uses)."""
    c: Counter[str] = Counter()
    for i, cc in enumerate(getattr(ctx, "country_focus", None) or []):
        c[cc] += max(3.0 - i, 1.0)
    dl = dateline_country(ctx, gaz)
    if dl:
        c[dl] += 1.0
    for cc in cue_countries(text):  # as strong as a dateline: a hint, never a place
        c[cc] += 1.0
    pointed = pointed_by(cands)
    for cand in cands:
        if names_a_mission(text, cand.start, cand.end):
            continue  # "a march to the US Embassy" in Athens: whose mission, not where the story is
        es = cand.entries
        countries = {e.country for e in es if e.country}
        exact_country = [e for e in es if precision_of(e) in ("country", "province") and e.primary]
        if exact_country and _rival_town(es, exact_country):
            exact_country = []  # "Santa Barbara": a Honduran department's name, and a Californian city's
        if exact_country and town_where_others_point(cand, exact_country, pointed):
            continue  # "Nelson" in a story naming British Columbia: the Canadian town, not New Zealand's region
        if exact_country:  # a country or a state/province named by its own name: the article is about it
            # (a name that is a unit of several countries, "Montana" or "Georgia", counts for none of them)
            if len({e.country for e in exact_country}) == 1:
                c[exact_country[0].country] += 1.0
        elif len(countries) == 1:
            c[next(iter(countries))] += 0.7
        else:
            big = max(es, key=lambda e: e.population)
            if big.population >= 1_000_000 or big.fcode == "ADM1" and big.primary:
                c[big.country] += 0.4
    if not c:
        return {}
    top = max(c.values())
    return {k: v / top for k, v in c.items() if k}


def pointed_by(cands: list[Candidate]) -> dict[str, set[str]]:
    """Country -> the bare names of the article that point to it by themselves: a country's or first-level unit's own
    name, or a name all of whose entries lie in that country."""
    out: dict[str, set[str]] = {}
    for cand in cands:
        own = {e.country for e in cand.entries if e.primary and precision_of(e) in ("country", "province")}
        every = {e.country for e in cand.entries if e.country}
        for cc in own | (every if len(every) == 1 else set()):
            out.setdefault(cc, set()).add(bare_name(cand.text))
    return out


def town_where_others_point(cand: Candidate, units: list[Entry], pointed: dict[str, set[str]]) -> bool:
    """A first-level unit's own name (not a country's) that is also the own name of a town in a country another name
    of the article points to, where no other name points to the unit's country: the name is no evidence for the
    unit's country, however often it is repeated ("Nelson", New Zealand's region, said four times in a story that
    names British Columbia, where a town Nelson lies)."""
    if any(precision_of(e) == "country" for e in units):
        return False
    own = bare_name(cand.text)
    home = {e.country for e in units}
    if any(pointed.get(cc, set()) - {own} for cc in home):
        return False  # other names point to the unit's country too ("Almaty" in a story naming Kazakhstan)
    return any(e.primary and e.fclass == "P" and e.country not in home and pointed.get(e.country, set()) - {own}
               for e in cand.entries)


RIVAL_TOWN_MIN = 50_000  # inhabitants: a town this big in another country shares a province's name on equal terms


def _rival_town(es: list[Entry], units: list[Entry]) -> bool:
    """A town of the name's own spelling, of ``RIVAL_TOWN_MIN`` people or more, lies in a country none of the
    first-level ``units`` lies in: the name says nothing of which country the article is about (a country's own
    name always does: "Mexico" is no rival's)."""
    if any(precision_of(e) == "country" for e in units):
        return False
    cs = {e.country for e in units}
    return any(e.primary and e.fclass == "P" and e.population >= RIVAL_TOWN_MIN and e.country not in cs for e in es)


def dateline_country(ctx: Any, gaz: Gazetteer) -> str:
    """The country of the dateline's first city ("BEIRUT/ ISTANBUL —" -> LB): a region hint only. None when a
    namesake in another country has half the biggest one's people or more ("WATERFORD -": Waterford, Michigan and
    Waterford, Ireland): the name alone does not say which country the story is in, the text's other signs do. A
    state, province or country written after the city ("ALEXANDRIA, Va.") keeps only the city's entries there."""
    dl = getattr(ctx, "dateline", None)
    if not dl:
        return ""
    first, _, unit = re.split(r"[/—–(]|\s-\s", dl)[0].partition(",")
    first = first.strip()
    es = gaz.lookup(first) if first else []
    if not es:
        return ""
    home = _unit_countries(unit.strip(), gaz) if unit else frozenset()
    if home:  # "ALEXANDRIA, Va.", "KINGSTON, Ont.", "TBILISI, Georgia": the city of the state or country written
        es = [e for e in es if e.country in home]
        if not es:
            return next(iter(home)) if len(home) == 1 else ""
    best = max(es, key=lambda e: e.population)
    if any(e.country != best.country and 2 * e.population >= best.population for e in es):
        return ""
    return best.country


def _unit_countries(unit: str, gaz: Gazetteer) -> frozenset[str]:
    """The countries of the state, province or country a dateline writes after its city ("Va.", "Ont.", "Texas",
    "Portugal"): those of the abbreviation (data/geo_state_abbrevs.tsv), else those of the name's countries and
    first-level units; empty for anything else ("Dec 7")."""
    if not unit or not unit[0].isupper():
        return frozenset()
    pairs = state_abbrevs().get(unit)
    if pairs:
        return frozenset(cc for cc, _ in pairs)
    return frozenset(e.country for e in gaz.lookup(unit) if e.primary and (precision_of(e) == "country"
                                                                           or e.fcode == "ADM1"))


@dataclass
class DocGeo:
    """What the whole article says about where it is (computed once per article)."""

    focus: dict[str, float]
    top_country: str
    admin1_named: set[tuple[str, str]]
    countries_named: set[str]
    county_states: set[tuple[str, str]]
    dateline_country: str
    anchors: list[tuple[str, float, float]]  # (folded name, lat, lon) of the article's unambiguous places
    admin1_votes: dict = field(default_factory=dict)  # rank.admin1_votes: the states its other names lie in
    # (country, admin1) -> the big cities' names that name it only for their own entries ("New York": New York City)
    admin1_by_city: dict = field(default_factory=dict)


def _anchor(c: Candidate) -> Optional[Entry]:
    """The place an unambiguous name stands for: all its local entries within 50 km, or one dominant city."""
    local = [e for e in c.entries if precision_of(e) not in ("country", "region", "province")]
    if not local or len(local) != len(c.entries):
        return None
    big = max(local, key=lambda e: e.population)
    if all(haversine_km(big.lat, big.lon, e.lat, e.lon) <= 50 for e in local[:20]) and len(local) <= 20:
        return big
    pops = sorted((e.population for e in local), reverse=True)
    if pops[0] >= 100_000 and pops[0] >= 20 * max(pops[1], 1):
        return big
    return None


def _vouched(unit: tuple[str, str], names: set[str], cands: list[Candidate]) -> bool:
    """A doubted council's unit (:func:`council_with_namesakes`) is named after all where another name of the
    article is a town whose biggest reading lies in that unit ("Dundee" beside "Dunkeld" or "Inverness": Scotland),
    so the article's own towns vouch for the council; a town bigger abroad vouches for nothing ("Bedford" beside
    "Halifax": Nova Scotia's is the bigger Halifax)."""
    for c in cands:
        if c.match != "exact" or bare_name(c.text) in names:
            continue
        top = max((e for e in c.entries if e.fclass == "P" and e.primary), key=lambda e: e.population, default=None)
        if top is not None and (top.country, top.admin1) == unit:
            return True
    return False


def doc_geo(cands: list[Candidate], text: str, ctx: Any, gaz: Gazetteer, state_names: frozenset = frozenset()) -> DocGeo:
    """What the article says as a whole; ``state_names``: names it uses as a state elsewhere ("Town, X")."""
    focus = country_focus(cands, ctx, gaz, text)
    admin1: set[tuple[str, str]] = set()
    by_city: dict[tuple[str, str], set[str]] = {}
    countries: set[str] = set()
    anchors = []
    doubted: dict[tuple[str, str], set[str]] = {}
    for c in cands:
        if c.match == "exact":
            for e in c.entries:
                if e.fcode == "ADM1" and e.admin1 and not e.primary and ap_abbrev(c, text, e, gaz):
                    admin1.add((e.country, e.admin1))  # "in Pa.": the state, by its alternate name
                elif e.fcode == "ADM1" and (e.primary or c.cue == "admin") and e.admin1:
                    if fold_name(gaz.admin1_name(e.country, e.admin1) or "") != fold_name(e.name):
                        # an entry filed as first-level that is not the unit of its code (a city's district
                        # under England): as before, unless a big city elsewhere in the country has the name
                        if c.cue != "admin" and council_with_namesakes(c, e, gaz):
                            # towns abroad share the name ("Bedford": Nova Scotia's, Texas's): it names the unit
                            # for its own entries only ("Waterford" of Munster), for the others only beside another
                            # such council of it ("Dundee" and "Aberdeen": Scotland)
                            doubted.setdefault((e.country, e.admin1), set()).add(bare_name(c.text))
                        elif c.cue == "admin" or not any(b.fclass == "P" and b.population >= BIG_CITY and b.country
                                                         == e.country and b.admin1 != e.admin1 for b in c.entries):
                            admin1.add((e.country, e.admin1))
                    elif state_marked(c, text, state_names):
                        admin1.add((e.country, e.admin1))
                    elif any(b.fclass == "P" and b.population >= BIG_CITY and (b.country, b.admin1) == (
                            e.country, e.admin1) for b in c.entries):
                        # a state named like its big city ("New York", "Sao Paulo") and not marked as the state
                        # names the city: the state's other towns get no lift ("Boston" beside "New York" is not
                        # Boston, NY), the city's own entries keep it; "Washington" names no state at all
                        by_city.setdefault((e.country, e.admin1), set()).add(bare_name(c.text))
                elif precision_of(e) == "country" and e.primary:
                    countries.add(e.country)
        a = _anchor(c)
        if a is not None:
            anchors.append((bare_name(c.text), a.lat, a.lon))
    admin1 |= {k for k, names in doubted.items() if len(names) > 1 or _vouched(k, names, cands)}
    for k, names in doubted.items():
        by_city.setdefault(k, set()).update(names)
    return DocGeo(focus, max(focus, key=lambda k: focus[k]) if focus else "", admin1, countries,
                  us_county_states(text), dateline_country(ctx, gaz), anchors[:64],
                  admin1_votes([(bare_name(c.text), c.entries) for c in cands if c.match == "exact"]), by_city)


@functools.lru_cache(maxsize=1)
def demonym_pattern() -> tuple[re.Pattern, dict[str, str]]:
    import json

    from sitrep.resources import data_path

    dem = {k: v.partition(":")[0] for k, v in demonyms().items() if v.partition(":")[0]}
    with open(data_path("actors.jsonl"), encoding="utf-8") as f:  # the actor dictionary's countries' demonyms
        for line in f:
            d = json.loads(line) if line.strip() else {}
            if d.get("type") == "country" and d.get("country"):
                for n in d.get("demonyms", []):
                    dem.setdefault(n.lower(), d["country"])
    words = sorted(dem, key=len, reverse=True)
    # (grouped by first letter: the same matches, fewer tries at each word; geo/word_branches.py)
    return re.compile(r"\b" + by_first_letter([re.escape(w) for w in words], ignorecase=True) + r"s?\b", re.I), dem


@functools.lru_cache(maxsize=16)
def demonym_countries(text: str) -> frozenset[str]:
    """The countries whose demonyms the text uses ("Guatemalan" -> GT)."""
    pat, dem = demonym_pattern()
    out = set()
    for m in pat.finditer(text):  # (plain finditer: a word-start index of the text, made for this one search, cost more)
        w = m.group(0).lower()
        out.add(dem.get(w) or dem.get(w[:-1], ""))
    return frozenset(out - {""})
