"""What one verb's stages leave is taken into the clause's roles: the doer, when none is read yet
(:func:`_take_doer`), the undergoer as target or one more target (:func:`_take_undergoer`; not a deed's authors, not a
protest's grievance), the other side of symmetric talks and who took a place that "fell" (:func:`_other_side_or_taker`).
"""
from __future__ import annotations

from sitrep.events.crowd_violence import protest_grievance
from sitrep.events.deps import child, pobj
from sitrep.events.nominal import ATTACKER_TRIGGERS, Roles, noun_roles, paired_between
from sitrep.events.ontology import load_ontology
from sitrep.events.participants.clause import SYMMETRIC, RoleClause
from sitrep.events.participants.place_not_actor import is_place_tok
from sitrep.events.shared_patient import raised_object
from sitrep.events.triggers import BACKING
from sitrep.events.victim_nouns import deed_relation, person_noun
from sitrep.nlp.severed_result import severed_object


def _take_doer(v, cl: RoleClause, r: Roles, agent, subj) -> None:  # type: ignore[no-untyped-def]
    """The clause's doer, when none is read yet: the by-phrase's, else the subject (a deed noun's own doer)."""
    if agent is not None and agent.i in cl.trig_heads:  # "backed by air strikes from the coalition"
        sub = Roles()
        noun_roles(agent, sub)
        agent = sub.agent
    if r.agent is None:
        if agent is not None:
            r.agent, r.agent_how = agent, "by"
        elif subj is not None:
            if subj.i in cl.trig_heads:
                sub = Roles()
                noun_roles(subj, sub)
                r.agent, r.agent_how = sub.agent, sub.agent_how
                r.patient = r.patient or sub.patient
                if r.agent is None and subj.lemma_.lower() in ATTACKER_TRIGGERS | {"gunman"}:
                    r.agent, r.agent_how = subj, "subject"  # "two suicide bombers blew themselves up": they did
            else:
                r.agent = subj
                r.agent_how = "subject" if subj.head.i == v.i else "inherited"


def _take_undergoer(v, cl: RoleClause, r: Roles, passive) -> None:  # type: ignore[no-untyped-def]
    """The verb's undergoer (passive subject or object) as the clause's target, or one more target."""
    if passive is None and v.dep_ == "acl" and v.tag_ == "VBN" and child(v, "nsubj") is None \
            and v.lemma_.lower() not in BACKING:
        passive = v.head  # "people killed in the strike"
    obj = passive if passive is not None else child(v, "dobj")
    if obj is None:
        obj = raised_object(v)  # "shelling and looting the market": the object written once
    if obj is None:
        obj = severed_object(v)  # "gunmen on a motorcycle shot dead a woman": the object of "dead"
    if obj is not None and passive is None and v not in cl.trig_verbs and deed_relation(obj, cl.trig_heads):
        obj = None  # "hunting the authors of the bombing": who the deed's noun phrase names, not its victim
    if obj is not None and cl.primary.tdef.event_type == "Protests" and protest_grievance(obj, load_ontology()):
        obj = None  # "marched to protest the killing of ten workers": the workers are no target of the march
    if obj is not None and obj.i in cl.trig_toks and not (obj.i not in cl.trig_heads and cl.harms_people
                                                           and person_noun(obj)):
        # "killed two protesters" read as one trigger ("kill +protester"): the protesters stay its victims
        sub = Roles()
        noun_roles(obj, sub)
        obj = sub.patient
    if obj is not None and not (r.agent is not None and obj.i == r.agent.i):  # "indicted X for the shooting"
        if r.patient is None:
            r.patient = obj
        else:
            r.patients.append(obj)


def _other_side_or_taker(v, cl: RoleClause, r: Roles) -> None:  # type: ignore[no-untyped-def]
    """The other side of symmetric talks ("held talks with X"); who took a place that "fell" ("fell to X")."""
    if r.patient is None and cl.primary.tdef.code in SYMMETRIC:
        r.patient = pobj(v, "with", "against", "to")
        for t in cl.group.triggers:  # "held talks with X"
            for d in [t.tok, *t.dep_toks]:
                r.patient = r.patient or pobj(d, "with") or paired_between(d)
    if cl.territorial and v.lemma_.lower() == "fall" and r.agent is not None and is_place_tok(r.agent, cl.places, False):
        r.agent, r.agent_how = pobj(v, "to"), "by"
