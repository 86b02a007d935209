"""Candidate scoring: the feature rows of each name's entries (:func:`features`), the entries left in the running
after the article's containers, datelines and addresses (:func:`score_candidates`), and their ranking and
calibration; split out of geo/resolve.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Optional

import numpy as np

from sitrep.geo.candidate import Candidate
from sitrep.geo.containers import containers_named
from sitrep.geo.country_focus import DocGeo, doc_geo
from sitrep.geo.datelines import is_dateline
from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Entry, Gazetteer, precision_of
from sitrep.geo.kinds_named import bare_name, kind_sign, with_kind
from sitrep.geo.local_units import local_units, units_after
from sitrep.geo.namesake_readings import (city_over_state, country_over_foreign_units, landmark_over_towns,
    listed_with_states, region_over_homonyms)
from sitrep.geo.peers import BIG_CITY, keep_listed, listed_ranks
from sitrep.geo.rank import (CAL_FROM_RANKER, MAX_ENTRIES, NF, Ranker, admin1_support, entry_matrix, haversine_np,
    prefer_town)
from sitrep.geo.recognition_lists import FACILITY_TOWN_MIN
from sitrep.geo.span_evidence import PLACE_LABELS
from sitrep.geo.stray_readings import country_support, hamlet_names, saint_abroad, stray
from sitrep.geo.unit_readings import (alias_in_unit, in_part_of, local_country, outside_container,
    part_of_another_city, town_comma_unit, town_in_another_unit, unit_outside)


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
    own = bare_name(c.text)
    # columns 4-12 built row by row in one pass over the entries and stored at once (not one list per column)
    focus, top, named, by_city = dg.focus, dg.top_country, dg.admin1_named, dg.admin1_by_city
    X[:, 4:13] = [(p == "country", p == "province", p == "district", p == "region", p == "point",
                   kind_sign(c, e, implied), focus.get(e.country, 0.0), bool(top) and e.country == top,
                   ((e.country, e.admin1) in named or own in by_city.get((e.country, e.admin1), ()))
                   and e.fcode != "ADM1") for e, p in zip(es, prec)]
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
    contains = containers_named(text, cands)
    listed = listed_ranks(text, cands)
    cands, implied = with_kind(cands, text)
    # an adjective ("Turkish troops") says whose troops, not where the story is: it informs no context
    # (nor does a name marked blank: "Cambridge" in a company's name says nothing of where the story is)
    # names the article uses as a container ("Spokane, Washington"): there the state's name is the state's
    state_names = {bare_name(cands[j].text) for j in contains.values()} | listed_with_states(text, cands)
    dg = doc_geo([c for c in cands if c.cue != "demonym" and not c.blank], text, ctx, gaz, frozenset(state_names))
    story = (list(getattr(ctx, "country_focus", None) or []) or [""])[0]
    # (a name the text calls a province elsewhere is that province: no town of a country or state beside it)
    local = [(frozenset(), frozenset()) if implied[i] == "admin" or c.cue == "admin" else u
             for i, (c, u) in enumerate(zip(cands, local_units(text, cands, state_names, gaz)))]
    after = units_after(text, cands, state_names)
    support = country_support(cands, ctx, gaz)
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
        keep = local_country(es, art.local[i][0])
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
    outside = not fit and (town_comma_unit(text, cands, i, j) or alias_in_unit(text, cands, i, j))
    outside = outside and outside_container(es, container, art.dg.focus) or not fit and town_in_another_unit(
        text, cands, i, j, es, container) or not fit and in_part_of(text, c, es, cands[j]) \
        or not fit and part_of_another_city(text, c, es, cands[j])
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
    es = region_over_homonyms(c, es, implied, focus)
    es = landmark_over_towns(c, es, implied)
    es = city_over_state(c, es, implied, art.text, art.state_names, focus)
    es = country_over_foreign_units(c, es, implied, art.support)
    if implied == "admin" and c.cue in ("", "context"):
        # the article calls the name a province and never a city ("the province of Ontario" ... "women in
        # Ontario"): its bare mentions are the unit, not a town of the name elsewhere
        es = [e for e in es if precision_of(e) in ("province", "district")] or es
    return es


def _told_outside(art: _ArticlePlaces, i: int, c: Candidate, es: list[Entry]) -> bool:
    """A name no container holds lies outside its entries where the words after it put it elsewhere ("Rice Lake
    ... of Fulton County in Illinois") or it is a stray hamlet or a saint's town abroad."""
    if art.after[i] is not None and unit_outside(c, es, *art.after[i], art.dg.focus):
        return True
    return bool(stray(c, es, art.support, art.implied[i], art.hamlets) or saint_abroad(c, es, art.support))


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
    """The entries of ``j``, the Y of "X, Y" (a comma between, ``containers_named``), that are the state, province or
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
