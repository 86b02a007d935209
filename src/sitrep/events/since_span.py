"""A fight still going on since a day: "Fighting ... has gone on since Friday", "clashes have continued since
Sunday", "troops have been fighting the rebels since Tuesday night". The "since" period (the day to the report's
day) is the event's own span, not only the start of a period (``events/date.since_time``), when the event is the
subject of a verb of going on, or the trigger is itself a verb in the perfect progressive. Counts over a period
("five people have been killed since Friday") and deeds that made a state ("missing since Monday") stay as they
were: their "since" dates no deed."""
from __future__ import annotations

CONTINUE_LEMMAS = frozenset({"continue", "rage", "persist", "last", "drag", "go"})
PARTICLE_OF = {"go": "on", "drag": "on"}  # "has gone on", "has dragged on"; a bare "go" is no going on


def _since_verb(doc, ts: list[int]):  # type: ignore[no-untyped-def]
    """The verb a "since" phrase hangs from ("gone" in "has gone on since Friday"), or None."""
    first = doc[ts[0]]
    prep = first.head if first.head.lemma_.lower() == "since" else doc[first.i - 1] if first.i > 0 else None
    if prep is None or prep.lower_ != "since":
        return None
    v = prep.head
    return v if v.pos_ in ("VERB", "AUX") else None


def _going_on(v) -> bool:  # type: ignore[no-untyped-def]
    lem = v.lemma_.lower()
    if lem not in CONTINUE_LEMMAS:
        return False
    part = PARTICLE_OF.get(lem)
    return part is None or any(c.dep_ == "prt" and c.lower_ == part for c in v.children)


def _perfect_progressive(v) -> bool:  # type: ignore[no-untyped-def]
    """"have been fighting": a perfect progressive, a deed still under way."""
    return v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in v.children)


def continuing_since(doc, ts: list[int], trig) -> bool:  # type: ignore[no-untyped-def]
    """The "since" expression at ``ts`` spans the event of ``trig``: the trigger is the subject of a verb of going
    on that the "since" phrase hangs from, or that verb itself in the perfect progressive."""
    v = _since_verb(doc, ts)
    if v is None:
        return False
    if v.i == trig.i:
        return _perfect_progressive(v)
    # the trigger heads the subject or lies inside it ("Fighting between troops and militants around the town has
    # gone on": a parse may hang "Fighting" under a noun of its own phrase)
    return _going_on(v) and any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= trig.i <= c.right_edge.i
                                for c in v.children)
