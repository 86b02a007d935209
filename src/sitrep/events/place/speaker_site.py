"""Where a reaction was voiced ("The presidency in Abuja condemned the killings", "In Lahore, rights groups demanded
..."): a statement, a demand or a threat placed only by its speaker's phrase, at a place where none of the acts told
before it happened, is left without a place. It did happen there, but on the record's map it would put a dot on a
capital that nothing happened in; blank beats wrong. A local appeal ("Gardaí at Ennis are appealing for witnesses"
after a crash near Ennis) keeps the place, which is the act's own."""
from __future__ import annotations

from typing import Optional

from sitrep.geo.distance import haversine_km
from sitrep.model import Place

NEAR_ACT_KM = 30.0  # the reaction's place counts as the act's within this distance (geo_events' radius)


def speaker_site(place: Optional[Place], primary, tok_of_place, prev) -> bool:  # type: ignore[no-untyped-def]
    """True when ``place`` places the own-place-only event ``primary`` (a condemnation, demand, threat) only as
    where its speaker is (inside the trigger's subject, or a phrase opening the sentence before that subject) and no
    act told before it (an event with a sub-event type) lies within :data:`NEAR_ACT_KM` of it, nor another place its own
    sentence names (the act told in the same breath: "two days after the strike in nearby X")."""
    if place is None or place.lat is None or not primary.tdef.own_place_only:
        return False
    ts = next((q for p, q in tok_of_place if p is place), None) or \
        next((q for p, q in tok_of_place if q and p.span.start == place.span.start), None)
    if not ts:
        return False
    trig = primary.tok
    verb = trig.head if trig.dep_ == "conj" and trig.head.pos_ in ("VERB", "AUX") else trig
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return False
    doc = trig.doc
    first, last = doc[ts[0]], doc[ts[-1]]
    in_subject = any(c.left_edge.i <= first.i and last.i <= c.right_edge.i for c in subj)
    prep = last.head
    fronted = last.dep_ == "pobj" and prep.dep_ == "prep" and prep.i == prep.sent.start and prep.head.i == verb.i \
        and all(prep.i < c.left_edge.i for c in subj)
    if not (in_subject or fronted):
        return False
    sent = trig.sent
    if any(p is not place and q and sent.start <= q[0] < sent.end and p.lat is not None and p.span.start != place.span.start
           and haversine_km(p.lat, p.lon, place.lat, place.lon) <= NEAR_ACT_KM for p, q in tok_of_place):
        return False  # "Officials in Sloviansk urged residents to leave, after the strike in nearby Kramatorsk": near
    return not any(e.place is not None and e.place.lat is not None and e.sub_event_type is not None
                   and haversine_km(e.place.lat, e.place.lon, place.lat, place.lon) <= NEAR_ACT_KM for e in prev)
