"""Decides, after the person and ground checks, that a pattern's dependents stand where its reading does not put
them: the wrong side of the verb, a passive agent ("sent by the rebels"), the subject's own word ("the deal is set
to take effect"), fires set off by a blast, no place reached ("advancing toward victory"), the area of a clearing,
a foe not engaged, a fire that was arson or a strike's, shots not a blaze, a boat sunk by someone, a support verb
whose object is the deed ("carried out the strike"), a car forced into a ditch, an aircraft destroyed (not one that
struck); and "destroy +missile" where the weapon only modifies what was destroyed (:func:`_modifier_destroyed`).
Evidence: the parse (:mod:`.sides`), the ontology's ``movement_verbs`` and ``ground_words``, events/arson_fire,
events/crowd_blockade, events/frames.
"""
from __future__ import annotations

from sitrep.events.arson_fire import arson_told, strike_told
from sitrep.events.crowd_blockade import blockade_cleared
from sitrep.events.frames import support_lemma
from sitrep.events.ontology import Ontology, TriggerPattern
from sitrep.events.roles import lemma
from sitrep.events.triggers.sides import in_phrase_of, in_setting_phrase, on_object_side
from sitrep.events.triggers.words import SETTLEMENT_WORDS, _WordKit
from sitrep.events.word_senses import labour_strike


def _modifier_destroyed(tok, p: TriggerPattern, near: dict) -> bool:  # type: ignore[no-untyped-def]
    """ "An air defence missile system, three tanks ... were destroyed": the weapon word a disrupted-use pattern
    needs ("destroy +missile") only modifies what was destroyed (a compound), so no drone or missile was brought
    down; the strike that destroyed the system is told on its own (lead, after the seeds' Turkish claim)."""
    return p.tdef.code == "sd.disrupted" and lemma(tok) == "destroy" and any(
        near[d].dep_ == "compound" and near[d].head.pos_ == "NOUN" for d in p.deps)


