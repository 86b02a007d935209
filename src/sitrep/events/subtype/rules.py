"""The refine rules: each condition named in ``data/ontology.json`` (a type's ``refine`` list, read in order) and
the function of the family module that tells whether it holds (:data:`_CONDITIONS`); :func:`refine` moves a type
by its first rule that holds (a vehicle strike by lightning, cue ``natural_strikers``, is a natural disaster). The families: :mod:`.actors`, :mod:`.weapons`, :mod:`.accidents`, :mod:`.protests`,
:mod:`.crowds`, :mod:`.territory`.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.ontology import Ontology, TypeDef
from sitrep.events.subtype.accidents import _industrial_cond, _industrial_death, _vehicle_death, _vehicle_strike
from sitrep.events.subtype.actors import (_actor1_nonstate, _actor1_state, _actor2_civilian, _actor2_not_civilian,
                                          _both_armed, _personal_assault, _target_civilian)
from sitrep.events.subtype.clause import _Clause
from sitrep.events.subtype.crowds import (_communal_clash, _crowd_assault, _crowd_assault_protest, _crowd_police_clash,
                                          _fan_clash, _inmate_riot, _mob)
from sitrep.events.subtype.protests import (_blockade_cleared, _crowd_blockade, _crowd_burning, _crowd_destruction,
                                            _crowd_lynching, _crowd_not_protest, _incendiary_protest, _nonlethal_only,
                                            _protest_context, _protest_force_or_intervention, _protest_sentence,
                                            _protest_violent, _protester_doer)
from sitrep.events.subtype.territory import (_armed_movement, _custody_missing, _loser_nonstate, _nonstate_roundup,
                                             _peaceful_takeover, _site_overrun, _surrender_to_police, _weapons_handed)
from sitrep.events.subtype.weapons import (_INSTRUMENTS, _dropped_from_air, _firefight, _ground_strike, _instrument,
                                           _instrument_chemical, _sexual, _small_arms_strike, _state_bombing)
from sitrep.model import ActorRef


# each refine condition of data/ontology.json and the function that tells whether it holds (an unknown one never does)
_CONDITIONS = {
    "actor1_state": _actor1_state, "actor1_nonstate": _actor1_nonstate,
    "actor2_civilian": _actor2_civilian, "actor2_not_civilian": _actor2_not_civilian,
    "target_civilian": _target_civilian, "both_armed": _both_armed, "personal_assault": _personal_assault,
    "instrument_chemical": _instrument_chemical, "firefight": _firefight,
    **{cond: _instrument(cond) for cond in _INSTRUMENTS if cond != "instrument_chemical"},
    "dropped_from_air": _dropped_from_air, "industrial": _industrial_cond, "industrial_death": _industrial_death, "sexual": _sexual,
    "small_arms_strike": _small_arms_strike, "state_bombing": _state_bombing, "ground_strike": _ground_strike, "vehicle_strike": _vehicle_strike, "vehicle_death": _vehicle_death,
    "protest_context": _protest_context, "protest_sentence": _protest_sentence, "protest_violent": _protest_violent,
    "incendiary_protest": _incendiary_protest, "crowd_burning": _crowd_burning,
    "protest_force": _protest_force_or_intervention("protest_force"),
    "protest_intervention": _protest_force_or_intervention("protest_intervention"),
    "nonlethal_only": _nonlethal_only, "protester_doer": _protester_doer, "crowd_not_protest": _crowd_not_protest,
    "fan_clash": _fan_clash, "crowd_police_clash": _crowd_police_clash, "crowd_assault": _crowd_assault,
    "crowd_assault_protest": _crowd_assault_protest, "mob": _mob, "communal_clash": _communal_clash,
    "surrender_to_police": _surrender_to_police, "inmate_riot": _inmate_riot, "nonstate_roundup": _nonstate_roundup, "peaceful_takeover": _peaceful_takeover,
    "weapons_handed": _weapons_handed, "custody_missing": _custody_missing,
    "loser_nonstate": _loser_nonstate, "site_overrun": _site_overrun, "armed_movement": _armed_movement, "crowd_blockade": _crowd_blockade,
    "crowd_lynching": _crowd_lynching, "crowd_destruction": _crowd_destruction,
    "blockade_cleared": _blockade_cleared,
}


def refine(tdef: TypeDef, onto: Ontology, clause_lemmas: set[str], actor1_state: Optional[bool], actor2: Optional[ActorRef],
           trigger_lemma: str = "", actor2_state: Optional[bool] = None, actor1: Optional[ActorRef] = None,
           target_lemmas: frozenset[str] = frozenset(), sentence_lemmas: frozenset[str] = frozenset(),
           blockade: bool = False, scene_lemmas: frozenset[str] = frozenset(), unarmed: bool = False,
           crowd_violence: bool = False, doer_protesters: bool = False, marks: frozenset[str] = frozenset(),
           absent: frozenset[str] = frozenset(), speakers: frozenset[str] = frozenset()) -> TypeDef:
    """The type ``tdef`` moves to by its first refine rule that holds (``tdef`` itself when none does); each rule's
    condition is a function of ``_CONDITIONS`` above, grouped by family (actors, weapons, road accidents, protests,
    crowds, custody and territory).

    ``blockade``: the sentence tells of people who are not state forces blocking a road, a railway or an
    entrance (:func:`blockade_by_protesters`). ``scene_lemmas``: the words of the sentence's "during/amid/at"
    phrases (:func:`scene_lemmas`). ``unarmed``: the deed's victims are people with no arms, each named by a person
    noun or a name ("the mayor", "a judge", "Juan Perez"; :func:`sitrep.events.unarmed_victim.unarmed_victim`).
    ``crowd_violence``: the sentence tells protesters doing violence ("demonstrators stormed the office");
    ``doer_protesters``: the trigger itself is such a deed (:mod:`sitrep.events.crowd_violence`).
    ``marks``: what :func:`trigger_marks` reads around the trigger ("in_body", "crowd_target", "to_police").
    ``absent``: words of force the sentence tells only as absent ("with no arrests reported"), which the protest
    rules do not read (:func:`sitrep.events.crowd_violence.told_absent_lemmas`). ``speakers``: words that only say
    who tells the news ("police said"; :func:`sitrep.events.told_by_forces.speaker_only_lemmas`)."""
    c = _Clause(tdef, onto, clause_lemmas, actor1_state, actor2, trigger_lemma, actor2_state, actor1, target_lemmas,
                sentence_lemmas, blockade, scene_lemmas, unarmed, crowd_violence, doer_protesters, marks, absent, speakers)
    for cond, code in tdef.refine:
        check = _CONDITIONS.get(cond)
        if check is None or not check(c):
            continue
        if cond == "vehicle_strike" and clause_lemmas & onto.cue("natural_strikers"):
            # "struck by lightning": a natural event, not a road accident (nor a man-made disaster)
            return onto.types["outside.natural_disaster"]
        return onto.types[code]
    return tdef


# the refine conditions that read who the victims are
_VICTIM_CONDITIONS = frozenset({"both_armed", "target_civilian", "firefight"})
# the refine conditions that read the whole sentence, not only the clause
SENTENCE_CONDITIONS = frozenset({"firefight", "fan_clash", "inmate_riot", "crowd_police_clash", "crowd_assault", "crowd_assault_protest", "communal_clash", "vehicle_death", "protest_violent", "protest_force", "protest_intervention", "nonlethal_only", "instrument_chemical",
                                 "incendiary_protest", "peaceful_takeover", "loser_nonstate", "crowd_not_protest", "ground_strike", "state_bombing"})
# the refine conditions that read :func:`trigger_marks`
_MARK_CONDITIONS = frozenset({"site_overrun", "blockade_cleared", "crowd_destruction", "weapons_handed", "custody_missing", "crowd_blockade", "crowd_lynching", "ground_strike", "mob", "communal_clash", "personal_assault", "instrument_suicide", "small_arms_strike", "vehicle_strike", "vehicle_death", "surrender_to_police"})
