"""Toponym resolution: pick one gazetteer entry per candidate, with a precision and a confidence.

Each entry of a candidate gets a score from independent pieces of evidence:

- how the name matched (the entry's own name, an alternate name, a skeleton or fuzzy match);
- the entry's prominence (population; countries and first-level units by kind);
- what the text says about the kind of place ("X province" prefers a province, "X city" a town);
- the article's country focus (countries named in it, unambiguous places, the dateline,
  and the story-level ``ctx.country_focus``);
- what the article says elsewhere: a name it calls a province ("Idlib province", "the province of Idlib")
  and never a city means the province when it stands alone ("fighting in Idlib");
- containment ("Saraqeb in Idlib province", "X, Aleppo"): the entry lies in the container;
- distance to the other places the article names (second pass).

The confidence grows with the winner's score and its margin over the best entry that is
more than 25 km away (two entries for the same spot are not competitors).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from typing import Any, Optional

from sitrep.geo.gazetteer import Entry, Gazetteer
from sitrep.geo.recognize import ADMIN_SUFFIX, CITY_SUFFIX, Candidate
from sitrep.model import Place, Span

_CONTAIN = re.compile(r"^\s*(?:,|,?\s*in(?:\s+the)?|,?\s*of(?:\s+the)?|\()\s*$", re.I)
BIG_CITY = 500_000  # inhabitants: a city this big is what its bare name means
_ADMIN_OF = re.compile(r"\b(?:province|governorate|region|oblast|district|countryside)\s+of\s+(?:the\s+)?$", re.I)
_CITY_OF = re.compile(r"\b(?:city|town)\s+of\s+(?:the\s+)?$", re.I)


def precision_of(e: Entry) -> str:
    if e.fcode in ("PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"):
        return "country"
    if e.fcode == "ADM1":
        return "province"
    if e.fcode in ("ADM2", "ADM3"):
        return "district"
    if e.fclass == "L" or e.fcode in ("CONT", "RGN"):
        return "region"
    if e.fclass == "P":
        return "town"
    return "point"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _prominence(e: Entry) -> float:
    if precision_of(e) == "country":
        return 1.0
    if e.fcode == "CONT":
        return 0.9
    pop = e.population
    p = min(math.log10(pop + 1) / 7.0, 1.0)
    if e.fcode == "ADM1":
        return max(p, 0.75)
    if e.fclass in ("L", "H") and e.fcode not in ("CONT",):
        return max(p, 0.8)  # named regions and seas of the supplement
    return p


def country_focus(cands: list[Candidate], ctx: Any, gaz: Gazetteer) -> dict[str, float]:
    """Weights in [0, 1] of the countries an article is about."""
    c: Counter[str] = Counter()
    for i, cc in enumerate(getattr(ctx, "country_focus", None) or []):
        c[cc] += max(3.0 - i, 1.0)
    dl = getattr(ctx, "dateline", None)
    if dl:
        first = re.split(r"[/,—–-]", dl)[0].strip()
        es = gaz.lookup(first) if first else []
        if es:
            c[max(es, key=lambda e: e.population).country] += 1.0
    for cand in cands:
        es = cand.entries
        countries = {e.country for e in es if e.country}
        exact_country = [e for e in es if precision_of(e) == "country" and e.primary]
        if exact_country:
            c[exact_country[0].country] += 1.0
        elif len(countries) == 1:
            c[next(iter(countries))] += 0.7
        else:
            big = max(es, key=_prominence)
            if _prominence(big) >= 0.7:
                c[big.country] += 0.4
    if not c:
        return {}
    top = max(c.values())
    return {k: v / top for k, v in c.items() if k}


def _kind_fit(cand: Candidate, e: Entry, implied: str = "") -> float:
    prec = precision_of(e)
    cue = implied if implied and cand.cue in ("", "context") else cand.cue
    if cue == "admin":
        return 0.6 if prec in ("province", "district") else -0.4
    if cue == "city":
        return 0.4 if prec == "town" else -0.3
    if cue == "point":
        return 0.5 if e.fclass in ("R", "S", "H", "T") else -0.1
    if prec in ("country", "town"):
        return 0.15
    if e.fclass == "R":
        return -0.1
    return 0.0


def _score(cand: Candidate, e: Entry, focus: dict[str, float], container: Optional[Entry],
           anchors: list[Entry], implied: str = "") -> float:
    s = {"exact": 1.0, "skeleton": 0.6, "fuzzy": 0.5}.get(cand.match, 0.5)
    if cand.match == "exact" and not e.primary:
        s -= 0.15
    prom = _prominence(e)
    s += 1.2 * prom * prom
    if precision_of(e) == "country":
        s += 0.6 if e.primary else 0.4  # "Iran" is the country, whatever small town shares the name
    elif e.fcode == "CONT" or (e.fclass in ("L", "H") and e.gid.startswith("sup:")):
        s += 0.4  # continents, seas and named regions outrank small towns of the same name
    s += _kind_fit(cand, e, implied)
    s += 0.6 * focus.get(e.country, 0.0)
    if container is not None and container.id != e.id:
        if precision_of(container) == "country":
            s += 0.5 if e.country == container.country else -0.3
        elif container.country == e.country and container.admin1 and container.admin1 == e.admin1:
            s += 0.6
        elif haversine_km(container.lat, container.lon, e.lat, e.lon) < 150:
            s += 0.4
        else:
            s -= 0.2
    others = [a for a in anchors if a.id != e.id]
    if others and precision_of(e) not in ("country", "region"):
        if e.fcode == "ADM1" and any(a.country == e.country and a.admin1 == e.admin1 for a in others):
            d = 0.0  # another place of the article lies inside this province
        else:
            d = min(haversine_km(a.lat, a.lon, e.lat, e.lon) for a in others)
        s += 0.5 * math.exp(-d / 150.0)
    return s


def _rank(cand: Candidate, focus: dict[str, float], container: Optional[Entry],
          anchors: list[Entry], implied: str = "") -> tuple[Entry, float, float]:
    """The best entry, its score and the confidence."""
    scored = sorted(((_score(cand, e, focus, container, anchors, implied), e) for e in cand.entries),
                    key=lambda t: (-t[0], -t[1].population, t[1].id))
    s1, best = scored[0]
    rival = next((s for s, e in scored[1:] if haversine_km(best.lat, best.lon, e.lat, e.lon) > 25), None)
    margin = (s1 - rival) if rival is not None else 1.0
    conf = 0.25 + 0.35 * min(max(margin, 0.0), 1.0) + 0.25 * min(s1 / 3.0, 1.0)
    conf += {"exact": 0.15, "skeleton": 0.05, "fuzzy": 0.0}.get(cand.match, 0.0)
    return best, s1, round(min(conf, 1.0), 3)


def _containers(text: str, cands: list[Candidate]) -> dict[int, int]:
    """Index of each candidate's container candidate ("X in Y province", "X, Y")."""
    out = {}
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        gap = text[(a.suffix_end or a.end):b.start]
        if len(gap) <= 12 and _CONTAIN.match(gap):
            out[i] = i + 1
    return out


