"""Which actor mention names a phrase, for the event layer's agents (:func:`actor_for_span`)."""
from __future__ import annotations

from typing import Optional, Sequence

from sitrep.model import Mention


def actor_for_span(mentions: Sequence[Mention], start: int, end: int,
                   head: Optional[int] = None) -> Optional[Mention]:
    """The actor mention that names the phrase ``[start, end)`` (for the event layer's agents).

    The mention holding the character ``head`` (the syntactic head of the phrase) wins; else the
    last mention with an actor id inside the phrase. ``None`` when the phrase names no actor.
    """
    inside = [m for m in mentions if m.entity_id and m.span.start >= start and m.span.end <= end]
    if head is not None:
        for m in inside:
            if m.span.start <= head < m.span.end:
                return m
    return inside[-1] if inside else None
