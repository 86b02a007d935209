"""Whose force a group leader's name tells: "Hemedti's fighters shelled ...", "Fighters under the command of Ivan
Mordisco detonated ...", "Makenga shelled ...". ACLED codes the force, not its commander: when a violent deed's doer
is the leader of an armed group (a ``HEAD`` person of the actor dictionary whose parent is a non-state group), or
unnamed armed men whose commander is that leader (events/commanders reads him as an associate), the doer is the
group; the leader stays an associate. Heads of state are not read here (their forces are the state's, which
events/leader_led reads from "a Putin regime attack")."""
from __future__ import annotations

from typing import Optional

from sitrep.events.commanders import ARMED_MEN, men_lemma
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention

# dictionary types of a group a leader's men are (the state's forces are read elsewhere)
_GROUP_TYPES = frozenset({"rebel", "militia", "political_militia", "communal_militia", "identity_militia"})


def _entry(actor_id: str) -> dict:  # type: ignore[type-arg]
    try:
        from sitrep.nlp.actor_lexicon import get_resolver

        return get_resolver().get(actor_id) or {}
    except Exception:  # an id the dictionary does not hold ("x:", "unk:")
        return {}


def led_group(actor_id: str) -> Optional[tuple[str, str]]:
    """``(id, name)`` of the armed group whose leader ``actor_id`` is, or None."""
    d = _entry(actor_id)
    if d.get("type") != "person" or d.get("role") != "HEAD" or not d.get("parent"):
        return None
    g = _entry(d["parent"])
    return (d["parent"], g.get("name") or d["parent"]) if g.get("type") in _GROUP_TYPES else None


def _armed_men(ref: ActorRef) -> bool:
    """An unlisted phrase of armed men ("Fighters", "his men"): its last word is a noun of armed men."""
    if not ref.entity_id.startswith(("x:", "unk:")) or not ref.name:
        return False
    last = ref.name.split()[-1].lower()
    return last in ARMED_MEN or last.rstrip("s") in ARMED_MEN or (last.endswith("men") and last[:-3] + "man" in ARMED_MEN)


def credit_leader_forces(events: list[EventMention]) -> None:
    """A violent deed done by a group's leader, or by men he commands, is the group's (changed in place)."""
    for e in events:
        a1 = e.actor1
        if e.event_type not in VIOLENT_EVENT_TYPES or a1 is None:
            continue
        group = led_group(a1.entity_id)
        leader = a1 if group else None
        if group is None and _armed_men(a1):
            leader = next((a for a in e.associates if led_group(a.entity_id)), None)
            group = led_group(leader.entity_id) if leader is not None else None
        if group is None or leader is None:
            continue
        e.actor1 = ActorRef(group[0], group[1], a1.span, a1.role, a1.confidence)
        if not any(a.entity_id == leader.entity_id for a in e.associates):
            e.associates = [*e.associates, ActorRef(leader.entity_id, leader.name, leader.span, "associate")]
