"""Decides a "since" time: the start of a period, not a deed's day (:func:`since_time`), unless the day is a
deed's ("missing since Monday's attack": :func:`since_deed_day`, :func:`deed_day`).
"""
from __future__ import annotations

from dataclasses import replace

from sitrep.model import TimeExpr


def since_time(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """ "since Tuesday": the start of a period, not the day of an event."""
    first = doc[ts[0]]
    return first.head.lemma_.lower() == "since" or (first.i > 0 and doc[first.i - 1].lower_ == "since")


def since_deed_day(doc, ts: list[int], trig) -> bool:  # type: ignore[no-untyped-def]
    """ "missing since Monday's attack", "patrols have doubled since Sunday's clashes": the day is the possessive
    of the deed (the trigger) after "since", so it is that deed's day (one day, never the period from it to now)."""
    return since_time(doc, ts) and any(doc[i].dep_ == "poss" and doc[i].head.i == trig.i for i in ts)


def deed_day(t: TimeExpr) -> TimeExpr:
    """The day a "since" period starts on, as one day (:func:`since_deed_day`)."""
    return replace(t, end=t.start)
