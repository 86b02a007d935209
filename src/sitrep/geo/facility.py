"""Buildings, venues and streets: placed at the town the text puts them in.

A hospital, a stadium, an embassy or a street has no gazetteer entry, but a report says where it is: "the
Mercy Hospital in Dunmore", "Dunmore's Mercy Hospital", "Elm Avenue, Dunmore", or a town its name opens with
("Dunmore General Hospital"), else the one local place its sentence or the sentence before names ("Police closed
Elm Avenue, the Dunmore fire chief said"); never the article's main town by default. A street whose name opens with
a town ("Nashville Highway", "Lexington Road") is the road out to that town, in another one: it is placed only where
the text or its sentence puts it, never at the town it is named after. A facility so placed gets that
town's point and says so: its precision is the town's, its name is the facility's own, it has no gazetteer id. A
facility with no such town stays without coordinates (blank beats wrong).

A facility is a capitalised name whose first or last word is a building's head word (``data/geo_facility_words.tsv``)
or whose last word is a street suffix (kind ``street`` in ``data/geo_not_towns.tsv``), or a road by its number ("the
A44", ``data/geo_road_numbers.tsv``: a road class letter and digits as one word, after "the", "on", "via", "along" or
in a list of roads, not before a lower-case noun that makes it a product, an "N95 mask" or an "A380 jet"). It
replaces the places found inside it ("Lakeside" in "Lakeside Academy", "Ohio" in "the University of Ohio"): the
text names the building, not the town it is named after. So does a capitalised name of two words or more before a
lower-case head word ("the Aden Adde international airport in Mogadishu", "the Kano Pillars stadium in Jos"), where the
text puts it in a town: the name is a person's or a club's, no evidence for the town its first word matches. A
one-word name before a lower-case head word ("Palmasola prison on the outskirts of Santa Cruz", "the Kalma camp
near Nyala"; camps and bases too, kind ``after_name`` of the word list) is the building at the town the text puts it
in, where the name's own reading is no place near that town (a far namesake, a hamlet abroad, or none): a prison
named after a neighbourhood or a hill the gazetteer lacks is never placed at a namesake far off. A town the text
puts a building in may follow "in", "at", "near", a comma, or "on the outskirts of" / "outside".
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any, Optional

from sitrep.geo.resolve import haversine_km
from sitrep.model import Place, Span
from sitrep.nlp.doctext import doc_attr, doc_ents
from sitrep.resources import data_rows

LOCAL = ("town", "district", "point")
# confidence of a facility's point relative to its town's: a town the text puts it in, or the town its name opens with
# (no fallback to the article's main town: measured, it placed more facilities > 161 km than right; blank beats wrong)
EXPLICIT_FACTOR = 0.95
INSIDE_FACTOR = 0.9
SENTENCE_FACTOR = 0.8  # a local place named elsewhere in the facility's sentence or the one before
SENTENCE_MIN_CONFIDENCE = 0.9
_AFTER = re.compile(r"\s*(?:,|\bin\b|\bat\b|\bon\b|\bnear\b|\bof\b)\s*(?:the\s+)?$", re.I)
# "X prison on the outskirts of Y", "X camp just outside Y": in Y's surroundings, placed at Y
_EDGE = re.compile(r"\s*,?\s*(?:on the (?:outskirts|edge) of|(?:just )?outside(?: of)?)\s+(?:the\s+)?$", re.I)
EDGE_MAX = 32  # characters between a facility's name and its town there


@functools.lru_cache(maxsize=1)
def facility_words() -> tuple[frozenset[str], frozenset[str]]:
    """(building head words, street suffixes), lower case."""
    from sitrep.geo.recognize import not_towns

    buildings = frozenset(c[0].lower() for c in data_rows("geo_facility_words.tsv", ("word", "kind", "source"),
                                                            header="word") if c[1] == "building")
    return buildings, frozenset(not_towns().get("street", ()))


@functools.lru_cache(maxsize=1)
def lone_head_words() -> frozenset[str]:
    """Lower-case head words after a one-word name ("Palmasola prison", "the Kalma camp"): the buildings' and those
    of kind ``after_name`` (camp, base), lower case."""
    return facility_words()[0] | frozenset(c[0].lower() for c in data_rows(
        "geo_facility_words.tsv", ("word", "kind", "source"), header="word") if c[1] == "after_name")


def facility_spans(doc: Any) -> list[tuple[int, int, str]]:
    """Token ranges [i, j) of facility names, with their kind ("building"; "of", a building's word inside the name
    before "of", :func:`_inner_head`; or "street"). A run of capitalised words is cut at "at"/"on" ("Elm Street at
    Oak Square" is two), and opens after a leading "The", day or month."""
    from sitrep.geo.name_runs import name_runs

    buildings, streets = facility_words()
    person = {t.i for e in doc_ents(doc) if e.label_ == "PERSON" for t in e}
    texts, lowers, ent_types = doc_attr(doc, "text"), doc_attr(doc, "lower_"), doc_attr(doc, "ent_type_")
    out = []
    for i0, j0 in _joined_of_the(name_runs(doc), lowers, buildings):
        pieces, a = [], i0
        for k in range(i0, j0):
            if not (texts[k][:1].isupper() or texts[k][:1].isdigit()) and lowers[k] not in _INNER:
                pieces.append((a, k))
                a = k + 1
        pieces.append((a, j0))
        for i, j in pieces:
            while i < j and (lowers[i] == "the" or ent_types[i] in ("DATE", "TIME")):
                i += 1
            if j - i < 2:
                continue
            first, last = lowers[i].rstrip("."), lowers[j - 1].rstrip(".")
            kind = ("street" if last in streets and last not in buildings else
                    "building" if last in buildings or first in buildings else
                    "of" if _inner_head(lowers, i, j, buildings) else "")
            if not kind or any(k in person for k in range(i, j)):
                continue
            if first in buildings and last not in buildings and lowers[i + 1] != "of":
                continue  # "Hall Smith" is no building; "University of X" is
            if kind in ("building", "of") and town_named(doc[i:j].text):
                continue  # "Sowerby Bridge", "Castle Douglas": a town's own name, not a building's
            out.append((i, j, kind))
        named = _named_head(doc, i0, j0, buildings, person) or _lone_head(doc, i0, j0)
        if named is not None:
            out.append(named)
    return out


def _joined_of_the(runs: list[tuple[int, int]], lowers: Any, buildings: frozenset) -> list[tuple[int, int]]:
    """``runs`` with a run ending in a building's word joined to the run after "of the" ("the Embassy of the Republic
    of Moldova", "the University of the Andes"): one building's name, the place after "of the" inside it."""
    out: list[tuple[int, int]] = []
    for i, j in runs:
        if out and out[-1][1] + 2 == i and lowers[out[-1][1] - 1] in buildings \
                and lowers[out[-1][1]] == "of" and lowers[out[-1][1] + 1] == "the":
            out[-1] = (out[-1][0], j)
        else:
            out.append((i, j))
    return out


def _inner_head(lowers: Any, i: int, j: int, buildings: frozenset) -> bool:
    """A building's word inside the name [i, j), before "of": "the Grand Mall of Africa", "the Royal Academy of
    Music" (the name's first word no building's; kind ``of``). Such a building replaces the places in its name where
    the text puts it in a town, or where the place in its name is a continent or a large region (no building's
    point); with no town, a country, state or town in its name stays (a school "of Ohio" most likely lies there)."""
    return any(lowers[k] in buildings and lowers[k + 1] == "of" for k in range(i + 1, j - 2))


NAMED_TOWN_MIN = 5_000  # inhabitants: a town this big whose own name ends in a building's word is that town


def town_named(name: str) -> bool:
    """``name`` is the own name of a town of ``NAMED_TOWN_MIN`` people or more in the gazetteer ("Sowerby Bridge",
    a West Yorkshire town of 10,000; "Hebden Bridge")."""
    from sitrep.geo.gazetteer import get_gazetteer

    return any(e.primary and e.fclass == "P" and e.population >= NAMED_TOWN_MIN for e in get_gazetteer().lookup(name))


NAMED_ADJ_MAX = 2  # lower-case adjectives between a building's capitalised name and its head word ("international")


def _named_head(doc: Any, i0: int, j0: int, buildings: frozenset, person: set) -> Optional[tuple[int, int, str]]:
    """A capitalised run of two words or more, then at most ``NAMED_ADJ_MAX`` lower-case adjectives and a lower-case
    building head word: "the Aden Adde international airport", "the Kano Pillars stadium" (kind ``named``: a building
    named after a person or a club, whose first word may be a town's name; placed only where the text puts it)."""
    lowers, is_lower, poss = doc_attr(doc, "lower_"), doc_attr(doc, "is_lower"), doc_attr(doc, "pos_")  # (no Tokens)
    i = i0
    while i < j0 and lowers[i] == "the":
        i += 1
    if j0 - i < 2 or any(k in person for k in range(i, j0)) or lowers[j0 - 1] in buildings:
        return None
    k, n = j0, len(lowers)
    while k < n and k - j0 < NAMED_ADJ_MAX and is_lower[k] and poss[k] == "ADJ":
        k += 1
    if k < n and is_lower[k] and lowers[k] in buildings:
        return i, k + 1, "named"
    return None


def _lone_head(doc: Any, i0: int, j0: int) -> Optional[tuple[int, int, str]]:
    """One capitalised word, then at most ``NAMED_ADJ_MAX`` lower-case adjectives and a lower-case head word
    (:func:`lone_head_words`): "Palmasola prison", "the Kalma displacement camp" (kind ``lone``: a building named
    after a neighbourhood, a hill or a person, whose name may match a far namesake; it replaces that reading only
    where the text puts the building in a town the reading is far from, :func:`add_facilities`)."""
    lowers, is_lower, poss = doc_attr(doc, "lower_"), doc_attr(doc, "is_lower"), doc_attr(doc, "pos_")  # (no Tokens)
    i = i0 + 1 if lowers[i0] == "the" else i0
    if j0 - i != 1:
        return None
    k, n = j0, len(lowers)
    while k < n and k - j0 < NAMED_ADJ_MAX and is_lower[k] and poss[k] in ("ADJ", "NOUN") \
            and lowers[k] not in lone_head_words():
        k += 1
    if k < n and is_lower[k] and lowers[k] in lone_head_words():
        return i, k + 1, "lone"
    return None


# a one-word name read in the country of the town the text puts its building in, this near it, keeps its reading (a
# suburb, "the Kirikiri prison in Lagos"; a camp's own town "near" a bigger one, "the Kakuma camp near Lodwar")
LONE_NEAR_KM = 150.0


def _reading_stands(inside: list[Place], host: Place) -> bool:
    """A one-word name before a building's word keeps its own reading over the town ``host`` the text puts the
    building in: a country, state or demonym says whose it is ("the US consulate in Y", "the Russian embassy"), and a
    place of the host's country within ``LONE_NEAR_KM`` is the host's part or neighbour ("the Kirikiri prison in
    Lagos")."""
    placed = [p for p in inside if p.lat is not None]
    return any(p.precision not in LOCAL or p.mention != "name" for p in placed) or any(
        p.country == host.country and haversine_km(p.lat, p.lon, host.lat, host.lon) <= LONE_NEAR_KM  # type: ignore[arg-type]
        for p in placed)


@functools.lru_cache(maxsize=1)
def road_numbers() -> tuple[re.Pattern, frozenset[str]]:
    """(a regex of road numbers, the road words that may follow one), from data/geo_road_numbers.tsv."""
    rows = list(data_rows("geo_road_numbers.tsv", ("prefix", "kind", "source"), header="prefix"))
    prefixes = sorted(r[0] for r in rows if r[1] == "prefix")
    pat = re.compile(r"^(?:" + "|".join(re.escape(p) for p in prefixes) + r")[1-9][0-9]{0,3}$")
    return pat, frozenset(r[0].lower() for r in rows if r[1] == "road_word")


@functools.lru_cache(maxsize=1)
def _road_number_firsts() -> Optional[frozenset[str]]:
    """The first letters of the prefixes of data/geo_road_numbers.tsv: a token opening on none is no road's number
    (None where a prefix is empty: then any token may be one)."""
    firsts = frozenset(r[0][:1] for r in data_rows("geo_road_numbers.tsv", ("prefix", "kind", "source"),
                                                   header="prefix") if r[1] == "prefix")
    return None if "" in firsts else firsts


_ROAD_BEFORE = frozenset({"the", "on", "via", "along", ",", "and", "or"})


def road_spans(doc: Any) -> list[tuple[int, int, str]]:
    """Token ranges [i, i + 1) of roads by number ("the A44 northbound", "via the B4214, A44 and M5")."""
    pat, words = road_numbers()
    firsts = _road_number_firsts()
    texts = doc_attr(doc, "text")
    out: list[tuple[int, int, str]] = []
    for i, t in enumerate(texts):
        if firsts is not None and t[:1] not in firsts or not pat.match(t) or i == 0:  # (no regex call for most)
            continue
        prev = doc[i - 1].lower_
        if prev not in _ROAD_BEFORE or prev in (",", "and", "or") and not (out and out[-1][1] >= i - 2):
            continue  # a list goes on only from a road ("the A436, A40 and A429")
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.pos_ in ("NOUN", "PROPN") and nxt.lower_ not in words:
            continue  # "an N95 mask", "the A380 jet"
        out.append((i, i + 1, "road"))
    return out


_INNER = frozenset({"of", "the", "de", "du", "des", "la", "le", "del", "di", "da", "'s", "’s", "&", "-", "and"})


def _container(text: str, s: int, e: int, places: list[Place], local: bool = True,
               spans: tuple[tuple[int, int], ...] = ()) -> Optional[Place]:
    """The local place the text puts [s, e) in: "F in T", "F, T", "T's F" (``local`` False: a placed state, country
    or region there); none inside another facility's name ``spans`` ("Elm Street at Oak Square")."""
    for p in places:
        if p.lat is None or (p.precision in LOCAL) != local or p.mention != "name" \
                or any(a <= p.span.start and p.span.end <= b for a, b in spans):
            continue
        if p.span.start >= e and (p.span.start - e <= 12 and _AFTER.match(text[e:p.span.start])
                                  or p.span.start - e <= EDGE_MAX and _EDGE.match(text[e:p.span.start])):
            return p
        if p.span.end <= s and s - p.span.end <= 3 and text[p.span.end:s].strip() in ("'s", "’s"):
            return p
    return None


def _same_sentence(doc: Any, i: int, j: int, places: list[Place]) -> Optional[Place]:
    """The one local place, confidently placed, that the sentence of tokens [i, j) or the one before names ("Police
    closed Elm Avenue after the crash, the Dunmore fire chief said"): none when they name two far apart, or a town
    the resolver could not place."""
    sent = doc[i].sent
    s, e = sent.start_char, sent.end_char
    if sent.start > 0:
        s = doc[sent.start - 1].sent.start_char
    named = [p for p in places if p.precision in ("town", "district") and p.mention == "name"
             and s <= p.span.start and p.span.end <= e
             and not (doc[i].idx <= p.span.start < doc[j - 1].idx + len(doc[j - 1]))]
    if not named or any(p.lat is None for p in named):
        return None  # a town the resolver could not place may be the one
    best = max(named, key=lambda p: p.confidence)
    if best.confidence < SENTENCE_MIN_CONFIDENCE or any(
            abs(p.lat - best.lat) > 0.3 or abs(p.lon - best.lon) > 0.4 for p in named):
        return None
    return best


def _lies_in(town: Place, wider: Place) -> bool:
    """``town`` lies in the state or country ``wider`` (a region: no test, never)."""
    if wider.precision == "country":
        return town.country == wider.country
    return wider.precision == "province" and town.country == wider.country and town.admin1 == wider.admin1


HEAD_FAR_KM = 500.0  # a town heading a facility's name this far from every other town the article names is doubtful


def _doubtful_head(host: Place, places: list[Place], spans: list[tuple[int, int]]) -> bool:
    """The town heading a facility's name is no sure host: its name is itself a building's head word (a town
    called "Airport" heading "Airport Courthouse"), or it is far from the story (:func:`_far_from_the_story`: "Carrow
    Centre" in a story from Toronto is no building in a Texan village called Carrow)."""
    return host.span.text.lower() in facility_words()[0] or _far_from_the_story(host, places, spans)


def _far_from_the_story(host: Place, places: list[Place], spans: list[tuple[int, int]]) -> bool:
    """The article names other towns than ``host``, outside facilities' names, and every one lies more than
    ``HEAD_FAR_KM`` from it; and none is in its country, or two of them lie near each other (:func:`home_elsewhere`:
    "Victoria Hospital" in a story of London and Strathroy, Ontario, is no building in Victoria, B.C.)."""
    others = [p for p in places if p.lat is not None and p.precision in LOCAL and p.mention in ("name", "embedded")
              and p is not host and not any(a <= p.span.start and p.span.end <= b for a, b in spans)]
    if not others or any(haversine_km(host.lat, host.lon, p.lat, p.lon) <= HEAD_FAR_KM for p in others):
        return False
    return all(p.country != host.country for p in others) or home_elsewhere(others)


def home_elsewhere(others: list[Place]) -> bool:
    """Two differently named towns among ``others`` lie within ``LOCAL_KM`` of (a local story's reach) each other: the story has a home."""
    from sitrep.geo.local_story import LOCAL_KM  # local_story imports resolve, which imports this module's users

    towns = [p for p in others if p.precision == "town"]
    return any(a.name != b.name and haversine_km(a.lat, a.lon, b.lat, b.lon) <= LOCAL_KM
               for i, a in enumerate(towns) for b in towns[i + 1:])


def _implicit_host(doc: Any, text: str, i: int, j: int, s: int, e: int, places: list[Place], inside: list[int],
                   spans_ch: list[tuple[int, int]], kind: str = "") -> tuple[Optional[Place], float]:
    """The town a facility (tokens ``i``..``j``, characters ``s``..``e``) lies in when no "in Z" says so, and the
    factor on its confidence: a town at the head of its name ("Dunmore General Hospital": the town it is in; a state
    or a country there, "the University of Ohio", "the Danish Embassy", says only whose it is: no point; where the
    text puts it in a state or a country, "X Hospital in Nebraska", the town must lie there); else, with no place
    inside its name, the town of its sentence unless far from the story's; (None, EXPLICIT_FACTOR) without one. A
    street (``kind``) is never at the town its name opens with ("Nashville Highway"): only at its sentence's town."""
    wider = _container(text, s, e, places, local=False, spans=tuple(spans_ch))
    own = [places[k] for k in inside if places[k].lat is not None and places[k].precision in LOCAL
           and places[k].span.start == s and places[k].span.end < e
           and (wider is None or _lies_in(places[k], wider))
           and not _doubtful_head(places[k], places, spans_ch)] if kind != "street" else []
    if own:
        return own[0], INSIDE_FACTOR
    if not inside or kind == "street":
        host = _same_sentence(doc, i, j, places)
        if host is not None and _far_from_the_story(host, places, spans_ch):
            host = None
        return host, SENTENCE_FACTOR
    return None, EXPLICIT_FACTOR


def add_facilities(doc: Any, text: str, places: list[Place], article_id: str = "",
                   trace: Optional[list] = None) -> list[Place]:
    """``places`` with the article's facilities added (each placed at its town, or left without coordinates),
    the places inside a facility's name taken out. ``trace``, aligned with ``places``, gets None per facility."""
    spans = facility_spans(doc) + road_spans(doc)
    if not spans:
        return places
    keep = list(range(len(places)))
    add: list[tuple[int, Place]] = []
    spans_ch = [(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)) for i, j, _k in spans]
    for i, j, kind in spans:
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text.rstrip("."))
        if doc[j - 1].text.endswith(".") and doc[j - 1].lower_.rstrip(".") in facility_words()[1]:
            e = doc[j - 1].idx + len(doc[j - 1].text)
        # a place reaching into the name from before it ("The Colony" of "The Colony Theatre"): the name opens there
        s = min([s] + [places[k].span.start for k in keep if places[k].span.start < s < places[k].span.end <= e])
        inside = [k for k in keep if s <= places[k].span.start and places[k].span.end <= e]
        host = _container(text, s, e, places, spans=tuple(spans_ch))
        if kind == "lone" and (host is None or host.precision != "town"
                               or _reading_stands([places[k] for k in inside], host)):
            continue  # no town "Y" the text puts it in, or the name's own reading is no far namesake
        if kind == "named":
            name_end = max(doc[t].idx + len(doc[t].text) for t in range(i, j) if doc[t].text[:1].isupper())
            if host is None or any(places[k].span.start == s and places[k].span.end >= name_end for k in inside):
                continue  # no "in Z" ("the Kabul Serena hotel"), or a place's own ("the Lower Shebelle regional hospital")
        factor = EXPLICIT_FACTOR
        if host is None:
            host, factor = _implicit_host(doc, text, i, j, s, e, places, inside, spans_ch, kind)
        if host is None and not inside:
            continue
        if kind == "of" and host is None and not any(places[k].precision == "region" for k in inside):
            continue  # "the Culinary Institute of Ohio": in the state it is named after, most likely; keep it
        keep = [k for k in keep if k not in inside]
        span = Span(article_id, s, e, text[s:e])
        feat = "R.ST" if kind == "street" else "R.RD" if kind == "road" else "S.BLDG"
        if host is None:
            add.append((s, Place(span=span, name=span.text, feature_class=feat, precision="point")))
            continue
        add.append((s, replace(host, span=span, name=span.text, geonameid=None, feature_class=feat,
                               confidence=round(host.confidence * factor, 3))))
    if not add:
        return places
    merged = [(places[k].span.start, places[k], trace[k] if trace is not None else None) for k in keep]
    merged += [(s, p, None) for s, p in add]
    merged.sort(key=lambda t: t[0])
    if trace is not None:
        trace[:] = [t for _s, _p, t in merged]
    return [p for _s, p, _t in merged]
