"""Sub-type families of the fifth CASE round (issue 15): a protest told as the purpose of a deed done is
asserted ("blocked roads to protest"); ground gained ("advanced into", "pushed back from") is territory taken;
aircraft that destroy something are an air strike. Sentences written for these tests; places made up."""
from __future__ import annotations

import pytest

from events_helpers import events, subs


def mods(text):
    return [(e.sub_event_type or e.plover, e.modality) for e in events(text)]


# ------------------------------------------------------------------------- purpose clauses
@pytest.mark.parametrize("text", [
    "Farmers blocked the roads around Tessor on Monday to protest the new grain tax.",
    "Dock workers stopped work at the Tessor port on Friday to protest the sale of the harbour.",
])
def test_a_protest_told_as_the_purpose_of_a_deed_done_is_asserted(text):
    got = mods(text)
    assert any(m == "asserted" and s in ("Peaceful protest", "Violent demonstration") for s, m in got), got


@pytest.mark.parametrize("text", [
    "The court blocked the union from protesting in Tessor.",
    "Farmers will block the roads around Tessor next week to protest the tax.",
])
def test_a_protest_prevented_or_still_to_come_is_not_asserted(text):
    got = mods(text)
    assert got and not any(m == "asserted" for _, m in got), got


def test_a_purpose_that_is_no_protest_stays_planned():
    got = mods("Troops moved north on Monday to recapture Tessor.")
    assert ("Non-state actor overtakes territory", "asserted") not in got, got
    assert ("Government regains territory", "asserted") not in got, got


# ------------------------------------------------------------------------- ground gained
def test_government_troops_advancing_into_a_town_regain_territory():
    assert "Government regains territory" in subs("Government troops advanced into the town of Tessor on Monday.")


def test_rebels_advancing_into_a_town_overtake_territory():
    assert "Non-state actor overtakes territory" in subs("The rebels advanced into the outskirts of Tessor on Monday.")


@pytest.mark.parametrize("text", [
    "The rebels say they are advancing toward victory in Tessor.",
    "Prices in Tessor advanced into double digits last month.",
])
def test_advancing_toward_no_place_is_no_territory_taken(text):
    got = subs(text)
    assert not {"Non-state actor overtakes territory", "Government regains territory"} & set(got), got


def test_militants_pushed_back_in_a_report_naming_the_army_is_the_government_regaining_ground():
    got = subs("The militants were pushed back from their positions near Tessor, the army said.")
    assert "Government regains territory" in got, got


def test_militants_pushed_back_with_no_state_side_named_is_not_a_government_gain():
    got = subs("The militants were pushed back from their positions near Tessor.")
    assert "Government regains territory" not in got, got


# ------------------------------------------------------------------------- aircraft as the striker
@pytest.mark.parametrize("text", [
    "Government warplanes destroyed a rebel headquarters near Tessor on Monday.",
    "The air force destroyed three militant vehicles near Tessor.",
])
def test_aircraft_that_destroy_something_are_an_air_strike(text):
    assert "Air/drone strike" in subs(text)


def test_aircraft_destroyed_on_the_ground_are_no_air_strike():
    assert "Air/drone strike" not in subs("The rebels destroyed two army helicopters at the Tessor airfield.")


# ------------------------------------------------------------------------- arrests at a protest
def test_arrests_during_an_attempted_protest_are_an_intervention():
    got = subs("Police detained six students in Tessor on Sunday during a bid to hold a protest over the new law.")
    assert "Protest with intervention" in got and "Arrests" not in got, got


def test_an_arrest_over_organising_a_protest_stays_an_arrest():
    got = subs("Police arrested a student leader in Tessor on Sunday on charges of organising an illegal protest.")
    assert "Arrests" in got, got
