"""The weapon or means named sets the sub-type: suicide bomb, grenade, chemical weapon, planted explosive, air/drone
strike, shelling/artillery/missile; except for triggers of violence by hand or small arms (shooting, stabbing,
beating: cue ``personal_violence``), which stay attacks whatever else the clause names. Also: a firefight with
grenades is an armed clash, a munition dropped by a drone an air strike, a state's bombing an air strike, a person
struck by a round is shot, a strike by men on the ground a raid; sexual violence.

Refine conditions: ``instrument_*``, ``firefight``, ``dropped_from_air``, ``state_bombing``, ``small_arms_strike``,
``ground_strike``, ``sexual``. Evidence: the clause's and the sentence's lemmas against the cues ``instrument_*``,
``named_explosives``, ``small_arms_rounds``, ``sexual_words``, ``accident_words`` (data/ontology.json),
``planted_bomb_words`` (data/event_sense_cues.tsv); marks ``worn_charge``, ``in_body``, ``person_struck``,
``ground_doer`` (:mod:`.marks`). Tests: tests/test_crime_types.py, tests/test_subtypes6.py, tests/test_subtypes10.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.firefight import gunfire_told
from sitrep.events.subtype.accidents import _industrial
from sitrep.events.subtype.actors import _both_armed
from sitrep.events.subtype.clause import _Clause


_INSTRUMENTS = {"instrument_air": "instrument_air", "instrument_shelling": "instrument_shelling",
                "instrument_grenade": "instrument_grenade", "instrument_suicide": "instrument_suicide",
                "instrument_chemical": "instrument_chemical", "instrument_ied": "instrument_ied"}


def _instrument(cond: str):  # type: ignore[no-untyped-def]
    """The weapon named (cue ``cond``) sets the sub-type, except for a trigger of violence by hand or small arms;
    a charge worn on the body is a suicide bomb (:func:`worn_charge`)."""
    def check(c: _Clause) -> bool:
        named = c.clause_lemmas & c.onto.cue(cond)
        if cond == "instrument_suicide" and "murder" in c.clause_lemmas:
            named = named - {"suicide"}  # "found dead in a murder-suicide": a killer who killed himself, no bomber
        return not c.personal and (bool(named) or (cond == "instrument_suicide" and "worn_charge" in c.marks))
    return check


def _firefight(c: _Clause) -> bool:
    # "the rebels opened fire on the patrol and hurled explosive charges at the troops": armed sides fighting with
    # gunfire and a grenade or a charge is an armed clash (ACLED), not remote violence (events/firefight)
    # (a gun's shell or an aircraft's bomb keeps its own sub-type: "opened fire with artillery")
    carried = c.onto.cue("instrument_grenade") | c.onto.cue("instrument_ied")
    remote = c.onto.cue("instrument_shelling") | c.onto.cue("instrument_air")
    # The gunfire may be told in a conjunct of the sentence: "opened fire on the soldiers and hurled grenades at them"
    # (a doer the actor dictionary does not know, "FARC dissidents", is armed by the rifles and explosives it
    # brings: branch precision18, quiet_reports11 x19)
    return (bool(c.clause_lemmas & carried) and not (c.clause_lemmas | c.sent) & remote and gunfire_told(c.sent)
            and _both_armed(c, doer_armed=True))


def _instrument_chemical(c: _Clause) -> bool:
    # "a chemical leak at a plant", "a fertiliser depot blew up": an accident's chemicals, not a weapon
    # A launcher's strike reads its sentence: "dropped barrel bombs holding cylinders of poison gas",
    # "shelled the post with mortars filled with chlorine" (the agent hangs off a clause of its own)
    lemmas = (c.sentence_lemmas if c.tdef.event_type == "Explosions/Remote violence" else frozenset()) or c.clause_lemmas
    # ("barrel bombs loaded with cylinders of poison gas": a cylinder beside a named bomb is its casing, no
    # accident; as for a blast, an industrial word counts only where no explosive weapon is named)
    return (not c.personal and bool(lemmas & c.onto.cue("instrument_chemical")) and not _industrial(c.onto, c.clause_lemmas)
            and not lemmas & c.onto.cue("accident_words"))


def _dropped_from_air(c: _Clause) -> bool:
    # "a drone dropped a grenade on a car", "grenades dropped from a quadcopter": a munition dropped by a drone or
    # an aircraft is an air/drone strike (ACLED), not a grenade thrown by hand
    return "drop" in c.clause_lemmas and bool(c.clause_lemmas & c.onto.cue("instrument_air"))


def _sexual(c: _Clause) -> bool:
    return bool(c.clause_lemmas & c.onto.cue("sexual_words"))


def _state_bombing(c: _Clause) -> bool:
    # "the military bombed a monastery", "the air force's bombing of the market": state forces that bomb a place do
    # it from the air (ACLED Air/drone strike), unless the bomb is told planted, set off or thrown (cue
    # planted_bomb_words); a bomb of a non-state doer stays an explosive device
    return (c.trigger_lemma in ("bomb", "bombing") and c.actor1_state is True
            and not (c.clause_lemmas | c.sent) & sense_cue("planted_bomb_words"))


def _small_arms_strike(c: _Clause) -> bool:
    # "was struck by rounds from a handgun", "was struck in the arm": a person hit by a bullet is shot (an
    # attack), not shelled; not when a heavy weapon, an aircraft or a bomb is named with it, nor when a
    # vehicle strikes ("struck in the leg by a car": a road accident)
    # "He was struck and pronounced dead": one person struck is hit by a round (or a vehicle), never shelled
    return (c.trigger_lemma == "strike" and bool(c.clause_lemmas & c.onto.cue("small_arms_rounds") or "in_body" in c.marks
                                                 or "person_struck" in c.marks)
            and not c.clause_lemmas & c.heavy() and "by_vehicle" not in c.marks)


def _ground_strike(c: _Clause) -> bool:
    # "gunmen attacked a church and struck a neighbouring village", "the attackers struck the village": a strike
    # by men on the ground (cue ground_strikers) with no heavy weapon, aircraft or bomb named in the sentence is a
    # raid, not shelling (the doer is the trigger's subject, :func:`trigger_marks`); state forces' strikes stay (their strikes are most often from the air or by artillery)
    return (c.trigger_lemma == "strike" and c.actor1_state is not True and "ground_doer" in c.marks
            and not (c.sent | c.clause_lemmas) & (c.heavy() | c.onto.cue("instrument_chemical") | c.onto.cue("instrument_suicide")))
