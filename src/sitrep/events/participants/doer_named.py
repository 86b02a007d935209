"""The doer as its phrase names it: the sides coordinated in the phrase (associates, or actor2 of a
symmetric event: :func:`_split_agents`), the name a group gives itself, no state's army for a self-styled one, and a
place as doer only through the apposition that acts (:func:`_named_doer`).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.nominal import self_name
from sitrep.events.participants.actor_clause import ActorClause
from sitrep.events.participants.clause import SYMMETRIC
from sitrep.events.participants.place_not_actor import _placed_agent, is_place_tok, place_apposition
from sitrep.events.roles import self_styled
from sitrep.model import ActorRef


def _split_agents(cx: ActorClause) -> tuple[Optional[ActorRef], Optional[ActorRef], list[ActorRef]]:
    """The doer's phrase as actor1, with the sides coordinated in it as associates (or as actor2 of a symmetric
    event with no target)."""
    roles, finder, primary = cx.roles, cx.finder, cx.primary
    actor1 = finder.actor(roles.agent) if roles.agent is not None else None
    associates: list[ActorRef] = []
    actor2 = None
    if roles.agent is not None:
        split = finder.split_amod_conj(roles.agent)
        if len(split) >= 2:
            actor1 = split[0]
            if primary.tdef.code in SYMMETRIC and roles.patient is None:
                actor2 = split[1]
            else:
                associates.extend(ActorRef(a.entity_id, a.name, a.span, "associate") for a in split[1:])
        for extra in roles.extra_agents:
            ref = finder.actor(extra)
            if ref is None:
                continue
            if primary.tdef.code in SYMMETRIC and actor2 is None and roles.patient is None:
                actor2 = ref
            else:
                associates.append(ActorRef(ref.entity_id, ref.name, ref.span, "associate"))
        associates.extend(finder.associates(roles.agent))
    return actor1, actor2, associates


def _named_doer(cx: ActorClause, actor1: Optional[ActorRef], associates: list[ActorRef]) -> Optional[ActorRef]:
    """The name a group gives itself; no state's army for a self-styled one; a place as doer only through the
    apposition that acts."""
    roles, finder, places = cx.roles, cx.finder, cx.analysis.places
    named = self_name(roles.agent) if roles.agent is not None else None
    if named is not None:  # "a group calling itself the Islamic Front": the name it gives itself, not "group"
        ref = finder.actor(named)
        if ref is not None:
            actor1 = ref
    if actor1 is not None and roles.agent is not None and self_styled(roles.agent) \
            and actor1.entity_id.endswith(("_MIL", "_GOV", "_POL")):
        actor1 = None  # "a self-styled Army of the Poor" is no state's army: blank beats wrong
    if roles.agent is not None and (actor1 is None or (is_place_tok(roles.agent, places, True)
                                                       and not finder.named_group(actor1)
                                                       and not _placed_agent(roles.agent, places, cx.onto))):
        actor1 = None
        app = place_apposition(roles.agent)  # "Beirut: rebel fighters ... retook": the apposition acts
        if app is not None:
            actor1 = finder.actor(app)
            if actor1 is not None:
                associates.extend(finder.associates(app))
    return actor1
