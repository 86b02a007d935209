"""Decides a word's event by a construction, without the ontology's patterns: "called the attack despicable" (a
condemnation), "intercepted a trafficker" (no weapon stopped), "charged a camp" / "baton charged the sit-in" (a
rush, not an accusation), bodies found slain, died of wounds, wounds suffered, a vehicle rammed into a crowd.
Evidence: the parse and the cue lists ``intercepted_people``, ``charge_weapons``, ``charged_sites`` of
data/event_sense_cues.tsv, the ontology's ``wound_weapons``; the finding, dying, suffering and ramming readers of
events/toll, events/suffered_wounds, events/ramming.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child
from sitrep.events.ontology import Ontology, TriggerPattern
from sitrep.events.people_object import person_nouns
from sitrep.events.ramming import vehicle_ramming
from sitrep.events.roles import lemma
from sitrep.events.suffered_wounds import suffered_wounds
from sitrep.events.toll import died_of_wounds, found_slain, riddled_found_body
from sitrep.events.triggers.model import Trigger
from sitrep.events.triggers.taking import _taken


def _fixed_reading(tok, pos: str, onto: Ontology) -> tuple[bool, Optional[Trigger]]:  # type: ignore[no-untyped-def]
    """(True, its trigger or None) where a construction decides the word's event without the ontology's patterns:
    a condemnation, a physical charge, a body found slain, death of wounds, wounds suffered, a ramming."""
    if pos == "VERB" and lemma(tok) == "call" and child(tok, "oprd") is not None:
        return True, Trigger(tok, TriggerPattern("call", (), "VERB", onto.types["plover.accuse"]))
        # "called the attack despicable": a condemnation, not a phone call
    if pos == "VERB" and lemma(tok) == "intercept" and intercepted_person(tok):
        return True, None  # "migrants were intercepted by the coast guard", "intercepted a suspected trafficker": no weapon
    if pos == "VERB" and lemma(tok) == "charge":
        kind = physical_charge(tok)
        if kind is not None:  # "charged a camp", "baton charged the sit-in": a rush at them, no accusation
            return True, Trigger(tok, TriggerPattern("charge", (), "VERB", onto.types[kind]))
    if riddled_found_body(tok):
        return True, None  # "the bullet-riddled bodies of two men were found": the finding's own deed (found_slain)
    dead = found_slain(tok, onto.cue("wound_weapons")) if pos == "VERB" and tok.lemma_ == "find" else None
    if dead is not None:
        return True, Trigger(tok, TriggerPattern("find", ("dead",), "VERB", onto.types["vac.attack"]), [dead])
        # "X was found dead with gunshot wounds": a killing, its attacker untold (events/toll_found_dead.py)
    wound = died_of_wounds(tok, onto.cue("wound_weapons")) if pos == "VERB" and tok.lemma_ in ("die", "succumb") \
        else None
    if wound is not None:
        return True, Trigger(tok, TriggerPattern(tok.lemma_, ("wound",), "VERB", onto.types["vac.attack"]), [wound])
        # "X died of gunshot wounds": the same
    hurt = suffered_wounds(tok, onto.cue("wound_weapons")) if pos == "VERB" or tok.lower_ == "suffering" else None
    if hurt is not None:
        return True, Trigger(tok, TriggerPattern(tok.lemma_, ("wound",), "VERB", onto.types["vac.attack"]), [hurt])
        # "X sustained gunshot wounds": someone shot X (events/suffered_wounds)
    rammed = vehicle_ramming(tok, onto) if pos == "VERB" else None
    if rammed is not None:
        return True, Trigger(tok, TriggerPattern(tok.lemma_, ("into",), "VERB", onto.types["vac.attack"]), [rammed])
        # "a car was driven into a crowd": a ramming attack (events/ramming)
    return False, None


_PERSON_PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her", "we", "us", "i", "me", "who"})


def intercepted_person(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether what "intercept" stops is a person or people ("intercepted a suspected trafficker", "300 migrants ...
    were all intercepted", "three men intercepted at the airport"): a border or police check, not a weapon or a
    missile stopped (ACLED Disrupted weapons use). Person nouns of the figure lexicon and the civilian words, cue
    ``intercepted_people``, a person's name or a personal pronoun."""
    obj = _taken(tok)
    if obj is None:
        return False
    if obj.pos_ == "PRON":
        return obj.lower_ in _PERSON_PRONOUNS
    return obj.ent_type_ == "PERSON" or lemma(obj) in person_nouns() or lemma(obj) in sense_cue("intercepted_people")


def physical_charge(tok) -> Optional[str]:  # type: ignore[no-untyped-def]
    """The event code of "charge" told as a rush at someone, or None for the accusation ("charged him with murder").
    A charge at a site of armed men ("fighters charged a camp", "charged the army post"; cue ``charged_sites``) is an
    attack (typed on by its actors); a baton charge ("police baton charged the sit-in") is force used on a crowd,
    an intervention. Never with a "with" / "over" / "for" phrase (the charge's crime)."""
    kids = list(tok.children)
    if any(c.dep_ == "prep" and c.lower_ in ("with", "over", "for") for c in kids) or any(
            c.dep_ in ("ccomp", "xcomp") for c in kids):
        return None
    if any(c.lemma_.lower() in sense_cue("charge_weapons") for c in kids if c.dep_ in ("compound", "npadvmod", "nsubj", "amod", "advmod")) \
            or (tok.i > 0 and tok.doc[tok.i - 1].lemma_.lower() in sense_cue("charge_weapons")):
        return "protests.intervention"
    objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in kids if c.dep_ == "prep" and c.lower_ in ("at", "into", "on", "upon") for g in c.children if g.dep_ == "pobj"]
    if any(lemma(o) in sense_cue("charged_sites") for o in objs):
        return "vac.attack"
    return None
