"""actor2, the side acted on: the first target token that names an actor (:func:`_victim_actor`: a
named actor, a person, a pronoun's antecedent, civilians; a place names none but a dateline's apposition may), else
who died in the deed, the forces of the site struck, the side fought; never the bomber himself
(:func:`_target_actor`). A battle's dead read as Civilians are its toll, not its second side
(:func:`battle_dead_no_side`, read by events/extract).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.antecedents import members_of_told_group, pronoun_patient
from sitrep.events.deps import RELATIVE_WORDS
from sitrep.events.forces_site import forces_site
from sitrep.events.nominal import Roles
from sitrep.events.participants.actor_clause import ActorClause
from sitrep.events.participants.place_not_actor import dateline_apposition, is_place_tok, place_span
from sitrep.events.site_name import site_name_victim
from sitrep.events.takeover_opponent import fought_side
from sitrep.events.victim_nouns import (carried_people, civilian_marked, own_blast, person_not_place, person_not_state,
                                        person_patient, who_died_in)
from sitrep.events.victim_pronoun import people_between
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef


def _target_actor(cx: ActorClause, actor1: Optional[ActorRef], actor2: Optional[ActorRef]) -> Optional[ActorRef]:
    """actor2: the first target token that names an actor, else who died in the deed, the forces of the site
    struck, the side fought; never the bomber himself."""
    roles, finder, primary, aid = cx.roles, cx.finder, cx.primary, cx.aid
    for cand in [roles.patient, *roles.patients]:
        if actor2 is None and cand is not None:
            actor2 = _victim_actor(cx, cand, actor1)
    if actor2 is None:
        actor2 = who_died_in(primary.tok, finder, aid)  # "the judge died in the explosion"
    if actor2 is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        actor2 = forces_site(primary.tok, finder, aid)  # "a car bomb exploded outside a police station": the police
    if actor2 is None and primary.tdef.code in ("battles.nsa_overtakes", "battles.gov_regains"):
        actor2 = fought_side(primary.tok, finder, actor1)  # "took X after clashing with the army": the army
    if own_blast(actor2, primary.tdef.event_type):
        actor2 = None  # "the bomber was also killed in the blast": the doer, not a victim
    return actor2


def _victim_actor(cx: ActorClause, cand, actor1: Optional[ActorRef]) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The actor one target token names (a place names none, but a dateline's apposition may): a named actor, a
    person, a pronoun's antecedent, civilians."""
    finder, primary, aid, places = cx.finder, cx.primary, cx.aid, cx.analysis.places
    if is_place_tok(cand, places, True):
        cand = dateline_apposition(cand, places)  # "JALALABAD (Pajhwok): A Taliban official was killed"
    if cand is None or is_place_tok(cand, places, True):
        return None
    actor2 = None if cand.lower_ in RELATIVE_WORDS else finder.actor(cand)
    if actor2 is not None and actor2.entity_id.startswith("x:") and place_span(actor2, places, cand.doc):
        actor2 = None  # "attacked a military outpost on the edge of Kyaukme": the town says where, it is no victim
    actor2 = site_name_victim(cand, actor2)  # "shelled the Abu Shouk camp": the camp's name, no victim
    if actor2 is None or actor2.entity_id.startswith("x:"):
        actor2 = members_of_told_group(cand, finder) or actor2  # "killed four fighters of the group": that group
    if primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        actor2 = person_not_place(cand, actor2, places, aid)  # "the mayor of X": the mayor
        actor2 = person_not_state(cand, actor2, aid)  # "a Ruritanian engineer": a person, not the state
    if actor2 is None:
        actor2 = pronoun_patient(cand, finder, aid)
        if actor2 is not None and people_between(cand, actor2, finder):
            actor2 = None  # "X keeps dissidents in a camp, where they are beaten": not X
        if actor2 is not None and actor1 is not None and actor2.entity_id == actor1.entity_id:
            actor2 = None  # "X shot him": the nearest name is the attacker himself, so the victim is unknown
    if actor2 is None and (primary.tdef.event_type in VIOLENT_EVENT_TYPES
                           or primary.tdef.code == "protests.excessive_force"):
        actor2 = person_patient(cand, aid, finder)  # "killed two reporters", "the murder of the mayor"
    if actor2 is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        actor2 = civilian_marked(cand, aid)  # "drones bombed a civilian target"
    carried = carried_people(cand) if actor2 is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES else None
    if carried is not None:  # "hit a vehicle carrying SDF commanders": who it carried
        actor2 = _victim_actor(cx, carried, actor1)
    return actor2


def battle_dead_no_side(event_type: str, actor2: Optional[ActorRef], roles: Roles) -> Optional[ActorRef]:
    """actor2 of an event of ``event_type``, less the people a battle "left dead" read as Civilians ("clashes left 30
    people dead"): a battle's dead may be either side's or bystanders, so they are its toll, not its second side
    (blank unless the text names that side)."""
    if event_type != "Battles" or actor2 is None or actor2.entity_id != "CIVILIANS" or roles.harmed is None \
            or actor2.span is None or not actor2.span.start <= roles.harmed.idx < actor2.span.end:
        return actor2
    return None
