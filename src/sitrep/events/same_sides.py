"""One actor on both sides of an event (issue 16).

An event's target is someone other than its doer: "The army personnel killed six subversives" read the army's own
men as the target too, and "Police ... fired at demonstrators ... after protesters attacked a police station" gave
the police both sides. Where actor2 names the same actor as actor1, actor2 is a misreading and is blanked (blank
beats wrong), unless the event's own sentences tell a fight inside one group ("rival factions of X clashed",
"infighting among X"), which ACLED codes with one name on both sides.
"""
from __future__ import annotations

import re

from sitrep.model import EventMention

__all__ = ["drop_same_sides", "same_actor"]

# words that tell a fight inside one group: ACLED's intra-group clashes (two factions, a split, a mutiny)
_INTERNAL = re.compile(r"\b(?:factions?|rival|infighting|in-fighting|internal|among themselves|splinter|breakaway|"
                       r"mutin\w*|dissidents?|split|each other|one another)\b", re.I)


def same_actor(m: EventMention) -> bool:
    """Whether the event's actor2 names the same actor (same dictionary id) as its actor1."""
    a1, a2 = m.actor1, m.actor2
    return a1 is not None and a2 is not None and a1.entity_id == a2.entity_id


def _internal(m: EventMention) -> bool:
    return any(_INTERNAL.search(sp.text) for sp in [m.sentence, *m.evidence] if sp is not None)


def drop_same_sides(out: list[EventMention]) -> None:
    """Blank actor2 where it names actor1's actor and the event's sentences tell no fight inside one group."""
    for m in out:
        if same_actor(m) and not _internal(m):
            m.actor2 = None
