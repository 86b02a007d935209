"""Event precision on reports that tell no new incident, in the genres of ``tests/data/quiet_reports2`` (branch
precision8): a habit told with "every week" or in a second present verb, a film's or a game's plot told in the
present, an attack on a budget or a mosquito, goods seized by police, arrests for ordinary offences. Sentences
written for these tests; the people, works and incidents are made up (the towns are real, so that the gazetteer
places them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _of(text, kind=None):  # type: ignore[no-untyped-def]
    return [e for e in happened(events(text)) if kind is None or e.event_type in kind
            or e.sub_event_type in kind]


def _none(text, kind=None):  # type: ignore[no-untyped-def]
    evs = _of(text, kind)
    assert not evs, show(evs)


# ------------------------------------------------------------------ a habit: "every week", a second present verb
@pytest.mark.parametrize("text", [
    "Government drones strike suspected rebel camps near Djibo almost every week, a Dakar research group said.",
    "Armed groups attack the convoys on the Djibo road twice a month, the group's report said.",
])
def test_a_present_deed_with_a_recurring_time_is_a_habit(text):
    _none(text, VIOLENT)


@pytest.mark.parametrize("text", [
    "Around Djibo, armed groups routinely blockade villages, mine the roads and shoot at anyone who tries to farm.",
    "When a town is cut off, the fighters mine the roads around it and attack anyone who brings in food.",
])
def test_a_base_form_joined_to_a_habit_is_a_habit(text):
    _none(text, VIOLENT)


def test_a_deed_on_a_day_stays_an_event():
    assert _of("Gunmen attacked a convoy twice near Djibo on Monday, killing three drivers, officials said.", VIOLENT)


# ------------------------------------------------------------------ a work's plot told in the present (events/depicted)
_FILM = ("The new film by director Amal Fikry had its premiere at the Cairo festival on Wednesday, and the audience "
         "gave its lead actor a long ovation. ")


@pytest.mark.parametrize("plot", [
    "In the second half, gunmen storm a village near Minya, detonate a car bomb and kill the mayor.",
    "A convoy is ambushed near Minya by fighters who burn its trucks.",
])
def test_a_film_plot_in_the_present_is_no_event(plot):
    _none(_FILM + plot, VIOLENT)


def test_a_game_plot_in_the_present_is_no_event():
    text = ("Critics praised the graphics of the studio's new game, whose multiplayer mode drew millions of gamers. "
            "Players lead a squad through the streets of Aleppo, ambushing patrols and blowing up depots.")
    _none(text, VIOLENT)


def test_a_real_attack_at_a_festival_stays_an_event():
    text = _FILM + "On Thursday gunmen stormed a cinema in Minya during a screening and killed two guards, police said."
    assert _of(text, VIOLENT)


# ------------------------------------------------------------------ an attack on a thing (word_senses.attack_on_thing)
@pytest.mark.parametrize("text", [
    "Opposition leaders in Nairobi launched a fierce attack on the government's budget on Wednesday.",
    "The party accused its partners in Kathmandu on Wednesday of an attack on the spirit of the peace process.",
    "\"We are attacking the mosquito in every home in Kano,\" the health commissioner said on Friday.",
])
def test_an_attack_on_a_thing_is_no_event(text):
    _none(text, VIOLENT)


def test_an_attack_on_a_station_stays_an_event():
    assert _of("Gunmen launched an attack on a police station in Kano on Friday, killing an officer.", VIOLENT)


# ------------------------------------------------------------------ goods seized (triggers.not_territory)
@pytest.mark.parametrize("text", [
    "Police in Durban seized counterfeit sneakers from a warehouse near the harbour on Monday.",
])
def test_goods_seized_are_no_territory(text):
    _none(text, ("Non-state actor overtakes territory", "Government regains territory"))


def test_a_town_seized_stays_territory():
    assert _of("Rebels seized the town of Djibo on Monday after a day of fighting, residents said.",
               ("Non-state actor overtakes territory",))


# ------------------------------------------------------------------ arrests for ordinary offences (crime.petty_arrest)
@pytest.mark.parametrize("text", [
    "Police in Durban arrested 21 drivers for drunk driving at roadblocks on Saturday, a spokesman said.",
    "Six people were arrested for shoplifting at a mall in Durban on Saturday, police said.",
    "Police in Durban arrested 21 drivers for drunk driving on Saturday; the crackdown goes on until the end of March.",
])
def test_an_arrest_for_an_ordinary_offence_is_no_event(text):
    _none(text, ("Arrests",))


def test_a_political_arrest_stays_an_event():
    assert _of("Police in Durban arrested an opposition activist for fraud on Saturday, his party said.", ("Arrests",))


# ------------------------------------------------------------------ deaths by a hazard, a sentence, words (word_senses)
@pytest.mark.parametrize("text", [
    "The storm killed 18 people in Beira on Tuesday, officials said.",
    "Beira was flattened by Cyclone Idai, which killed more than 600 people in the province.",
    "Measles killed 14 children in Kano this month, health officials said on Friday.",
])
def test_deaths_by_a_storm_or_a_disease_are_no_attack(text):
    _none(text, VIOLENT)


def test_a_killing_during_a_storm_stays_an_attack():
    assert _of("Gunmen killed 18 people during the storm in Beira on Tuesday, officials said.", VIOLENT)


def test_a_court_sentence_is_no_arrest():
    _none("A court in Mombasa on Tuesday jailed a trader for life over a fire that killed his neighbours.",
          ("Arrests",))


def test_a_jailing_by_police_stays_an_arrest():
    assert _of("Police in Mombasa jailed the opposition leader on Tuesday, his party said.", ("Arrests",))


def test_voters_bombarded_with_adverts_is_no_shelling():
    _none("Both camps are bombarding voters in Kisumu with adverts on radio and television.", VIOLENT)


def test_a_battle_for_an_election_is_no_fighting():
    _none("The battle for the 2027 presidential election began in earnest in Nairobi on Wednesday.", VIOLENT)


def test_a_battle_for_a_town_stays_fighting():
    assert _of("The battle for control of the town began on Wednesday.", VIOLENT)
