"""Whether a noun is an injury, and a verb tells its subject hurt by one: "sustained injuries", "suffered gunshot
wounds", "has a broken leg", "took a stray bullet in the arm" (lists ``injuries``, ``body_parts``, ``broken``,
``projectiles`` of data/victim_cues.tsv).
"""
from __future__ import annotations

from typing import Any

from sitrep.nlp.victims.words import _SUFFERED, _TAKE_HIT_VERBS, victim_cue


# (a cut, a graze, a gash, bruises: the words of police releases for the lightly hurt, "suffered a cut to his arm")
_INJURIES = victim_cue("injuries")  # ("smoke inhalation")


# "with a broken leg", "a fractured skull": a body part told broken is an injury
_BODY_PARTS = victim_cue("body_parts")


_BROKEN = victim_cue("broken")


def injury_noun(n: Any) -> bool:
    """An injury noun that is no death ("fatal injuries", "died of his wounds" are the killed verbs' business), or a
    body part told broken ("with a broken leg")."""
    if n.lemma_.lower() in _BODY_PARTS:
        return any(c.dep_ == "amod" and c.lower_ in _BROKEN for c in n.children)
    return n.lemma_.lower() in _INJURIES and not any(c.lower_ in ("fatal", "mortal", "deadly") for c in n.children)


def suffered_injury(v: Any) -> bool:
    """ "sustained injuries", "suffered gunshot wounds": a verb of suffering whose object is an injury that is no
    death; its subject was hurt."""
    # ("suffered a broken leg and head injuries": an injury among the objects)
    return v.lemma_.lower() in _SUFFERED and any(
        c.dep_ in ("dobj", "obj") and any(injury_noun(x) for x in (c, *c.conjuncts)) for c in v.children)


def has_injury(v: Any) -> bool:
    """ "His wife has a broken leg and is recovering", "the boy has burns to his arms": "have" in the present with an
    injury as its object tells a living person hurt (the past, "the victim had stab wounds", may tell the dead)."""
    return v.lemma_.lower() == "have" and v.tag_ in ("VBZ", "VBP") and v.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "obj") and any(injury_noun(x) for x in (c, *c.conjuncts)) for c in v.children)


_PROJECTILES = victim_cue("projectiles")


def took_a_bullet(v: Any) -> bool:
    """ "A passer-by took a stray bullet in the arm", "she caught a bullet": an active verb of taking whose object
    is one projectile (singular, not taken from somewhere: "took a bullet from the wall" is evidence); its subject
    was hurt."""
    if v.lemma_.lower() not in _TAKE_HIT_VERBS or v.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in v.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in v.children):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _PROJECTILES and c.tag_ == "NN"
               and not any(x.dep_ == "prep" and x.lower_ == "from" for x in c.children) for c in v.children)
