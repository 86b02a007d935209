"""Residents who beat, stone or burn a suspect to death are a mob, not an unnamed attacker (issue 16, riot
sub-types; branch protests7).

ACLED codes a crowd's violence with no demonstration (lynchings, "mob justice") as Riots / Mob violence. A
lynching is often told with the crowd's people as the subject, with no "mob" or "crowd" word in the clause:
"residents beat a suspected motorbike thief and set him on fire", "villagers stoned two men to death". The
trigger is then a beating, stoning or burning (cue ``lynch_verbs``) whose subject is a crowd's people (cue
``crowd_clash_people``) and not armed ("armed villagers", "gunmen" are no crowd); the subject may be the passive
verb's agent ("were beaten by villagers"), and "a group of men" counts as a crowd where the sentence tells the
victims as suspects ("beaten by a group of men who suspected them of carrying beef"). :func:`crowd_lynching` tells such
a trigger; the attack it heads refines to mob violence (``data/ontology.json``, vac.attack).
"""
from __future__ import annotations

from sitrep.events.ontology import Ontology

__all__ = ["crowd_lynching"]

_ARMED = frozenset({"armed", "gunman", "militant", "fighter"})
_NEIGHBOURS = frozenset({"neighbour", "neighbor", "bystander", "passer-by"})
_GROUPS = frozenset({"group", "band", "dozen", "hundred", "scores"})
# people named by no crowd word ("a group of men"): a crowd only where the victims are told as suspects
_PEOPLE = frozenset({"man", "people", "person"})
_SUSPECT = frozenset({"suspect", "suspected", "suspicion", "accuse", "accused"})


def _subject(tok):  # type: ignore[no-untyped-def]
    """The subject of the trigger verb, or of the verb it is joined to ("beat him and set him on fire"), or its
    passive agent ("were beaten by a group of villagers")."""
    head = tok
    for _ in range(3):
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        subj += [o for c in head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if subj:
            return subj[0]
        if head.dep_ not in ("conj", "xcomp", "advcl") or head.head is head:
            return None
        head = head.head
    return None


def _suspicion(tok) -> bool:  # type: ignore[no-untyped-def]
    """The trigger's sentence tells its victims as suspects ("who suspected them of carrying beef", "a suspected
    thief"): a crowd's punishment of suspects, a lynching."""
    return any(t.lemma_.lower() in _SUSPECT for t in tok.sent)


def crowd_lynching(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a beating, stoning or burning verb done by a crowd's unarmed people (module docstring)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in onto.cue("lynch_verbs"):
        return False
    subj = _subject(tok)
    if subj is not None and subj.lemma_.lower() in _GROUPS:
        # "a group of neighbours caught the man ... and beat him": the people the group is of
        subj = next((o for p in subj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), subj)
    if subj is None:
        return False
    if subj.tag_ == "NN" and subj.lemma_.lower() not in onto.cue("mob_words"):
        return False  # one person ("hacked to death by a neighbour", "a villager beat him") is no crowd
    crowd = onto.cue("crowd_clash_people") | onto.cue("mob_words") | _NEIGHBOURS
    if subj.lemma_.lower() not in crowd and not (subj.lemma_.lower() in _PEOPLE and _suspicion(tok)):
        return False
    return not any(x.lemma_.lower() in _ARMED | onto.cue("state_words") for x in subj.subtree)
