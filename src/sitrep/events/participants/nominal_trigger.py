"""The roles a noun trigger carries itself: its doer ("a suicide bomber"), its of-phrase or civilian
modifier as victim ("the killing of three residents", "the civilian killings"), the sides of symmetric talks.
"""
from __future__ import annotations

from sitrep.events.deps import pobj
from sitrep.events.nominal import ATTACKER_TRIGGERS, Roles, between_sides, noun_roles
from sitrep.events.participants.clause import SYMMETRIC, RoleClause
from sitrep.events.victim_nouns import civilian_modifier
from sitrep.model import VIOLENT_EVENT_TYPES


def _nominal_trigger_roles(cl: RoleClause, r: Roles) -> None:
    """The roles a noun trigger carries itself: its doer ("a suicide bomber"), its of-phrase or civilian modifier
    as victim, or the sides of symmetric talks."""
    primary, group = cl.primary, cl.group
    if primary.tok.pos_ != "VERB" and primary.tok.lemma_.lower() in ATTACKER_TRIGGERS:
        r.agent, r.agent_how = primary.tok, "subject"  # "a Taliban suicide bomber killed 20": the trigger names its doer
    if primary.tok.pos_ != "VERB":
        noun_roles(primary.tok, r)
        if r.patient is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
            r.patient = pobj(primary.tok, "of")  # "the killing of three residents", "the shooting of X"
        if r.patient is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
            r.patient = civilian_modifier(primary.tok)  # "the civilian killings": civilians were killed
        if r.agent is None and r.patient is None and primary.tdef.code in SYMMETRIC and group.head.i != primary.tok.i:
            between_sides(group.head, r)  # "talks ended between X and Y"
