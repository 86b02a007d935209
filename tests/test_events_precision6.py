"""Event precision, sixth round (branch precision3): a burning told as a step of the riot or raid it belongs to
is part of that incident, one told on its own is an incident of its own. Sentences written for these tests; the
people and incidents are made up (the towns are real, so that the gazetteer places them)."""
from __future__ import annotations

import datetime as dt

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

PROPERTY = "Looting/property destruction"


# ------------------------------------------------------------------ a riot's crowd burning what it stormed
def test_a_crowd_burning_what_it_stormed_is_the_riot():
    evs = happened(events("Hundreds of protesters angry over water cuts stormed the district council office in "
                          "Kassala on Tuesday and set part of it on fire, police said."))
    assert evs and not happened(evs, PROPERTY), show(evs)
    assert [e.event_type for e in evs] == ["Riots"], show(evs)


# ------------------------------------------------------------------ a burning told as a step of the raid
def test_raiders_arriving_and_burning_is_the_raid():
    evs = happened(events("Gunmen killed nine villagers in an attack on a village near Kutum on Saturday, local "
                          "officials said.\n\nThe attackers arrived on motorbikes at dawn and set fire to dozens of "
                          "huts before fleeing into the hills, a herder said."))
    assert len(evs) == 1 and not happened(evs, PROPERTY), show(evs)


def test_raiders_also_burning_is_the_raid_but_a_burning_told_on_its_own_stays():
    evs = happened(events("Gunmen killed nine villagers in an attack on a village near Kutum on Saturday, local "
                          "officials said.\n\nWitnesses said the gunmen also burned about 15 houses before fleeing."))
    assert len(evs) == 1 and not happened(evs, PROPERTY), show(evs)
    # (MUC-4 codes a shop burned by kidnappers as they leave as an arson of its own)
    evs = happened(events("Gunmen kidnapped a trader near Kutum on Saturday, officials said.\n\nThe kidnappers "
                          "burned his shop as they left the market."))
    assert happened(evs, PROPERTY), show(evs)


# ------------------------------------------------------------------ the fight told with a town's taking
TAKINGS = ("Government regains territory", "Non-state actor overtakes territory")


def test_the_dead_of_the_battle_are_the_takings():
    evs = happened(events("Government troops recaptured the town of Kutum from rebels on Sunday after heavy "
                          "fighting, a regional official said.\n\nEleven rebels and three soldiers were killed in the "
                          "battle, the official told reporters by phone."))
    assert [e.sub_event_type for e in evs] == ["Government regains territory"], show(evs)
    assert evs[0].fatalities is not None and evs[0].fatalities.low == 14, show(evs)


def test_shells_during_the_fighting_are_the_takings_but_a_clash_told_apart_stays():
    evs = happened(events("Rebels took control of the town of Kutum on Sunday after the army pulled back, residents "
                          "said.\n\nAt least four civilians were killed by stray shells during the fighting, a local "
                          "official said.\n\nSeparately, troops clashed with rebels near the town of Kassala on "
                          "Sunday, killing five, the army said."))
    assert sorted(e.sub_event_type for e in evs) == ["Armed clash", "Non-state actor overtakes territory"], show(evs)


def test_a_taking_told_with_its_fight_is_no_transfer_without_one():
    evs = happened(events("Armed gangs seized control of the town of Kutum on Sunday, officials said.\n\nMembers of "
                          "the gang attacked the town before dawn and fought police for several hours, a police union "
                          "said."))
    assert len(evs) == 1 and evs[0].sub_event_type in TAKINGS, show(evs)


# ------------------------------------------------------------------ an arrest told again with its day
def test_an_arrest_told_again_with_its_day_is_one_arrest_but_another_day_is_another():
    evs = happened(events("Police have arrested three men suspected of plotting an attack on a market in Kassala, an "
                          "official said on Thursday.\n\nThe men, aged 20 to 26, were detained in raids on Wednesday, "
                          "the official said."), "Arrests")
    assert len(evs) == 1, show(evs)
    assert evs[0].date_start == dt.date(2025, 6, 11), (evs[0].date_start, show(evs))
    evs = happened(events("Police arrested three students in Kassala on Monday, their lawyer said.\n\nThe students' "
                          "leaders were detained on Wednesday, the lawyer added."), "Arrests")
    assert len(evs) == 2, show(evs)


def test_they_were_detained_retells_the_arrest():
    evs = happened(events("State security agents arrested three opposition figures in Kassala on Monday, their "
                          "lawyers said.\n\nThe government has not said why they were detained."), "Arrests")
    assert len(evs) == 1, show(evs)


# ------------------------------------------------------------------ a plot foiled by arrests
def test_a_plot_foiled_by_arrests_is_the_arrests_but_a_foiled_attack_without_arrests_stays():
    evs = happened(events("Police have arrested four men suspected of planning a bomb attack on a bus station in "
                          "Kassala, officials said on Thursday.\n\n\"A serious plot has been foiled,\" the police chief "
                          "told reporters."))
    assert [e.sub_event_type for e in evs] == ["Arrests"], show(evs)
    evs = happened(events("Troops foiled an attack on a checkpoint near Kassala on Wednesday, killing two "
                          "attackers, the army said."))
    assert evs and all(e.sub_event_type != "Arrests" for e in evs), show(evs)
