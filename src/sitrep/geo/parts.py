"""A part of a city that the gazetteer lacks or cannot place, which the text itself puts in a city it placed:
"the Kelso Park district of Dunmore", "Dunmore's Kelso Park area", "in Kelso Park, Dunmore", or "the city's Kelso
Park area" / "in suburban Kelso Park" under the dateline "DUNMORE:". Such a name had no place at all (no entry), or
a far namesake's that the resolver dropped (a Caribbean town for a Karachi neighbourhood: left blank), or a far
namesake's point ("the Shahdara area of Lahore" read as Delhi's); the story then lost its place. The part takes its city's point (GeoNames' feature "P.PPLX", a
section of a populated place, with the city's precision and a lower confidence), and stays a named place an event
may be placed at.

Only where the words say it: a kind word for a part of a town after the name ("district", "neighbourhood",
"suburb", "area", ...) with the city named right there ("of Dunmore", "Dunmore's"), or "in X, Dunmore" (a name,
a comma, the city), or the story's own city ("the city's X area", "suburban X") when the story has one: the
dateline's town, else every confident town of the article within ``NEIGHBORHOOD_KM`` of the first. A side named by
its compass point needs no kind word ("the city's West Side", "Dunmore's South Side", "the Lower East Side of
Dunmore"). The city must
be a town the resolver placed with at least the model's threshold; a province, country or region is never a
neighbourhood's city ("the Kelso district of Punjab" stays as it is). A name the resolver placed keeps its own
answer unless a kind word puts it in a city more than ``FAR_NAMESAKE_KM`` away: moving placed names to the city of
"in X, Y" moved right answers far, and a "Y" that is a province named like a town took a village's point away. No gazetteer query: one regular expression pass
over the text per article that has a confident town.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any, Optional

from sitrep.model import Place, Span
from sitrep.nlp.doctext import doc_ents
from sitrep.resources import data_rows

NEIGHBORHOOD_KM = 50.0  # a part of a city lies within this distance of it (as story_rules.NEIGHBORHOOD_KM)
FAR_NAMESAKE_KM = 161.0  # a town or point this far from the city a kind word puts it in is a namesake's
PART_FACTOR = 0.9  # the part's confidence: its city's, times this
# a name of one to four capitalised words ("Orangi Town", "al-Adhamiya")
_NAME = r"(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w'’\-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'’\-]*){0,3}"


@functools.lru_cache(maxsize=None)
def city_part_words(kinds: tuple[str, ...] = ("part",)) -> frozenset[str]:
    """The words of data/geo_city_parts.tsv of those kinds ("part": "district", "neighbourhood"; "side": "west",
    "suburbs", "CBD"), lower case."""
    return frozenset(c[0].lower() for c in data_rows("geo_city_parts.tsv", ("word", "kind", "source"), header="word")
                     if c[1] in kinds)


def _kind_pattern() -> str:
    words = sorted(city_part_words(), key=len, reverse=True)
    return r"(?:" + "|".join(re.escape(w) + r"(?:s|es)?" for w in words) + r")"


_KIND = _kind_pattern()
_POSS = r"(?:'s|’s)"
# "the X district of C" (C checked against the places after "of ")
_KIND_OF = re.compile(r"\bthe\s+(" + _NAME + r")\s+" + _KIND + r"\s+of\s+$")
# "C's X area": the text right after the city's place
_CITY_POSS = re.compile(_POSS + r"\s+(" + _NAME + r")\s+" + _KIND + r"\b")
# "the city's X area", "in suburban X": the story's own city
_STORY_CITY = re.compile(r"\bthe\s+(?:city|capital|town|metropolis)" + _POSS + r"\s+(" + _NAME + r")\s+" + _KIND
                         + r"\b|\bin\s+suburban\s+(" + _NAME + r")\b")
# a side or end of a city named by its compass point, with no kind word after it ("West Side", "Near North Side",
# "Lower East Side", "North End"): "the city's West Side", "C's South Side", "C's North End", "the East Side of C"
_SIDE = r"(?:(?:Near|Far|Lower|Upper)\s+)?(?:North|South|East|West)(?:west|east)?\s+(?:Side|End)"
_SIDE_OF = re.compile(r"\bthe\s+(" + _SIDE + r")\s+of\s+$")
_CITY_POSS_SIDE = re.compile(_POSS + r"\s+(" + _SIDE + r")\b")
_STORY_SIDE = re.compile(r"\bthe\s+(?:city|capital|town|metropolis)" + _POSS + r"\s+(" + _SIDE + r")\b")
# "a noodle shop in Mueang district" under "CHIANG MAI, Thailand -": a word that names a province's seat district
# (data/geo_city_parts.tsv, kind "seat": "Mueang", Thai for town) before a kind word is the dateline town's district
_SEAT = re.compile(r"\b(?:in|of|at|the|from|to|near)\s+((?i:" + "|".join(
    sorted(re.escape(w) for w in city_part_words(("seat",)))) + r"))\s+" + _KIND + r"\b")
# "in X, C"
_IN_X_COMMA = re.compile(r"\bin\s+(?:the\s+)?(" + _NAME + r"),\s+$")
_NOT_PLACE_LABELS = ("PERSON", "DATE", "TIME", "NORP", "MONEY", "CARDINAL", "ORDINAL", "EVENT", "LAW",
                     "WORK_OF_ART", "PRODUCT", "LANGUAGE", "PERCENT", "QUANTITY")


def place_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places with points."""
    from sitrep.geo.resolve import haversine_km

    return haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]


