"""One building named in several reports of a story: placed where any of them puts it.

A report that names a building without its town ("the riot at Palmasola prison") leaves it with no point, or with
a far namesake's (the gazetteer's only Palmasola is a Venezuelan hamlet), while another report of the same story puts
the building in a town ("Palmasola prison in Santa Cruz": geo/facility.py places it there). Left so, the two
reports' counts of one riot sit at a placed town and at an unplaced name, which the story total tells apart and
adds. Here an event mention placed at no point, whose place is that building's name (or the name it opens with,
"Palmasola" of "Palmasola prison", the rest lower-case words), takes the building's place from the story, when the
story's reports put every building of that name at one point (within ``ONE_PLACE_KM``); never when they put it in
two towns (two prisons of one name), and never a mention the geoparser placed at a point of its own.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from sitrep.model import EventMention, Place
from sitrep.textnorm import fold_name

ONE_PLACE_KM = 25.0  # the story merge's distance for one place


def _is_building(p: Place) -> bool:
    """A facility placed at its town by geo/facility.py: a building or street with a point and no gazetteer id."""
    return p.lat is not None and p.lon is not None and not p.geonameid and (p.feature_class or "")[:2] in ("S.", "R.")


def opening_name(p: Place) -> Optional[str]:
    """The capitalised name a building's name opens with, its head word and other lower-case words after it
    dropped ("Palmasola" of "Palmasola prison", "Kalma" of "the Kalma displacement camp"); None for a name of
    capitalised words only ("St Mary's Hospital") or a place that is no building."""
    if not _is_building(p):
        return None
    words = p.name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    k = len(words)
    while k > 1 and words[k - 1].islower():
        k -= 1
    return " ".join(words[:k]) if 0 < k < len(words) else None


def _names(p: Place) -> list[str]:
    """The folded building name, and the name it opens with (:func:`opening_name`)."""
    opening = opening_name(p)
    return [fold_name(p.name.removeprefix("the ").removeprefix("The "))] + ([fold_name(opening)] if opening else [])


def _buildings(mentions: list[EventMention]) -> dict[str, Optional[Place]]:
    """Folded name -> the one place the story puts a building of that name at (None: two places far apart)."""
    from sitrep.stories.merge import haversine_km

    out: dict[str, Optional[Place]] = {}
    for m in mentions:
        p = m.place
        if p is None or not _is_building(p):
            continue
        for key in _names(p):
            if key not in out:
                out[key] = p
            elif (q := out[key]) is not None and haversine_km(p.lat, p.lon, q.lat, q.lon) > ONE_PLACE_KM:  # type: ignore[arg-type]
                out[key] = None
    return out


def place_named_buildings(mentions: list[EventMention]) -> list[EventMention]:
    """``mentions`` with those placed at an unplaced building's name given the place the story puts it at (a new
    mention; the others are the same objects)."""
    unplaced = [m for m in mentions if m.place is not None and m.place.lat is None and m.place.name]
    if not unplaced:
        return mentions
    buildings = _buildings(mentions)
    if not buildings:
        return mentions
    out = []
    for m in mentions:
        p = m.place
        at = buildings.get(fold_name(p.name.removeprefix("the ").removeprefix("The "))) \
            if p is not None and p.lat is None and p.name else None
        out.append(m if at is None else replace(m, place=replace(at, span=p.span)))  # type: ignore[union-attr]
    return out
