"""One actor is never on both sides of one event: of two readings that name the same actor as doer and as the one
acted on, the one read nearer the trigger stays and the other is left blank.

"Pakistani troops and Afghan border forces exchanged fire, killing two Pakistani soldiers and three Afghan guards"
can read Pakistan's military as actor1 (the subject) and again as actor2 (the first victim named); "the threats of
the president drew a reply from the government, accusing the president" reads the president as accuser (the
possessor, far before the trigger) and as the accused (its object). Both sides at once is a contradiction: at most
one of the two readings is right, and the nearer is the more likely one (a subject or object of the trigger, where
the other came from a list of victims, a possessor or a later sentence). Blank beats the wrong side.
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import ActorRef

__all__ = ["one_side_each"]


def one_side_each(actor1: Optional[ActorRef], actor2: Optional[ActorRef],
                  trigger_at: int) -> tuple[Optional[ActorRef], Optional[ActorRef]]:
    """``(actor1, actor2)`` with the farther of the two (from the trigger's character offset ``trigger_at``) dropped
    when both name the same actor; a reading with no evidence span is the farther one."""
    if actor1 is None or actor2 is None or actor1.entity_id != actor2.entity_id:
        return actor1, actor2

    def distance(ref: ActorRef) -> float:
        return float("inf") if ref.span is None else abs(ref.span.start - trigger_at)

    return (actor1, None) if distance(actor1) <= distance(actor2) else (None, actor2)
