"""A deed told first in passing, by a rough time alone, and then in full on its day is one incident (issue 11).

"a vigil ... for a radio broadcaster who was shot dead last week" and, two paragraphs on, "X was shot by two men on
a motorcycle ... on May 8": the first telling names no doer and no victim (its
one dead is the broadcaster it describes), only a week (or a month) that
holds the later telling's day. Kept apart, the killing would be counted twice, once in the week and once on its
day. The mirror of ``merge_together._bare_retelling`` (a later telling with nothing of its own): here the earlier one has
nothing of its own but a coarser time, which the later one's day falls in.
"""
from __future__ import annotations

from sitrep.model import EventMention

__all__ = ["vague_first_telling", "day_within", "blast_day_within"]

_ROUGH = frozenset({"week", "month"})


def vague_first_telling(a: EventMention, b: EventMention) -> bool:
    """``a`` (earlier) is a bare telling of ``b``'s deed: the same sub-type, no doer and no victim named, no count that
    differs from ``b``'s, dated only to a week or a month that holds ``b``'s day (module docstring)."""
    if a.sub_event_type != b.sub_event_type or a.actor1 is not None or a.actor2 is not None:
        return False
    fa, fb = a.fatalities, b.fatalities
    if fa is not None and fb is not None and (fa.low, fa.high) != (fb.low, fb.high):
        return False  # a count of its own that differs: another deed
    return day_within(a, b)


def day_within(a: EventMention, b: EventMention) -> bool:
    """``a`` is dated only to a week or a month, and ``b``'s day falls in it: the day the incident told by both took
    place (merged, the incident takes ``b``'s day)."""
    if a.date_precision not in _ROUGH or b.date_precision != "day":
        return False
    if None in (a.date_start, a.date_end, b.date_start):
        return False
    return a.date_start <= b.date_start <= a.date_end  # type: ignore[operator]


def blast_day_within(a: EventMention, b: EventMention) -> bool:
    """``a`` is a bombing dated only to a week or a month and ``b``, another telling of it (the two already found one
    incident), dates it to a day in that span: "named the suicide bomber who killed six policemen ... last week" and
    "He detonated his vest on Wednesday morning". A bomb goes off once, so the day is the deed's, even where the
    first telling names its doer and victims (a run of clashes "this week" may keep its week: only explosions)
    (issue 16, branch terror7: terror_reports6 z12, terror_reports7 y14)."""
    return a.event_type == "Explosions/Remote violence" and a.sub_event_type == b.sub_event_type and day_within(a, b)
