"""Who takes a place over when it is handed over (issue 11, ACLED sub-types: non-violent transfer of territory).

"UN peacekeepers handed over their camp in X to the Malian army", "the rebels ceded the town to the militia": ACLED
codes a non-violent transfer of territory with the side that takes the place over as actor1 and the side that leaves
it as actor2. The role reader takes the subject of "handed over" as the doer, so the side that gave the place away
stood as actor1 and the side that took it was lost.

:func:`handover_sides` turns the sides of such a transfer told by a verb of giving (cue ``handover_verbs``: "hand
over", "transfer", "cede", "turn over", "give", "return") with a "to" phrase whose noun names an actor: that actor
is actor1, the giver actor2. A transfer told otherwise ("the army took over the camp", "withdrew from the town")
keeps its sides, unless a verb of giving is conjoined to it ("pulled out of their camp and handed it to the
militia": the militia takes it over); so does one whose "to" phrase names no actor ("handed the keys to a caretaker"), where blank beats
wrong.
"""
from __future__ import annotations

from typing import Callable, Optional

from sitrep.events.cues import sense_cue
from sitrep.model import ActorRef

__all__ = ["handover_sides"]

_TRANSFER = "Non-violent transfer of territory"


def _giving(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok.pos_ == "VERB" and tok.lemma_.lower() in sense_cue("handover_verbs")


def _giving_verb(trig):  # type: ignore[no-untyped-def]
    """The verb of giving that tells the transfer: the trigger, or a verb conjoined to it ("pulled out of their
    camp ... and handed it to the militia": the withdrawal's own "to" is the handover's)."""
    if _giving(trig):
        return trig
    return next((c for c in trig.children if c.dep_ == "conj" and _giving(c)), None)


def _recipient(trig):  # type: ignore[no-untyped-def]
    """The noun of the "to" phrase of a verb of giving (on the verb, or on its particle "over"), the trigger or a
    verb conjoined to it."""
    trig = _giving_verb(trig)
    if trig is None:
        return None
    for c in trig.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def handover_sides(trig, sub_event_type: Optional[str], actor1: Optional[ActorRef], actor2: Optional[ActorRef],  # type: ignore[no-untyped-def]
                   actor_of: Callable) -> tuple[Optional[ActorRef], Optional[ActorRef]]:
    """(actor1, actor2) of the event told by ``trig``: for a transfer handed over "to" an actor, that actor and the
    giver; else the sides as they were. ``actor_of`` resolves a token to an actor (``ActorFinder.actor``)."""
    if sub_event_type != _TRANSFER:
        return actor1, actor2
    obj = _recipient(trig)
    if obj is None:
        return actor1, actor2
    taker = actor_of(obj, role="primary")
    if taker is None or (actor1 is not None and taker.name == actor1.name):
        return actor1, actor2
    return taker, actor1