def _kinds_named(text: str, cands: list[Candidate]) -> dict[str, tuple[str, list[Entry]]]:
    """The kind of place ('admin' or 'city') the article gives each name, where it gives only one,
    with the entries found for the name where the article said it."""
    seen: dict[str, set[str]] = {}
    entries: dict[str, list[Entry]] = {}
    for c in cands:
        before = text[max(0, c.start - 32):c.start]
        kind = ("admin" if c.cue == "admin" or _ADMIN_OF.search(before)
                else "city" if c.cue == "city" or _CITY_OF.search(before) else "")
        if kind:
            name = _bare_name(c.text)
            seen.setdefault(name, set()).add(kind)
            entries.setdefault(name, []).extend(c.entries)
    return {name: (next(iter(kinds)), entries[name]) for name, kinds in seen.items() if len(kinds) == 1}


def _with_kind(cands: list[Candidate], text: str) -> tuple[list[Candidate], list[str]]:
    """Each candidate, with the entries of the kind its name is given elsewhere in the article, and that kind.

    "Idlib" alone looks up the town; where the article says "Idlib province" and never "Idlib city",
    the province's entries join the bare mention's and the kind leans to them. A big city keeps its name:
    "Aleppo" alone is the city even in an article that also speaks of "the Aleppo countryside"."""
    kinds = _kinds_named(text, cands)
    out, implied = [], []
    for c in cands:
        kind, extra = kinds.get(_bare_name(c.text), ("", []))
        if kind == "admin" and any(e.fclass == "P" and e.population >= BIG_CITY for e in c.entries):
            kind = ""
        if kind and c.cue in ("", "context"):
            ids = {e.id for e in c.entries}
            more = list({e.id: e for e in extra if e.id not in ids}.values())
            if more:
                c = replace(c, entries=c.entries + more)
        out.append(c)
        implied.append(kind)
    return out, implied


def _bare_name(name: str) -> str:
    """The name without its type word: "Idlib province" -> "idlib"."""
    words = name.lower().split()
    if len(words) > 1 and words[-1] in ADMIN_SUFFIX | CITY_SUFFIX:
        words.pop()
    return " ".join(words)


def resolve(cands: list[Candidate], text: str, ctx: Any, gaz: Gazetteer) -> list[Place]:
    """Choose an entry for each candidate and build the Places (offsets into ``text``)."""
    if not cands:
        return []
    focus = country_focus(cands, ctx, gaz)
    contains = _containers(text, cands)
    cands, implied = _with_kind(cands, text)
    first = [_rank(c, focus, None, [], implied[i]) for i, c in enumerate(cands)]
    tops = [r[0] for r in first]
    # the article's confidently resolved towns and points: unique, the 64 most mentioned (keeps this linear)
    counts: Counter[int] = Counter(r[0].id for r in first
                                   if r[2] >= 0.6 and precision_of(r[0]) in ("town", "point", "district"))
    by_id = {r[0].id: r[0] for r in first}
    anchors = [by_id[i] for i, _n in counts.most_common(64)]
    places: list[Place] = []
    for i, cand in enumerate(cands):
        container = tops[contains[i]] if i in contains else None
        others = [a for a in anchors if a.id != tops[i].id] if len(cand.entries) > 1 else []
        best, _s, conf = _rank(cand, focus, container, others, implied[i])
        if cand.weak:
            if focus.get(best.country, 0.0) < 0.5:
                continue
            conf = round(conf * 0.8, 3)
        places.append(Place(
            span=Span(getattr(ctx, "article_id", ""), cand.start, cand.end, text[cand.start:cand.end]),
            name=best.name, lat=round(best.lat, 5), lon=round(best.lon, 5), geonameid=best.gid,
            country=best.country or None, admin1=(gaz.admin1_name(best.country, best.admin1) or best.admin1 or None)
            if best.admin1 and best.admin1 != "00" else None,
            admin2=best.admin2 or None, feature_class=best.feature, precision=precision_of(best), confidence=conf,
        ))
    return places
