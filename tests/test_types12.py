"""Event types and modality (issue 11's ground, branch types12): a passive "were killed" beside or after a disaster is
the disaster's toll, not an attack; grenades or rockets used in an ambush or a gunfight are steps of that armed
clash, not events of their own; an arrest in a report of an ordinary crime (a suspect held over a killing, no
political violence named) is no ACLED arrest. Sentences written for these tests; the incidents, people and places
named in them are made up or used only as settings."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _events(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 6, 11)))
    return [e for e in an.events if e.modality in ("asserted", "claimed") and e.event_type != "Political"]


def _kinds(ann, text):  # type: ignore[no-untyped-def]
    return [(e.event_type, e.sub_event_type) for e in _events(ann, text)]


def test_passive_killed_beside_a_landslide_is_no_attack(ann):  # type: ignore[no-untyped-def]
    # the killed of the disaster's own sentence (events/told_harm.retype_disaster_killing, passive "were killed")
    text = ("Seven people were killed and a dozen are missing after a mudslide buried houses in the hamlet of Orvalle "
            "on Tuesday, the district police office said. Rescuers dug through the mud with shovels.")
    kinds = _kinds(ann, text)
    assert ("Violence against civilians", "Attack") not in kinds, kinds
    assert any(t == "Outside ACLED" for t, _ in kinds), kinds


def test_passive_killed_after_a_flood_is_no_attack(ann):  # type: ignore[no-untyped-def]
    # the killed of the sentence after the disaster's (events/told_harm.retype_told_harm, passive "were killed")
    text = ("A cyclone struck the coast near Marrowby on Monday, flooding low-lying streets. Officials say at least 11 "
            "people were killed and some 6,000 are sleeping in schools.")
    kinds = _kinds(ann, text)
    assert all(t not in VIOLENT_EVENT_TYPES for t, _ in kinds), kinds


def test_grenades_of_an_ambush_are_no_event_of_their_own(ann):  # type: ignore[no-untyped-def]
    # events/merge_types.fight_step: the grenades thrown with gunfire restate the ambush (one armed clash)
    text = ("Rebels ambushed an army lorry on a hill road near Kestrava on Tuesday, killing three soldiers, officers "
            "said. The attackers shot at the lorry and threw grenades from the slope before fleeing into the woods.")
    kinds = _kinds(ann, text)
    assert ("Battles", "Armed clash") in kinds, kinds
    assert ("Explosions/Remote violence", "Grenade") not in kinds, kinds


def test_rockets_fired_in_an_ambush_are_no_shelling_of_their_own(ann):  # type: ignore[no-untyped-def]
    text = ("Militants ambushed a police convoy near Dallow Creek on Tuesday, killing four officers, the county chief "
            "said. He said the gunmen fired rockets at the lead vehicle before turning their rifles on the rest.")
    kinds = _kinds(ann, text)
    assert ("Battles", "Armed clash") in kinds, kinds
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") not in kinds, kinds


def test_suspect_arrested_over_an_ordinary_killing_is_no_arrest_event(ann):  # type: ignore[no-untyped-def]
    # events/crime.petty_arrest: a crime named in the article, no political violence
    text = ("A judge on Tuesday ordered a 30-year-old man held without bail over the killing of a shop owner in "
            "Westmere last week. Prosecutors said Dale Hurst shot Omar Lessing during an argument over a debt. Hurst "
            "was arrested on Sunday after detectives traced his phone.")
    kinds = _kinds(ann, text)
    assert ("Strategic developments", "Arrests") not in kinds, kinds


def test_arrest_of_an_opposition_figure_is_kept(ann):  # type: ignore[no-untyped-def]
    # the guard: a political arrest (an activist, a march) stays an ACLED arrest
    text = ("Police in Velmora arrested opposition activist Ruth Adongo at her home on Monday and accused her of "
            "insulting the president in a speech, her party said. Detectives searched her office.")
    kinds = _kinds(ann, text)
    assert ("Strategic developments", "Arrests") in kinds, kinds


def test_forecast_rain_is_no_disaster_that_happened(ann):  # type: ignore[no-untyped-def]
    # events/modality/threat: "warned of" (a verb of warning) and "predicted" (cue possibility_verbs) tell what may come
    text = ("A mudslide buried two houses in the hamlet of Orvalle on Tuesday, the district office said. Forecasters "
            "predicted more heavy rain this week and warned of flooding along the Tesk valley.")
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 6, 11)))
    told = {(e.trigger.text.lower(), e.modality) for e in an.events if e.trigger is not None}
    assert not {("rain", "asserted"), ("flooding", "asserted")} & told, told
