"""Decides that the trigger sits in the subject of a death verb (:func:`death_over`: "A woman who was shot during an
attack on a party died in hospital on Monday", "A soldier wounded when militants attacked a convoy died on
Wednesday", "A third victim of the attack succumbed on Sunday"): the death's day is not the deed's. The deed keeps
only a time told inside the subject ("who was shot on Thursday"); else it is left undated here, and the report's
incident day, when the report tells one, fills it (events/incident_date). Tests: tests/test_dates31.py.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.date.report_day import usable_time
from sitrep.model import TimeExpr

DEATH_LEMMAS = frozenset({"die", "succumb"})  # a later death of the hurt ("died in hospital", "succumbed to wounds")


def death_over(tok) -> Optional[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """For a trigger inside the subject of a death verb, not the verb itself: the first token of the subject and
    the verb's; None otherwise (the trigger's own clause, an object, or a clause after the verb: "died when gunmen
    opened fire")."""
    cur = tok
    for _ in range(8):
        head = cur.head
        if head is cur:
            return None
        if cur is not tok and cur.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in DEATH_LEMMAS \
                and head.pos_ in ("VERB", "AUX"):
            return min(x.i for x in cur.subtree), head.i
        cur = head
    return None


def death_time(ts: list[int], dying: Optional[tuple[int, int]]) -> bool:
    """The time of tokens ``ts`` is the death's, not the deed's: the trigger sits in a death verb's subject
    (``dying``: its first token, the verb's) and the time is told outside the words from the subject to the verb
    (the parse may hang "who was shot by gunmen on Thursday succumbed" 's Thursday on the death verb)."""
    return dying is not None and bool(ts) and not dying[0] <= ts[0] < dying[1]


def subject_day(dying: tuple[int, int], kept: list, trig_i: int) -> Optional[TimeExpr]:  # type: ignore[type-arg]
    """The day told inside the death verb's subject, after the trigger: "A lawyer who was shot by gunmen on
    Thursday succumbed on Saturday" (the parse hangs the Thursday on the death verb, so no link of the shooting
    holds it and the sorting sets it aside as a later verb's). The nearest resolved usable time from the trigger
    to the death verb; None when the subject tells none."""
    inside = [t for t, ts in kept if ts and trig_i < ts[0] < dying[1] and dying[0] <= ts[0] and usable_time(t)
              and t.start is not None]
    return min(inside, key=lambda t: t.span.start) if inside else None
