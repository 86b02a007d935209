"""A clash told again from the other side: "soldiers and ELN rebels fought near the town" ... "the rebels opened
fire on the patrol and hurled charges at the troops".

An armed clash has two sides and no victim: a retelling may name them in the other order (the second telling's doer
is the first telling's named side, its target the first's doer). Two armed-clash mentions whose sides are the same
pair, swapped, with every side they both name agreeing, tell one fight; the other tests of one incident (day, place,
told together) still apply (``events/merge.same_incident``). One of the two must be told by a word of a fight
with no direction ("fought", "battled", "clashed": cue ``symmetric_fight_stems``), whose order of sides says
nothing: "six soldiers shot dead in an ambush" then "militants ambushed their patrol" are both told one way, and a
side misread in one of them is no swap."""
from __future__ import annotations

from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.model import ActorRef, EventMention

_CLASH = "Armed clash"


def _agree(x: Optional[ActorRef], y: Optional[ActorRef]) -> Optional[bool]:
    """True where both sides are named and the same, False where both are named and differ, None where one is not
    named."""
    from sitrep.events.merge_tellings import same_actor

    if x is None or y is None:
        return None
    return bool(same_actor(x, y))


def _undirected(m: EventMention) -> bool:
    """``m`` is told by a word of a fight with no direction ("fought", "clashed")."""
    word = m.trigger.text.lower() if m.trigger is not None else ""
    return any(word.startswith(s) for s in sense_cue("symmetric_fight_stems"))


def sides_swapped(a: EventMention, b: EventMention) -> bool:
    """``b`` tells ``a``'s armed clash with its sides named in the other order (module docstring)."""
    if a.sub_event_type != _CLASH or b.sub_event_type != _CLASH or not (_undirected(a) or _undirected(b)):
        return False
    one, two = _agree(a.actor1, b.actor2), _agree(a.actor2, b.actor1)
    return (one is True or two is True) and one is not False and two is not False
