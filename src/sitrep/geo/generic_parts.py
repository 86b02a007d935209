"""A city's part named by its compass point ("North End", "West Side", "East End") is a name many cities give a part
of theirs: the gazetteer's few towns of the name (a New Brunswick village North End, Boston's North End) are
seldom the one a story means ("a North End home" in a Winnipeg report). Such a name keeps the point the resolver
gave it only where that point lies within ``NEIGHBORHOOD_KM`` of another confident town of the article (the story's
own city: "Boston's North End" next to Boston); else it is left blank (blank beats wrong), and
:func:`sitrep.geo.parts.add_city_parts`, which runs after, may still place it at the city the text puts it in
("the city's North End", "Dunmore's West End"). No gazetteer query; the compass words are data/geo_blank_words.tsv's,
the part words data/geo_city_parts.tsv's of kind "end"."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.geo.parts import NEIGHBORHOOD_KM, city_part_words, confident_towns, place_km
from sitrep.model import Place


def _generic(name: str) -> bool:
    """The name is compass words (an optional "Near"/"Far"/"Lower"/"Upper" before them) and one part word."""
    from sitrep.geo.recognize import blank_words

    compass = blank_words().get("compass", frozenset())
    words = [w for w in re.split(r"[\s‑-]+", name.lower()) if w]
    if words and words[0] in ("near", "far", "lower", "upper"):
        words = words[1:]
    return len(words) >= 2 and words[-1] in city_part_words(("end",)) and all(w in compass for w in words[:-1])


def blank_far_generic_parts(places: list[Place], threshold: float, trace: Optional[list] = None) -> list[Place]:
    """``places`` with each compass-named city part placed as a town or province ("West End", a unit of Anguilla)
    left blank unless another confident town of the article lies within ``NEIGHBORHOOD_KM`` of it (``trace`` stays
    aligned: no place is added or removed)."""
    towns = confident_towns(places, threshold)
    out = list(places)
    for k, p in enumerate(places):
        if p.lat is None or p.precision not in ("town", "province") or p.mention != "name" or not _generic(p.span.text):
            continue
        if any(j != k and not _generic(places[j].span.text) and place_km(places[j], p) <= NEIGHBORHOOD_KM for j in towns):
            continue  # the story's own city lies next to it: "Boston's North End"
        out[k] = Place(span=p.span, name=p.span.text, precision=p.precision, confidence=0.0, mention=p.mention)
    return out
