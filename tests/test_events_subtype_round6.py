"""Sub-type families of the sixth CASE round (issue 15, branch subtypes3): "charge" and "set" in their other
senses (a rush at a camp, a baton charge, "set upon", "set to take effect"), a fight between groups of civilians
(mob violence), protest forms (die-in, human chain), "recovered control", and a chemical agent in the cylinders
of a dropped bomb. Sentences written for these tests; places made up."""
from __future__ import annotations

import pytest

from events_helpers import subs


@pytest.fixture(autouse=True)
def rules_only(monkeypatch):
    """The rules' own decision: the learned sub-type model (fitted on the old rules) switched off."""
    from sitrep.events import subtype_model

    monkeypatch.setattr(subtype_model, "ENABLED", False)


# ------------------------------------------------------------------------- "charge": a rush, not an accusation
@pytest.mark.parametrize("text", [
    "Fighters of the rebel group charged a police camp outside Tessor at night, wounding two officers.",
    "Militants charged the army outposts near Keslow before dawn on Sunday.",
])
def test_a_charge_at_a_camp_or_post_is_violence_not_an_accusation(text):
    got = subs(text)
    assert "ACCUSE" not in got and {"Armed clash", "Attack"} & set(got), got
    # the accusation stays one: a "that" clause, a "with" phrase naming the wrong
    assert "ACCUSE" in subs("The minister charged that the army had shelled the villages around Tessor.")
    assert "ACCUSE" in subs("The union charged the company with breaking the wage deal in Tessor.")


def test_a_baton_charge_on_a_protest_is_an_intervention():
    got = subs("Police baton charged a human chain formed by teachers in Dorvale on Sunday.")
    assert "Protest with intervention" in got and "ACCUSE" not in got and "Attack" not in got, got


# ------------------------------------------------------------------------- "set"
def test_insurgents_setting_upon_a_base_is_a_fight_not_a_base_established():
    got = subs("Insurgents set upon a military base on the edge of Tessor early Sunday.")
    assert "Armed clash" in got and "Headquarters or base established" not in got, got


def test_a_cease_fire_set_to_take_effect_is_no_fire_set():
    got = subs("The cease-fire agreement between the two militias in Tessor is set to take effect on Friday.")
    assert "Looting/property destruction" not in got, got
    # a fire set and a base set up are kept
    assert "Looting/property destruction" in subs("Rebels set fire to the market in Tessor on Monday.")
    assert "Headquarters or base established" in subs("Troops set up a new base near Tessor on Monday.")


@pytest.mark.parametrize("text", [
    "Armed men set the Dorvale farmers' club on fire on Monday night.",
    "Three warehouses in Dorvale were set on fire by unknown men on Monday.",
])
def test_a_thing_set_on_fire_is_a_fire_set(text):
    # "fire" is the object of the verb's "on", not of the verb (a MUC-4 dev recall loss of the 2026-12-04 merges)
    got = subs(text)
    assert "Looting/property destruction" in got, got


# ------------------------------------------------------------------------- civilians fighting civilians
@pytest.mark.parametrize("text", [
    "Two men were killed in Tessor as villagers clashed using sticks and iron rods over grazing land.",
    "Youths from two neighbouring villages near Keslow clashed over a football match, leaving five injured.",
    "Supporters of the two rival parties clashed in the market town of Veltomo, and three people were hurt.",
])
def test_a_clash_between_groups_of_civilians_is_mob_violence(text):
    got = subs(text)
    assert "Mob violence" in got and "Armed clash" not in got, got
    # a clash with armed men or with police is not mob violence
    got = subs("Residents said militants clashed with the army near Tessor.")
    assert "Armed clash" in got and "Mob violence" not in got, got
    got = subs("Students clashed with police outside the university in Tessor.")
    assert "Violent demonstration" in got and "Mob violence" not in got, got


# ------------------------------------------------------------------------- protest forms, territory, chemicals
def test_a_die_in_is_a_protest():
    assert "Peaceful protest" in subs("Nurses held a die-in outside the ministry in Tessor on Tuesday.")


