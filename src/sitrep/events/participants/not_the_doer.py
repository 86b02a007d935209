"""Subjects that are not the deed's doer, in this order: one that only names or governs the deed
(:func:`_subject_says_nothing`), the victim of a found-dead, died-of or came-under-fire frame (:func:`_victim_frames`),
one that denies, rejects or condemns the deed or is no one (:func:`_subject_cleared`, :func:`condemns`), and one that
only blames: the one blamed is the doer or the accused target (:func:`_blame_frames`).
"""
from __future__ import annotations

from sitrep.events.accusation import pronoun_deed_accused, relative_blame
from sitrep.events.deps import child, no_one_tok
from sitrep.events.frames import blamed_on, denied_doing, support_verb
from sitrep.events.nominal import Roles
from sitrep.events.participants.clause import RoleClause
from sitrep.events.struck_device import struck_device
from sitrep.events.suffered_wounds import SUFFER_VERBS
from sitrep.events.triggers import Group, Trigger
from sitrep.events.under_fire_roles import under_attack_roles, under_fire_roles
from sitrep.model import VIOLENT_EVENT_TYPES


def condemns(v, primary: Trigger, group: Group) -> bool:  # type: ignore[no-untyped-def]
    """``v`` is a non-violent trigger of the group ("condemned", "denounced", "investigated") taking the violent event
    noun ``primary`` as its object, and no support verb ("launched", "claimed"): its subject speaks about the deed."""
    if primary.tok.pos_ == "VERB" or primary.tdef.event_type not in VIOLENT_EVENT_TYPES:
        return False
    own = [t for t in group.triggers if t.tok.i == v.i]
    if not own or any(t.tdef.event_type in VIOLENT_EVENT_TYPES for t in own):
        return False
    return primary.tok.head.i == v.i and primary.tok.dep_ in ("dobj", "obj") \
        and not support_verb(v, primary.tok, True)


def _subject_says_nothing(v, cl: RoleClause, subj):  # type: ignore[no-untyped-def]
    """A subject that only names the deed or governs it without saying who did it is dropped."""
    primary = cl.primary
    if subj is not None and primary.tok.dep_ == "oprd" and primary.tok.head.i == v.i and child(v, "dobj") is not None:
        subj = None  # "the police called it an assault": who names the deed did not do it
    if subj is not None and v.i == cl.group.head.i and v not in cl.trig_verbs and subj.i not in cl.trig_heads \
            and not support_verb(v, primary.tok, primary.tdef.event_type in VIOLENT_EVENT_TYPES):
        subj = None  # "Turkey is reeling from attacks": the verb says nothing of who attacked
    return subj


def _victim_frames(v, cl: RoleClause, agent, passive, subj):  # type: ignore[no-untyped-def]
    """Frames whose subject is the victim, not the doer: found dead, died of wounds, came under fire."""
    primary = cl.primary
    if v is primary.tok and primary.pattern.head == "find" and primary.pattern.deps == ("dead",):
        # "police found X dead with stab wounds" (events/toll_found_dead.found_slain): who found the body did not kill
        subj = None
        passive = passive or child(v, "dobj") or child(primary.dep_toks[0], "nsubj")
    if v is primary.tok and (primary.pattern.head in ("die", "succumb") or (
            primary.pattern.head in SUFFER_VERBS and primary.pattern.deps == ("wound",))):
        passive, subj = passive or child(v, "nsubj"), None  # "X died of (sustained) gunshot wounds", "X died in a
        # fire": who dies is the victim
    if subj is not None and agent is None and struck_device(v, primary.tok):
        passive, subj = passive or subj, None  # "their minibus struck a roadside bomb": the bomb's victim (struck_device)
    fired_on = under_fire_roles(primary) if v is primary.tok else None
    if fired_on is None and v is not primary.tok and primary.tok.dep_ == "pobj":
        fired_on = under_attack_roles(primary.tok, v)  # "the base came under attack by X": X attacked the base
    if fired_on is not None:  # "a patrol came under fire from gunmen": the patrol was shot at, the gunmen shot
        agent, passive, subj = fired_on[0], fired_on[1], None
    return agent, passive, subj


def _subject_cleared(v, cl: RoleClause, subj):  # type: ignore[no-untyped-def]
    """A subject that denies, rejects or condemns the deed, or is no one, is not its doer."""
    primary = cl.primary
    if subj is not None and v is not primary.tok and denied_doing(v, primary.tok):
        subj = None  # "X did not carry out the attack": the attack happened, X is cleared of it
    if subj is not None and v.i in cl.rejecters and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        subj = None  # "X denied any role in the bombing": who rejects a part in the deed is not its doer
    if subj is not None and no_one_tok(subj):
        subj = None  # "no group has claimed the attack", "nobody fired": no one is no actor
    if subj is not None and v is not primary.tok and condemns(v, primary, cl.group):
        subj = None  # "the government condemned the bombing": who judges a deed did not do it
    return subj


def _blame_frames(v, cl: RoleClause, r: Roles, agent, passive, subj):  # type: ignore[no-untyped-def]
    """Blame told of the deed: who blames only accuses; the one blamed is its doer (or the accused target)."""
    primary = cl.primary
    rel_blame = relative_blame(v) if v is primary.tok else None
    if rel_blame is not None:  # "the bombing, which the rebels blamed on the army": rebels accuse the army
        agent, passive, subj = None, None, rel_blame[1]
        r.patient = r.patient or rel_blame[2]
    if v is primary.tok and r.patient is None and pronoun_deed_accused(v) is not None:
        r.patient = pronoun_deed_accused(v)  # "the army blamed it on the rebels": the rebels are accused
    blamed, doer = blamed_on(v, primary.tok) if primary.tok.pos_ != "VERB" else (False, None)
    if blamed:  # "officials blamed the bombing on X": the officials only say who did it
        subj = None
        if doer is not None and r.agent is None:
            r.agent, r.agent_how = doer, "accused"
        if r.patient is not None and doer is not None and r.patient.i == doer.i:
            r.patient = None  # the parser hung "on X" on the deed: X is its doer, not its target
    return agent, passive, subj