def _late_pattern_veto(tok, pos: str, p: TriggerPattern, near: dict, onto: Ontology, kit: _WordKit,  # type: ignore[no-untyped-def]
                       place_spans: tuple) -> bool:
    """Pattern ``p``'s dependents stand where the pattern's reading does not put them (the wrong side of the verb,
    its agent, the subject's own word), or the verb's object is the deed."""
    if pos == "VERB" and p.deps and (p.tdef.code == "sd.disrupted" or (
            p.tdef.code == "sd.change_group" and lemma(tok) in CREATE_VERBS)) and not all(
            on_object_side(tok, near[d]) for d in p.deps if d not in ("down", "up")):
        return True  # "seized a town while a bomb killed five": the weapon is not what was seized; "the
        # Kestrel Brigade launched an attack": the unit word is the doer's own name, not a unit formed
    if pos == "VERB" and p.deps and p.tdef.plover == "MOBILIZE" and any(
            by_agent(tok, near[d]) for d in p.deps):
        return True  # "drones sent by the rebel forces struck a depot": the forces sent them, none were sent
    if pos == "VERB" and lemma(tok) == "set" and p.deps and not all(
            near[d].head.i == tok.i and near[d].dep_ in ("dobj", "nsubjpass")
            or near[d].dep_ == "pobj" and near[d].head.lower_ == "on" and near[d].head.head.i == tok.i
            for d in p.deps if d not in ("up", "upon")):
        return True  # "the cease-fire deal is set to take effect": the fire is the subject's word, none set;
        # "set upon a base": the base is attacked, none set up (what is set is the verb's own object,
        # or "on fire" of the verb: "set the club on fire", "farms were set on fire")
    if pos == "VERB" and p.tdef.code == "sd.looting" and lemma(tok) == "set" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
        return True  # "drones hit the depot, setting off large fires": fires a blast or a strike started, no arson
    if pos == "VERB" and p.tdef.code == "battles.nsa_overtakes" and lemma(tok) in onto.cue("movement_verbs") \
            and any(d in DESTINATION_PREPS for d in p.deps) and not ground_reached(tok, onto, place_spans):
        return True  # "advancing toward victory", "advanced into double digits": no place reached
    if pos == "VERB" and lemma(tok) == "clear" and p.tdef.code == "battles.nsa_overtakes" and any(
            in_setting_phrase(tok, near[d]) for d in p.deps) and not blockade_cleared(tok, onto):
        return True  # "troops had cleared hideouts in the area": the area is where, not what was cleared (branch
        # subtypes18, mixed_reports12 e10); "cleared the area", "cleared militants from the area" stay, and so does
        # "cleared a road blockade ... in the Cusco region" (a protest's blockade, refined by subtype.blockade_cleared)
    if pos == "VERB" and lemma(tok) == "engage" and p.deps and not all(
            on_object_side(tok, near[d]) or in_phrase_of(tok, near[d]) for d in p.deps):
        return True  # "the rebels engaged a mediator": the foe is not what was engaged, no fight ("engaged
        # them in a gun duel": the fight the verb's own "in" phrase names)
    if p.tdef.outside == "man_made_disaster" and "fire" in (lemma(tok), *p.deps) and arson_told(tok.doc):
        return True  # "died in a house fire ... which police are treating as arson": a deed, no accident
    if p.tdef.outside == "man_made_disaster" and lemma(tok) in ("break", "catch") and strike_told(tok.doc):
        return True  # "a drone hit a warehouse ... A fire broke out", "bombs struck ... the stalls caught fire": the
        # strike's fire (branch subtypes17: "caught fire", mixed_reports11 z01)
    if p.tdef.outside == "man_made_disaster" and "fire" in p.deps and near["fire"].pos_ != "NOUN":
        return True  # "died ... when a soldier fired at his car": shots, no blaze
    if pos == "VERB" and lemma(tok) == "sink" and p.deps and any(on_object_side(tok, near[d]) for d in p.deps):
        return True  # "a drone sank a patrol boat", "the ferry was sunk": sunk by someone, no accident
    if pos == "VERB" and p.deps and support_lemma(tok) and all(
            deed_object(tok, near[d], onto, kit.listable) for d in p.deps):
        return True  # "carried out the strike", "launched strikes": the deed noun is the trigger, not its verb
    if pos == "VERB" and p.tdef.code == "vac.abduction" and "into" in p.deps and not all(
            near[d].head.i == near["into"].i for d in p.deps if d != "into"):
        return True  # "police forced the car into a ditch": the vehicle is what was forced, no one put into it
        # ("forced the activist into a van": the van is the "into" object, an abduction)
    return bool(pos == "VERB" and p.deps and p.tdef.code == "explosions.air_drone" and any(
            on_object_side(tok, near[d]) for d in p.deps if d not in DROPPED_LOADS))
    # "rebels destroyed two helicopters": the aircraft is what was hit, not what struck ("drones dropped
    # munitions": what is dropped is the load, the object of its own pattern)


CREATE_VERBS = frozenset({"form", "create", "establish", "launch", "set"})  # what they make is their object


def deed_object(verb, noun, onto: Ontology, weapons: frozenset) -> bool:  # type: ignore[no-untyped-def]
    """``noun`` is the object of ``verb`` and a violent deed noun of its own ("carried out the strike", "launched
    strikes"): a bare noun pattern of a violent type, not a weapon ("launched missiles": the verb fires it) and not
    a stoppage of work."""
    if noun.head.i != verb.i or noun.dep_ not in ("dobj", "obj") or lemma(noun) in weapons:
        return False
    if not onto.violent_noun(lemma(noun), bare=True):
        return False
    return not labour_strike(noun)


def by_agent(verb, dep) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``dep`` is the doer in ``verb``'s passive "by" phrase ("sent by the rebel forces")."""
    return dep.dep_ == "pobj" and dep.head.dep_ == "agent" and dep.head.head.i == verb.i


DESTINATION_PREPS = frozenset({"into", "toward", "towards"})


def ground_reached(tok, onto, place_spans: tuple = ()) -> bool:  # type: ignore[no-untyped-def]
    """Whether a movement verb's "into/toward" phrase names a place: a place found in the text, a settlement,
    or a word of ground held (cue ``ground_words``: outskirts, hills, positions)."""
    ground = onto.cue("ground_words")
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj" and (lemma(obj) in SETTLEMENT_WORDS or lemma(obj) in ground
                                           or any(s <= obj.idx < e for s, e in place_spans)):
                    return True
    return False


# loads an aircraft or a drone drops, the object of their "drop" patterns (data/ontology.json, air/drone strike)
DROPPED_LOADS = frozenset({"munition"})