def confident_towns(places: list[Place], threshold: float) -> list[int]:
    """Indexes of the named towns with a point and a confidence of at least ``threshold``."""
    return [k for k, p in enumerate(places) if p.mention == "name" and p.lat is not None and p.precision == "town"
            and p.confidence >= threshold and (p.feature_class or "P").startswith("P")]


def _story_city(places: list[Place], towns: list[int], dateline_end: int) -> Optional[Place]:
    """The dateline's town, else the one city of the article's confident towns (all within ``NEIGHBORHOOD_KM``). A
    dateline's town that no other town of the article lies near, where those others make one city, is a bureau's
    ("CAIRO (Reuters) - ... in El Fasher ... the city's Abu Shouk neighbourhood"): that one city is the story's."""
    if not towns:
        return None
    rest = [k for k in towns if places[k].span.start >= dateline_end]
    one = places[rest[0]] if rest and all(place_km(places[k], places[rest[0]]) <= NEIGHBORHOOD_KM for k in rest) \
        else None
    for k in towns:
        if places[k].span.start < dateline_end:
            if one is not None and place_km(one, places[k]) > NEIGHBORHOOD_KM:
                return one
            return places[k]
    return one


def _dateline_town(text: str, places: list[Place], towns: list[int], dateline_end: int) -> Optional[Place]:
    """The confident town the article's dateline names (after a headline too: "CHIANG MAI, Thailand -"), if any."""
    from sitrep.geo.recognize import is_dateline

    return next((places[k] for k in towns if places[k].span.start < dateline_end
                 or places[k].span.start < 400 and is_dateline(text, places[k].span.start, places[k].span.end)), None)


