"""The road an event's sentence names by its two ends ("on the road linking Bandiagara and Bankass", "the highway
between Culiacán and Navolato", "the Kumasi-Accra road"): when nothing finer places the event, it happened on that
road, so near its first end, not at a dateline or capital far from both (issue 14, places38).

Only a short road is read so: its two ends resolved and within ``ROAD_KM`` of each other; a long one ("the
Kayes-Bamako highway", 500 km) says too little of where along it the deed was, and leaves the event to the usual
fallbacks."""
from __future__ import annotations

from typing import Any, Optional

from sitrep.geo.resolve import haversine_km
from sitrep.model import Place

ROAD_KM = 150.0  # the longest road whose first end stands for where along it a deed happened
ROAD_WORDS = frozenset({"highway", "road", "motorway", "route", "corridor"})  # nouns of a road (events/place too)
LINK_VERBS = frozenset({"link", "connect", "join"})


def _road_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in ROAD_WORDS


def linked_end(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` (a place name's last token) is an end of a road a verb of joining or "between" names: "the road
    linking X and Y", "a highway that connects X to Y", "the road between X and Y" (through "and" for the second)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("to", "with") and head.head.lemma_.lower() in LINK_VERBS:
        head = head.head  # "connecting X to Y": Y hangs on "to"
    elif tok.dep_ == "pobj" and head.lower_ == "between":
        return _road_noun(head.head)
    if head.lemma_.lower() not in LINK_VERBS or tok.dep_ not in ("dobj", "pobj"):
        return False
    return head.dep_ in ("acl", "relcl") and _road_noun(head.head)


def road_first_end(doc, mentions: list[tuple[Place, list[int]]], hyphen_end) -> Optional[Place]:  # type: ignore[no-untyped-def]
    """The first end of a short road named by two towns among ``mentions`` (a sentence's place mentions, in text
    order): both ends resolved towns within ``ROAD_KM`` of each other; None otherwise. ``hyphen_end`` tells the
    "X-Y road" form (events/place.road_end)."""
    ends = [p for p, ts in mentions if ts and p.precision in ("town", "point") and p.lat is not None
            and (linked_end(doc[ts[-1]]) or hyphen_end(doc, ts))]
    if len(ends) < 2:
        return None
    a, b = ends[0], ends[1]
    if (a.geonameid or a.name) == (b.geonameid or b.name) or a.country != b.country:
        return None
    return a if haversine_km(a.lat, a.lon, b.lat, b.lon) <= ROAD_KM else None


def sentence_mentions(tok_of_place: Any, sent_idx: set[int], usable) -> list[tuple[Place, list[int]]]:  # type: ignore[no-untyped-def]
    """The sentence's place mentions that ``usable`` keeps, in text order."""
    return sorted(((p, ts) for p, ts in tok_of_place if ts and ts[0] in sent_idx and usable(p)),
                  key=lambda x: x[1][0])
