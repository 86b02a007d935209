"""A doer told outside its own phrase: what a pronoun or "those forces" points back to
(:func:`_pronoun_doer`), the owner of "its troops" or the leader of "his men" (:func:`_forces_of`), "the group" named
before (:func:`_group_told_before`), and a doer in the sentence before or in a by-phrase on the weapon
(:func:`_doer_elsewhere`). The evidence is the doer's whole noun phrase (:func:`_agent_phrase_span`).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.antecedents import (PRONOUNS, UNNAMED_ROLES, anaphoric_forces, antecedent, deed_doer_before,
                                       group_antecedent, leader_forces, members_of_told_group, named_in_own_clause,
                                       own_unit_name, owned_forces, pointing_group_noun)
from sitrep.events.demonstrative_groups import demonstrative_doer, demonstrative_plural
from sitrep.events.doer_antecedent import told_side
from sitrep.events.nominal import Roles, participle_by
from sitrep.events.participants.actor_clause import ActorClause
from sitrep.events.prepared_deed import prepared_deed_doer
from sitrep.events.reported_pronoun import reported_doer
from sitrep.events.roles import np_tokens
from sitrep.events.when_doer import when_clause_doer
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, Span


def _pronoun_doer(cx: ActorClause, actor1: Optional[ActorRef]) -> Optional[ActorRef]:
    """The actor a pronoun or "those forces" doer points back to (not one named in its own clause)."""
    roles, finder = cx.roles, cx.finder
    if actor1 is None and roles.agent is not None and (roles.agent.lower_ in PRONOUNS or anaphoric_forces(roles.agent)):
        told, ante = reported_doer(roles.agent, finder) if cx.primary.tdef.event_type in VIOLENT_EVENT_TYPES \
            else (False, None)  # "Local officials said it attacked ...": the side named before, never the officials
        if not told:
            ante = antecedent(roles.agent, cx.g, cx.onto, finder, cx.prev, cx.sent)
        if ante is not None and named_in_own_clause(roles.agent, ante, finder):
            ante = None  # "they tried to encircle the X units": not X
        if ante is not None:
            sp = Span(cx.aid, roles.agent.idx, roles.agent.idx + len(roles.agent.text), roles.agent.text)
            actor1 = ActorRef(ante.entity_id, ante.name, sp, "primary")
            roles.agent_how = "antecedent"
    return actor1


def _agent_phrase_span(roles: Roles, aid: str) -> Span:
    """The span of the doer's whole noun phrase (the evidence of a doer found through it)."""
    toks = np_tokens(roles.agent)
    phrase = roles.agent.doc[toks[0].i:toks[-1].i + 1]
    return Span(aid, phrase.start_char, phrase.end_char, phrase.text)


def _forces_of(cx: ActorClause, actor1: Optional[ActorRef]) -> Optional[ActorRef]:
    """Unnamed forces as those of their owner ("its troops") or of their leader ("his men")."""
    roles, finder = cx.roles, cx.finder
    owner = owned_forces(roles.agent) if roles.agent is not None and (
        actor1 is None or actor1.entity_id.startswith("x:") or actor1.entity_id.endswith(UNNAMED_ROLES)
        or (actor1.entity_id.startswith("unk:") and own_unit_name(roles.agent))) else None
    # ("its fighters" read as bare "fighters", "its gunmen" as an unidentified group)
    if owner is not None:  # "the army said its troops killed ...": the troops of the body "its" stands for
        ante = antecedent(owner, cx.g, cx.onto, finder, cx.prev, cx.sent) if owner.pos_ == "PRON" else (
            group_antecedent(owner, finder) or finder.actor(owner))  # "the group's fighters": the group told before
        if ante is not None:
            actor1 = ActorRef(ante.entity_id, ante.name, _agent_phrase_span(roles, cx.aid), "primary")
            roles.agent_how = "antecedent"
    led = leader_forces(roles.agent, finder) if roles.agent is not None and (
        actor1 is None or actor1.entity_id.startswith("x:") or actor1.entity_id == "CIVILIANS") else None
    if led is not None:  # "an al-Shabaab commander said his men ambushed ...": al-Shabaab
        actor1 = ActorRef(led.entity_id, led.name, _agent_phrase_span(roles, cx.aid), "primary")
        roles.agent_how = "antecedent"
    return actor1


def _group_told_before(cx: ActorClause, actor1: Optional[ActorRef], associates: list[ActorRef]) -> Optional[ActorRef]:
    """"The group", "these groups": the group(s) named before."""
    roles, finder = cx.roles, cx.finder
    group = group_antecedent(roles.agent, finder) if roles.agent is not None and (
        actor1 is None or actor1.entity_id.startswith("x:") or actor1.entity_id.endswith(UNNAMED_ROLES)) else None
    if group is None and roles.agent is not None and (actor1 is None or actor1.entity_id.startswith("x:")):
        group = members_of_told_group(roles.agent, finder)  # "fighters of the group stormed ...": the group told
    if group is None and roles.agent is not None and (actor1 is None or actor1.entity_id.startswith("x:")
                                                      or actor1.entity_id.endswith(UNNAMED_ROLES)) \
            and pointing_group_noun(roles.agent):  # "X ... The X-allied group ... Police said the rebels hacked":
        group = told_side(roles.agent, finder, set(), nonstate=True)  # the one group named two sentences back
    if group is not None:  # "ISIS fighters entered the town. The group killed 20": ISIS
        actor1 = ActorRef(group.entity_id, group.name, _agent_phrase_span(roles, cx.aid), "primary")
        roles.agent_how = "antecedent"
    if roles.agent is not None and demonstrative_plural(roles.agent) and (
            actor1 is None or actor1.entity_id.startswith("x:")):
        told = demonstrative_doer(roles.agent, finder)  # "X, Y and Z ... all these groups are attacking": X (with
        actor1 = told[0] if told is not None else None  # Y and Z); nobody named as one side: blank, never the phrase
        if told is not None:
            associates.extend(told[1])
            roles.agent_how = "antecedent"
    return actor1


def _doer_elsewhere(cx: ActorClause, actor1: Optional[ActorRef]) -> Optional[ActorRef]:
    """A doer told outside the clause's subject: in the sentence before, or in a by-phrase on the subject or on the
    weapon of a passive's by-phrase ("killed by explosives dropped from drones by X")."""
    roles, finder, primary = cx.roles, cx.finder, cx.primary
    if actor1 is None and roles.agent is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        actor1 = deed_doer_before(primary.tok, finder)  # "X's fighters stormed a hotel. The assault left ...": X
        if actor1 is None:
            actor1 = prepared_deed_doer(primary.tok, finder)  # "troops massed ... before the assault began": the troops
        if actor1 is None:
            actor1 = when_clause_doer(primary.tok, finder)  # "killed when gunmen stopped a bus": the gunmen
        if actor1 is not None:
            roles.agent_how = "antecedent"
    if actor1 is None and roles.agent is not None and roles.agent_how in ("subject", "inherited", "by"):
        user = participle_by(roles.agent)  # "a bomb planted by X exploded", "killed by explosives dropped by X",
        # "hit by shells fired by X": X
        if user is not None:
            actor1 = finder.actor(user)
            if actor1 is not None:
                roles.agent, roles.agent_how = user, "by"
    return actor1
