"""The order of the stages of :func:`assign_actors`: actor1, actor2 and the associates of an event from
the role tokens of its clause (the actors' entry, read by events/extract).

Decides nothing of its own but the order (and that an intercepted weapon's launcher is its state's forces): the
doer's phrase split into sides and named (``doer_named``), a doer told before (``doer_told_before``), the target
(``target_actor``), one side each and no victim's state as doer (``one_side_each``), an armed doer and its confidence
(``armed_doer``). Keep the order when adding a stage.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.interception_sides import interception_sides
from sitrep.events.nominal import Roles
from sitrep.events.ontology import Ontology
from sitrep.events.participants.actor_clause import ActorClause
from sitrep.events.participants.armed_doer import _armed_doer, _confident_doer
from sitrep.events.participants.doer_named import _named_doer, _split_agents
from sitrep.events.participants.doer_told_before import _doer_elsewhere, _forces_of, _group_told_before, _pronoun_doer
from sitrep.events.participants.one_side_each import _doer_not_the_victims, _one_side_each
from sitrep.events.participants.state_forces import armed_branch
from sitrep.events.participants.target_actor import _target_actor
from sitrep.events.roles import ActorFinder
from sitrep.events.triggers import Group, Trigger
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, Analysis, EventMention


def assign_actors(g: Group, primary: Trigger, roles: Roles, finder: ActorFinder, analysis: Analysis,  # type: ignore[no-untyped-def]
                  onto: Ontology, prev: list[EventMention], sent, aid: str) -> tuple[Optional[ActorRef], Optional[ActorRef], list[ActorRef]]:
    """actor1, actor2 and the associates of an event from the role tokens of its clause.

    The stages below decide, in order: the doer's phrase split into sides, the doer named (or not) by that phrase,
    the doer a pronoun or "its/these forces" stands for, a doer told elsewhere, the target, one side each, an
    attacker who is no civilian, and the doer's confidence."""
    cx = ActorClause(g, primary, roles, finder, analysis, onto, prev, sent, aid)
    actor1, actor2, associates = _split_agents(cx)
    actor1 = _named_doer(cx, actor1, associates)
    actor1 = _pronoun_doer(cx, actor1)
    actor1 = _forces_of(cx, actor1)
    actor1 = _group_told_before(cx, actor1, associates)
    actor1 = _doer_elsewhere(cx, actor1)
    actor2 = _target_actor(cx, actor1, actor2)
    actor1, actor2 = _one_side_each(cx, actor1, actor2, associates)
    actor1 = _doer_not_the_victims(cx, actor1, actor2)
    if primary.tdef.code == "sd.disrupted" and primary.tok.pos_ == "VERB":
        actor1, launched = interception_sides(primary.tok, finder, actor1, actor2)  # "60 drones were shot down"
        if actor2 is None:  # the side that launched them: a state that fires weapons is its forces
            actor2 = armed_branch(launched, "Explosions/Remote violence", None)
    if primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        actor1 = _armed_doer(cx, actor1)
    return _confident_doer(cx, actor1), actor2, associates