def test_recovered_control_is_territory_regained():
    got = subs("Government troops recovered control of three villages near Tessor from the rebels on Monday.")
    assert "Government regains territory" in got, got


def test_poison_gas_in_the_cylinders_of_a_dropped_bomb_is_a_chemical_weapon():
    got = subs("A helicopter dropped barrel bombs with gas cylinders containing a poisonous agent on Tessor.")
    assert "Chemical weapon" in got and "Air/drone strike" not in got, got
    # a gas cylinder that explodes by itself is still an accident
    got = subs("A gas cylinder exploded in a restaurant in Tessor, killing four people.")
    assert "Chemical weapon" not in got, got


# ------------------------------------------------------------------------- second step: entries, checks, mishaps
def test_soldiers_entering_a_village_to_do_a_deed_is_that_deed_not_territory():
    ground = {"Government regains territory", "Non-state actor overtakes territory"}
    got = subs("Soldiers entered a village near Tessor on Sunday and raped at least six women.")
    assert "Sexual violence" in got and not ground & set(got), got
    got = subs("Troops entered the village of Brannock on Sunday and beat several residents.")
    assert "Attack" in got and not ground & set(got), got
    # an entry told with no deed of its own is still ground taken
    assert "Government regains territory" in subs("Government troops entered the town of Tessor on Tuesday after heavy fighting.")


@pytest.mark.parametrize("text", [
    "Coast guards intercepted about 200 migrants off the coast of Keslow on Sunday.",
    "Road safety officers intercepted a suspected trafficker on the Tessor highway and freed six children.",
    "Police confiscated 40 tonnes of fake cosmetics in Tessor.",
])
def test_people_or_goods_stopped_are_no_disrupted_weapons_use(text):
    got = subs(text)
    assert "Disrupted weapons use" not in got, got
    # drones intercepted and rifles confiscated still are
    assert "Disrupted weapons use" in subs("Air defences intercepted two drones over Tessor on Monday.")
    assert "Disrupted weapons use" in subs("Soldiers confiscated twelve rifles and a box of grenades in a raid on Tessor.")


def test_crews_called_to_a_scene_hold_no_talks():
    got = subs("Firefighters were called to the scene after a chemical spill at a paint factory in Tessor.")
    assert "CONSULT" not in got and "Man-made disaster" in got, got
    assert "CONSULT" in subs("The president called his Keslow counterpart on Monday to discuss the border.")


@pytest.mark.parametrize("text", [
    "Nineteen people were killed when the overloaded bus plunged from a bridge into a river near Tessor.",
    "Twelve people were killed on Monday when a bus fell into a gorge near Tessor.",
])
def test_deaths_in_a_vehicle_mishap_are_an_accident(text):
    got = subs(text)
    assert "Man-made disaster" in got and "Attack" not in got, got
    # not when a weapon is named in the sentence
    got = subs("Three soldiers were killed when their truck overturned after being hit by a rocket near Tessor.")
    assert "Man-made disaster" not in got, got


def test_the_deed_answered_in_retaliation_is_told_before():
    from events_helpers import events

    got = [(e.sub_event_type, e.modality) for e in events(
        "Warplanes struck a fuel depot near Tessor on Tuesday, killing four people, in retaliation for rocket fire.")]
    assert ("Shelling/artillery/missile attack", "asserted") not in got, got
    assert ("Air/drone strike", "asserted") in got, got


# ------------------------------------------------------------------------- third step: diplomatic sanctions
@pytest.mark.parametrize("text", [
    "Keslow cut diplomatic ties with Tessor on Thursday and gave its embassy staff three days to leave.",
    "The government announced the expulsion of 20 diplomats from Keslow on Monday.",
    "Keslow severed diplomatic relations with Tessor on Thursday.",
])
def test_ties_cut_and_diplomats_expelled_are_a_sanction(text):
    got = subs(text)
    assert "SANCTION" in got, got
    # ties cut that are not a state's
    assert "SANCTION" not in subs("The football club in Tessor cut ties with its coach after the defeat.")
