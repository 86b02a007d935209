"""Who fired and who was fired on when a report says "X came under fire (from Y)" or "X came under attack by Y"
(issue 16, attacker recall).

The subject of "come under fire" is what was shot at, never the shooter ("an army patrol came under fire from
gunmen": the patrol was fired on, the gunmen fired); the "from" phrase, on the verb or on "fire", names the
shooters (the actor layer reads a weapon's owner, "from Russian jets", and names no one for a bare weapon, "from
mortars"). The sense check itself (shots, not criticism) is :func:`sitrep.events.attack_phrases.under_fire`.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.deps import child, pobj
from sitrep.events.roles import lemma

__all__ = ["under_attack_roles", "under_fire_roles"]


def _fire_token(trigger):  # type: ignore[no-untyped-def]
    """The "fire" of a "come +under +fire" trigger (its dependent words, else the verb's "under" phrase)."""
    for d in trigger.dep_toks:
        if d.lower_ == "fire" or lemma(d) == "fire":
            return d
    return pobj(trigger.tok, "under")


def under_fire_roles(trigger) -> Optional[tuple]:  # type: ignore[no-untyped-def]
    """(shooter, target) tokens of a "come under fire" trigger, either None where not told; None when the trigger is
    no "come under fire". The shooter is the "from" phrase, the target the verb's subject."""
    v = trigger.tok
    if v.lemma_.lower() != "come" or "fire" not in trigger.pattern.deps:
        return None
    fire = _fire_token(trigger)
    source = pobj(v, "from") or (pobj(fire, "from") if fire is not None else None)
    return source, child(v, "nsubj")


def under_attack_roles(noun, v):  # type: ignore[no-untyped-def]
    """(attacker, target) tokens of "X came under attack by Y" for noun trigger ``noun`` ("attack", "assault"), the
    object of "under" on verb ``v`` ("come"): the parser hangs the "by" phrase on the verb as often as on the noun
    ("A navy base came under attack by the Arakan Army on Monday"); the target is the verb's subject. None when the
    trigger is no such phrase or no "by" phrase names the attacker ("the post came under attack": left as read)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or noun.head.head.i != v.i or v.lemma_.lower() != "come":
        return None
    source = pobj(noun, "by") or pobj(v, "by")
    return (source, child(v, "nsubj")) if source is not None else None
