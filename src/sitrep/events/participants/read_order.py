"""The order of the stages of :func:`read_roles`: actor1/actor2 tokens of a clause (the roles' entry).

Decides nothing of its own but the order, and the clause's last resorts: a nominal trigger's roles first, then each
verb's stages (:func:`_verb_roles`: by-phrase, voice, subjects that say nothing or are cleared, victim and blame
frames, then the doer and undergoer taken), a defence or a force on a crowd, the killed before the hurt, then the
last-resort doers (:func:`_clause_doer`: a relative, a pronoun, a framing deed, the opponent fought) and targets
(:func:`_clause_target`: what was fired at, who was left harmed, a territorial deed's former holder, an embedded
deed's target, read by :func:`read_roles` itself). Read by events/extract. Keep the order when adding a stage.
"""
from __future__ import annotations

from sitrep.events.deps import pobj
from sitrep.events.fight_opponent import fight_opponent
from sitrep.events.nominal import Roles, framing_deed_doer, pronoun_doer, relative_doer
from sitrep.events.participants.by_phrase import _by_phrase_doer
from sitrep.events.participants.clause import RoleClause, _role_clause
from sitrep.events.participants.frame_sides import _attackers_repelled, _force_on_marchers
from sitrep.events.participants.nominal_trigger import _nominal_trigger_roles
from sitrep.events.participants.not_the_doer import (_blame_frames, _subject_cleared, _subject_says_nothing,
                                                     _victim_frames)
from sitrep.events.participants.place_not_actor import is_place_tok
from sitrep.events.participants.take_roles import _other_side_or_taker, _take_doer, _take_undergoer
from sitrep.events.participants.victim_order import killed_first
from sitrep.events.participants.voice import _subject_and_undergoer
from sitrep.events.triggers import Group, Trigger, consequence_subject
from sitrep.events.victim_nouns import aimed_at, fight_killed, left_harmed, stray_hit
from sitrep.model import VIOLENT_EVENT_TYPES, Place


def read_roles(group: Group, primary: Trigger, places: list[Place]) -> Roles:
    """actor1/actor2 tokens of a clause through voice, prepositions and nominal triggers.

    The subject of a reporting verb that governs a nominal trigger is the source, not the actor
    ("state media reported clashes"); "announced an offensive", "claimed the attack" keep theirs.
    The stages below read, in order: a nominal trigger's own roles, each verb's doer and undergoer, then the
    last-resort doers and targets of the whole clause."""
    r = Roles()
    cl = _role_clause(group, primary, places)
    _nominal_trigger_roles(cl, r)
    for v in ([primary.tok] if primary.tok in cl.verbs else []) + [v for v in cl.verbs if v is not primary.tok]:
        if stray_hit(v) and any(t.tok.i != v.i for t in group.triggers):
            continue  # "a boy was hit by a stray bullet during the gunfight": a bystander, in the toll, no side
        _verb_roles(v, cl, r)
    _attackers_repelled(cl, r)
    _force_on_marchers(cl, r)
    if r.patient is not None and r.patients:
        killed_first(r)  # "killing two police officers and wounding nine people": the officers
    _clause_doer(cl, r)
    _clause_target(cl, r)
    if r.agent is not None and r.agent.i not in cl.trig_heads and consequence_subject(r.agent):
        r.agent = None  # "the shooting of three guards sparked protests": a deed of its own, no protester
    return r


def _verb_roles(v, cl: RoleClause, r: Roles) -> None:  # type: ignore[no-untyped-def]
    """The doer and undergoer one verb of the clause gives, each decision in a stage of its own, in this order."""
    agent, shared_agent = _by_phrase_doer(v)
    passive, subj = _subject_and_undergoer(v, cl, agent, shared_agent)
    subj = _subject_says_nothing(v, cl, subj)
    agent, passive, subj = _victim_frames(v, cl, agent, passive, subj)
    subj = _subject_cleared(v, cl, subj)
    agent, passive, subj = _blame_frames(v, cl, r, agent, passive, subj)
    _take_doer(v, cl, r, agent, subj)
    _take_undergoer(v, cl, r, passive)
    _other_side_or_taker(v, cl, r)


def _clause_doer(cl: RoleClause, r: Roles) -> None:
    """Last-resort doers of the clause when no verb named one (relative, pronoun, framing deed, opponent), and
    the doers coordinated with the one read."""
    primary = cl.primary
    if r.agent is None and primary.tok.pos_ != "VERB":
        r.agent, r.agent_how = relative_doer(primary.tok), "subject"  # "the attack that X carried out" (last resort)
    if r.agent is None and primary.tok.pos_ != "VERB":
        r.agent, r.agent_how = pronoun_doer(primary.tok), "subject"  # "the massacre ..., and X carried it out"
    clause = primary.tok.head if primary.tok.dep_ in ("nsubj", "nsubjpass") else cl.group.head
    if r.agent is None and clause.pos_ in ("VERB", "AUX"):
        r.agent, r.agent_how = framing_deed_doer(clause), "accused"  # "in an operation blamed on X, a car bomb ..."
    if r.agent is None:
        r.agent, r.agent_how = fight_opponent(primary.tok, r.patient), "by"  # "killed in an encounter with X"
    if r.agent is not None:
        r.extra_agents = [c for c in r.agent.conjuncts if c.i > r.agent.i]


def _clause_target(cl: RoleClause, r: Roles) -> None:
    """Last-resort targets of the clause: what was fired at, who was left harmed, what an embedded deed acts on
    (a territorial deed's target is never the place itself)."""
    primary, places = cl.primary, cl.places
    if primary.tok.pos_ == "VERB" and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        aimed = aimed_at(primary.tok)  # "fired at the convoy", "opened fire on the crowd"
        if r.patient is None:
            r.patient = aimed
        elif aimed is not None and aimed is not r.patient and aimed not in r.patients:
            r.patients.append(aimed)  # "opened fire on crowds of people, killing nine": who was fired at, when
                                      # the counted dead name nobody
    harmed = left_harmed(primary.tok) if primary.tdef.event_type in VIOLENT_EVENT_TYPES else None
    r.harmed = harmed or fight_killed(primary.tok)  # "clashes killed 30 people": the fight's dead (battle_dead_no_side)
    if harmed is not None:  # "the blast left two soldiers wounded" (tried after a target that names no one)
        if r.patient is None:
            r.patient = harmed
        else:
            r.patients.append(harmed)
    held_by = pobj(primary.tok, "from") if cl.territorial else None  # "recaptured three villages from X": X
    if cl.territorial and (r.patient is None or is_place_tok(r.patient, places, False)):
        r.patient = held_by
    elif held_by is not None and held_by is not r.patient and held_by not in r.patients:
        r.patients.append(held_by)  # tried after a target that names no one ("three villages")
    for e in cl.group.embedded:  # "threatened to strike X": X is acted on
        sub = read_roles(e, max(e.triggers, key=lambda t: t.pattern.rank[1]), places)
        if r.patient is None:
            r.patient = sub.patient
