"""Whether a person struck was wounded: struck in a part of the body ("was hit in the leg") or by a round of
small arms ("was grazed by a bullet fragment"), in a sentence that tells no death.
"""
from __future__ import annotations

from typing import Any

from sitrep.nlp.victims.words import _DEATH_LEMMAS, victim_cue


_STRUCK_VERBS = victim_cue("struck_verbs")
_LIMB_WOUND_VERBS = victim_cue("limb_wound_verbs")
_LIMBS = victim_cue("limbs")


def _wounded_in_limb(v: Any) -> bool:
    """ "A woman, 24, was shot in the leg", "A second boy, who was cut on the arm": a person shot, stabbed or cut in
    a limb (cue ``limbs``; not the head, chest or neck, often the dead's wound) was hurt, when the verb is passive,
    its phrase names the limb, and the sentence tells no death (branch tolls44)."""
    if v.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in v.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "on") and any(
        o.dep_ == "pobj" and o.lower_ in _LIMBS for o in c.children) for c in v.children) and not any(
        t.lemma_.lower() in _DEATH_LEMMAS for t in v.sent)


def struck_in_body(v: Any) -> bool:
    """ "One deputy was struck in the arm by a bullet fragment", "was hit in the leg": a person struck in a part of
    the body (the ontology's ``body_parts``) was wounded, when the sentence tells no death ("was struck in the head
    and died" is a killing)."""
    from sitrep.events.ontology import load_ontology

    if v.lemma_.lower() in _LIMB_WOUND_VERBS:
        return _wounded_in_limb(v)
    if v.lemma_.lower() not in _STRUCK_VERBS or v.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in v.children):
        return False
    parts = load_ontology().cue("body_parts")
    return (any(c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in parts
                                                            for o in c.children) for c in v.children)
            or struck_by_round(v)) and not any(t.lemma_.lower() in _DEATH_LEMMAS for t in v.sent)


def struck_by_round(v: Any) -> bool:
    """ "A passer-by was hit by a stray bullet", "was struck by gunfire", "was grazed by a bullet fragment": the "by"
    phrase of a verb of striking names a round of small arms (the ontology's ``small_arms_rounds``), itself or as
    its compound: a person struck by a round was hit ("was hit by a car" is no round)."""
    from sitrep.events.ontology import load_ontology

    rounds = load_ontology().cue("small_arms_rounds")
    for c in v.children:
        if c.dep_ != "agent" and not (c.dep_ == "prep" and c.lower_ == "by"):
            continue
        for o in c.children:
            if o.dep_ == "pobj" and (o.lemma_.lower() in rounds or any(
                    m.dep_ == "compound" and m.lemma_.lower() in rounds for m in o.children)):
                return True
    return False
