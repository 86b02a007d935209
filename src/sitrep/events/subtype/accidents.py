"""Accidents, no attack: an industrial mishap ("a gas leak at a factory killed ten") and a road or rail death ("a boy
was struck by a car", "killed after being hit by a bus"); not where a weapon, an aircraft or a bomb is named with
it (ACLED leaves accidents out).

Refine conditions: ``industrial``, ``industrial_death``, ``vehicle_strike``, ``vehicle_death`` (and lightning, a
natural strike, in :func:`sitrep.events.subtype.rules.refine`). Evidence: cues ``industrial_words``,
``named_explosives``, ``kill_lemmas``, ``ramming_words``, ``small_arms_rounds`` (data/ontology.json); the mark
``by_vehicle`` (:mod:`.marks`). Tests: tests/test_events_fix2.py ("vehicle_strike").
"""
from __future__ import annotations

from sitrep.events.ontology import Ontology
from sitrep.events.subtype.clause import _Clause


def _industrial(onto: Ontology, clause_lemmas: set[str]) -> bool:
    """Words of an accident (a boiler, a factory, a leak) and no explosive weapon named: "a bomb planted at the
    factory" and "a mine planted by the rebels" are attacks ("plant" is also the verb of planting)."""
    hit = clause_lemmas & onto.cue("industrial_words")
    if not hit or clause_lemmas & onto.cue("named_explosives"):
        return False
    return hit != {"plant"} or "mine" not in clause_lemmas


def _industrial_cond(c: _Clause) -> bool:
    # "the ELN blew up part of the oil pipeline": a doer who blows a structure up sets off no accident
    # (events/blown_structure; a pipeline that blew up by itself has no doer)
    if c.trigger_lemma == "blow" and c.actor1 is not None:
        return False
    return _industrial(c.onto, c.clause_lemmas)


def _industrial_death(c: _Clause) -> bool:
    # "a gas leak at a factory killed ten": deaths told of an accident, with no one who killed
    return c.actor1 is None and c.trigger_lemma in c.onto.cue("kill_lemmas") and _industrial(c.onto, c.clause_lemmas)


def _vehicle_strike(c: _Clause) -> bool:
    # "a boy was struck by a car", "a truck struck a cyclist", "a bus hit the checkpoint": a road accident, no attack
    # (ACLED leaves it out); not when a weapon, an aircraft or a bomb is named with it ("a missile struck a bus")
    return c.trigger_lemma in ("strike", "hit") and "by_vehicle" in c.marks and not c.clause_lemmas & c.heavy()


def _vehicle_death(c: _Clause) -> bool:
    # "was hit and killed by a truck", "killed after being hit by a bus", "a truck hit and killed a teacher":
    # a road or rail death, no attack (ACLED leaves it out); not when a weapon is named with it, nor a
    # ramming told as an attack ("killed by a truck that rammed into the crowd")
    # (a weapon named anywhere in the sentence: "killed when their truck overturned after a rocket hit it")
    o = c.onto
    return (c.trigger_lemma in o.cue("kill_lemmas") and "by_vehicle" in c.marks
            and not (c.clause_lemmas | c.sentence_lemmas) & (c.heavy() | o.cue("small_arms_rounds") | o.cue("ramming_words")))