def _part_mentions(text: str, places: list[Place], towns: list[int],
                   dateline_end: int) -> list[tuple[int, int, Place, bool]]:
    """The parts of cities the text names, as (start, end, city, told by a kind word): before or after a confident
    town by a kind word or a side ("the X district of Y", "Y's X neighbourhood"), "in X, Y", a part of the story's
    city (:func:`_story_city`) and the seat of the dateline's town (:func:`_dateline_town`)."""
    found: list[tuple[int, int, Place, bool]] = []
    for k in towns:
        c = places[k]
        for kind_of in (_KIND_OF, _SIDE_OF):
            m = kind_of.search(text, max(0, c.span.start - 120), c.span.start)
            if m and m.end() == c.span.start:
                found.append((m.start(1), m.end(1), c, True))
        for poss in (_CITY_POSS, _CITY_POSS_SIDE):
            m = poss.match(text, c.span.end)
            if m:
                found.append((m.start(1), m.end(1), c, True))
        m = _IN_X_COMMA.search(text, max(0, c.span.start - 80), c.span.start)
        if m and m.end() == c.span.start:
            found.append((m.start(1), m.end(1), c, False))
    story = _story_city(places, towns, dateline_end)
    if story is not None:
        for m in _STORY_CITY.finditer(text):
            g = 1 if m.group(1) else 2
            found.append((m.start(g), m.end(g), story, True))
        for m in _STORY_SIDE.finditer(text):
            found.append((m.start(1), m.end(1), story, True))
    seat = _dateline_town(text, places, towns, dateline_end)
    if seat is not None:
        found.extend((m.start(1), m.end(1), seat, True) for m in _SEAT.finditer(text))
    return found


def _part_stands(s: int, e: int, name: str, city: Place, kind: bool, labels: list[tuple[int, int, str]],
                 over: list[Place]) -> bool:
    """A found part (``s``..``e``) is placed at its city unless it is the city's own name, a person's name or a date
    ("in March, Dunmore"; an organisation's only where no kind word says otherwise), a name the resolver placed
    (``over``: the places it overlaps; kept unless a kind word puts it in a far city), or within a longer name
    reaching past the part's."""
    if city.span.start < e and s < city.span.end or name.lower() == city.span.text.lower():
        return False
    if any(a < e and s < b and (lab in _NOT_PLACE_LABELS or lab == "ORG" and not kind) for a, b, lab in labels):
        return False
    if any(p.lat is not None and not (kind and p.precision in ("town", "point") and place_km(p, city) > FAR_NAMESAKE_KM)
           for p in over):
        return False
    return not any(p.span.start < s or p.span.end > e for p in over)


def add_city_parts(doc: Any, text: str, places: list[Place], threshold: float, ctx: Any = None,
                   article_id: str = "", trace: Optional[list] = None) -> list[Place]:
    """``places`` with the parts of cities the text names (see the module's doc) placed at their city: a new place
    where none was, a blank or far namesake's place replaced. ``trace``, aligned with ``places``, gets None for a
    new part (as for facilities) and keeps a replaced place's entry."""
    towns = confident_towns(places, threshold)
    if not towns:
        return places
    dl = (getattr(ctx, "dateline", None) or "") if ctx is not None else ""
    dateline_end = len(dl) + 2 if dl and text[:len(dl)].lower() == dl.lower() else 0
    found = _part_mentions(text, places, towns, dateline_end)
    if not found:
        return places
    labels = [(e.start_char, e.end_char, e.label_) for e in doc_ents(doc)] if doc is not None else []
    out = list(places)
    tr = list(trace) if trace is not None else [None] * len(places)
    for s, e, city, kind in sorted(found, key=lambda t: t[0]):
        name = text[s:e]
        over = [k for k, p in enumerate(out) if p.span.start < e and s < p.span.end]
        if not _part_stands(s, e, name, city, kind, labels, [out[k] for k in over]):
            continue
        part = replace(city, span=Span(article_id, s, e, name), name=name, geonameid=None, feature_class="P.PPLX",
                       confidence=round(city.confidence * PART_FACTOR, 3), mention="name")
        keep = [k for k in range(len(out)) if k not in over]
        kept_tr = tr[over[0]] if len(over) == 1 and (out[over[0]].span.start, out[over[0]].span.end) == (s, e) \
            else None
        merged = [(out[k], tr[k]) for k in keep] + [(part, kept_tr)]
        merged.sort(key=lambda t: t[0].span.start)
        out, tr = [p for p, _t in merged], [t for _p, t in merged]
    if trace is not None:
        trace[:] = tr
    return out
