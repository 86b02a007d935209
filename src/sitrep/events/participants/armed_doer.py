"""The doer of a violent deed (:func:`_armed_doer`: never a news agency; unidentified attackers, not
civilians) and actor1's confidence, blank below the threshold (:func:`_confident_doer`, events/actor_conf).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events import actor_conf
from sitrep.events.antecedents import PRONOUNS
from sitrep.events.participants.actor_clause import ActorClause
from sitrep.events.unnamed_attackers import attacker_not_civilians, men_of_no_country, men_told_before, person_by_agent
from sitrep.model import ActorRef


def _armed_doer(cx: ActorClause, actor1: Optional[ActorRef]) -> Optional[ActorRef]:
    """The doer of a violent deed: never a news agency; unidentified attackers, not civilians."""
    roles, finder = cx.roles, cx.finder
    if actor1 is not None and finder._dictionary_type(actor1.entity_id) == "media":
        actor1 = None  # a news agency tells of a deed, never does it ("Ruritown, 2 Jul (EFE) -- in an attack ...")
    read = actor1
    actor1 = attacker_not_civilians(actor1, finder)  # "shot by two men": an unidentified armed group, not civilians
    if actor1 is None and roles.agent is not None:  # (read as the subject it is: only its naming looks back)
        actor1 = men_told_before(roles.agent, finder)  # "Four masked men broke in. The men beat ...": those men
    if actor1 is None and roles.agent is not None:
        actor1 = men_of_no_country(read, roles.agent, finder)  # "two men shot X" in a report of no country
    if actor1 is None and roles.agent is not None and roles.agent_how == "by":
        actor1 = person_by_agent(roles.agent, finder)  # "strangled by a lodger": whoever the noun
    return actor1


def _confident_doer(cx: ActorClause, actor1: Optional[ActorRef]) -> Optional[ActorRef]:
    """actor1 with its confidence, or blank below the threshold (blank beats wrong)."""
    roles, finder = cx.roles, cx.finder
    if actor1 is not None:
        how = roles.agent_how or "subject"
        if actor1.span is not None and roles.agent is not None and not (
                actor1.span.start <= roles.agent.idx < actor1.span.end) and roles.agent.lower_ in PRONOUNS:
            how = "antecedent"
        conf = actor_conf.actor1_confidence(how, actor1, finder, roles.agent)
        actor1 = ActorRef(actor1.entity_id, actor1.name, actor1.span, actor1.role, conf)
        if conf < actor_conf.actor1_threshold():
            actor1 = None  # blank beats wrong: the evidence stays in the event's sentence
    return actor1
