"""One side each: a named person's group acts for him (:func:`individual`, :func:`group_of_person`),
one phrase is never both sides (:func:`_one_side_each`), and a doer borrowed from before that is the state the deed
hit gives way to the other armed side named before (:func:`_doer_not_the_victims`).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.doer_antecedent import bare_forces_hit, from_victims_state, told_side, victims_country
from sitrep.events.merge_tellings import same_phrase
from sitrep.events.participants.actor_clause import ActorClause
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef


def _one_side_each(cx: ActorClause, actor1: Optional[ActorRef], actor2: Optional[ActorRef],
                   associates: list[ActorRef]) -> tuple[Optional[ActorRef], Optional[ActorRef]]:
    """A person's group acts for him; one phrase is never both sides."""
    roles, finder = cx.roles, cx.finder
    if actor1 is not None and roles.agent is not None and individual(actor1, finder):
        group = group_of_person(roles.agent, finder)
        if group is not None:  # "X, a member of ISIS, killed ...": the group acted, X is its associate
            associates.append(ActorRef(actor1.entity_id, actor1.name, actor1.span, "associate"))
            actor1 = group
    if actor1 is not None and actor2 is not None and same_phrase(actor1, actor2):
        if roles.agent_how in ("inherited", "antecedent"):
            actor1 = None  # one phrase is never both sides: a victim named in its own clause beats a borrowed doer
        else:
            actor2 = None
    return actor1, actor2


def individual(ref: ActorRef, finder: ActorFinder) -> bool:
    """A person named as the actor (not a group whose phrase also names a person: "Taliban commander X")."""
    if ref.span is None or finder._dictionary_type(ref.entity_id) not in (None, "person"):
        return False
    return any(m.kind == "PERSON" and (m.entity_id == ref.entity_id or ref.entity_id.startswith("x:"))
               for m in finder._mentions_in(ref.span.start, ref.span.end))


def group_of_person(tok, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The group a named attacker belongs to, when the sentence names it beside him: an apposition "a member /
    supporter / fighter of ISIS" or "an ISIS fighter", or a modifier before the name ("Taliban commander X")."""
    cands = []
    for c in tok.children:
        if c.dep_ == "appos":
            cands += [p for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for p in prep.children if p.dep_ == "pobj"]
            cands += [m for m in c.children if m.dep_ in ("compound", "amod", "nmod") and m.pos_ == "PROPN"]
        if c.dep_ == "compound" and c.i < tok.i and c.ent_type_ != "PERSON":
            cands += [c] + [m for m in c.children if m.dep_ == "compound" and m.ent_type_ != "PERSON"]
    for cand in cands:
        ref = finder.actor(cand)
        if ref is not None and finder.named_group(ref):  # an armed group of the dictionary, not "foreign minister"
            return ref
    return None


def _doer_not_the_victims(cx: ActorClause, actor1: Optional[ActorRef], actor2: Optional[ActorRef]) -> Optional[ActorRef]:
    """A doer borrowed from before that is the state the deed hit ("Its fighters stormed a camp, killing nine Nigerien
    soldiers, Niger's defence ministry said"): the one other armed side named before, or blank
    (events/doer_antecedent)."""
    roles, finder = cx.roles, cx.finder
    if actor1 is None or roles.agent is None or roles.agent_how != "antecedent":
        return actor1
    targets = [actor2] + [finder.actor(t) for t in [roles.patient, *roles.patients] if t is not None]
    skip = victims_country(targets) if from_victims_state(actor1, targets) else set()
    own = bare_forces_hit(actor1, [roles.patient, *roles.patients]) if not skip else None
    if own is not None:  # "Its members opened fire on an army patrol, the military said": not the army's own men
        skip = {own}
    if not skip:
        return actor1
    side = told_side(roles.agent, finder, skip, nonstate=False)
    return ActorRef(side.entity_id, side.name, actor1.span, "primary") if side is not None else None
