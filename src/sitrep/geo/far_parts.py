"""A name the text tells as a part of the story's town is no namesake far from every town of the story.

"in the Rivera Hernández neighbourhood" under "SAN PEDRO SULA" is no department of Uruguay (the recogniser cut the
name short at "Rivera"), and "the attackers came from the nearby Brooklyn area" under "PORT-AU-PRINCE" is not New
York. Run by :func:`sitrep.geo.resolve.resolve` after :func:`sitrep.geo.story_rules.neighborhoods_in_city`, which
handles a whole name right before "neighbourhood" resolved as a town. One decision: whether such a part's chosen entry
lies more than ``FAR_KM`` from every confident town of the article; it then keeps no point (blank beats wrong: the
events' place module gives an unplaced part of a one-city story that city's point). The parts: a name that one or two
more capitalised words and "neighbourhood" follow ("the X Y neighbourhood": the name is longer than the mention), a
name right before "neighbourhood" resolved as a province or region (which ``neighborhoods_in_city`` leaves alone),
and "the nearby X area / neighbourhood / district" resolved in another country than every town of the story
("fighters from the nearby Zaria area" under "KANO" may be told loosely). Not "the X area" nor "the X district of Y" alone: "fighting in
the Gao area" under "BAMAKO" and "the Faskari area of Katsina" are far from the dateline and right.
"""
from __future__ import annotations

import re

from sitrep.geo.candidate_scoring import Scored
from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import precision_of

FAR_KM = 100.0  # a part of a town lies within this distance of it

_HOOD = r"neighbou?rhoods?\b"
_LONGER_NAME = re.compile(r"^(?:\s+[A-ZÀ-Ý][\w’'-]+){1,2}\s+" + _HOOD)
_RIGHT_BEFORE = re.compile(r"^\s+" + _HOOD)
_NEARBY = re.compile(r"\bnearby\s+$", re.I)
_NEARBY_PART = re.compile(r"^\s+(?:area|" + _HOOD + r"|district)\b", re.I)


def _told_as_part(sc: Scored, text: str) -> str:
    """"name" where the text tells the mention as a neighbourhood's name, "nearby" for "the nearby X area", else ""."""
    after = text[sc.cand.end:sc.cand.end + 60]
    if _LONGER_NAME.match(after):
        return "name"
    if _RIGHT_BEFORE.match(after) and precision_of(sc.entries[sc.best]) not in ("town", "district", "point"):
        return "name"
    if _NEARBY_PART.match(after) and _NEARBY.search(text[max(0, sc.cand.start - 10):sc.cand.start]):
        return "nearby"
    return ""


def far_parts_no_point(scored: list[Scored], text: str, threshold: float) -> None:
    """See the module's doc."""
    if "neighbo" not in text and "nearby" not in text:
        return
    told = {id(sc): _told_as_part(sc, text) for sc in scored
            if not sc.cand.blank and sc.city is None and sc.confidence > 0.0}
    parts = [sc for sc in scored if told.get(id(sc))]
    if not parts:
        return
    towns = [sc.entries[sc.best] for sc in scored if not told.get(id(sc)) and not sc.cand.blank
             and sc.confidence >= threshold and precision_of(sc.entries[sc.best]) == "town"]
    if not towns:
        return
    for sc in parts:
        e = sc.entries[sc.best]
        if told[id(sc)] == "nearby" and any(t.country == e.country for t in towns):
            continue  # "fighters from the nearby Zaria area" under KANO: a town of the same country, told loosely
        if all(haversine_km(e.lat, e.lon, t.lat, t.lon) > FAR_KM for t in towns):
            sc.confidence = 0.0
