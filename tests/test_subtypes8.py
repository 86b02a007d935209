"""ACLED sub-types and their fields on rarer kinds of report (branch subtypes8, ``tests/data/mixed_reports3``): who
takes a place that is handed over, people marched away by their captors, and a toll of zero told after the lead.
Sentences written for these tests; the people and incidents are made up (the towns are real, so that the gazetteer
places them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers


def _one(text, sub):  # type: ignore[no-untyped-def]
    evs = happened(events(text), sub)
    assert len(evs) == 1, show(happened(events(text)))
    return evs[0]


# ------------------------------------------------------------------ a place handed over (events/handover)
@pytest.mark.parametrize("text,taker", [
    ("UN peacekeepers handed over their camp near Gao to the Malian army on Monday, a UN spokesman said.", "Mali"),
    ("The rebels handed the town of Kamituga over to the Congolese army on Tuesday.", "Congo"),
])
def test_the_side_a_place_is_handed_to_takes_it_over(text, taker):
    e = _one(text, "Non-violent transfer of territory")
    assert e.actor1 is not None and taker in e.actor1.name and e.actor1.name.startswith("Military"), (e.actor1, e.actor2)
    assert e.actor2 is not None and not e.actor2.name.startswith("Military"), (e.actor1, e.actor2)


# ------------------------------------------------------------------ people marched away (word_senses.forced_march)
def test_a_congregation_marched_into_the_forest_is_no_protest():
    evs = events("Gunmen abducted 14 worshippers from a church near Kajuru on Sunday and marched the congregation "
                 "into the forest, a pastor said.")
    assert not happened(evs, "Peaceful protest"), show(happened(evs))
    assert happened(evs, "Abduction/forced disappearance"), show(happened(evs))


def test_a_march_by_a_congregation_stays_a_protest():
    evs = events("Members of a congregation marched through Kaduna on Sunday to demand the release of their pastor.")
    assert happened(evs, "Peaceful protest"), show(happened(evs))


# ------------------------------------------------------------------ a toll of zero (events/no_harm)
def test_none_died_gives_a_zero_toll_across_the_paragraph():
    e = _one("Russian forces dropped a drone bomb on a trench near Pokrovsk on Monday, the Ukrainian military said."
             "\n\nThe drone came in low at dawn. Three soldiers were treated for burns; none died.",
             "Air/drone strike")
    assert e.fatalities is not None and e.fatalities.low == 0, e.fatalities


def test_no_deaths_after_a_looting_gives_it_a_zero_toll():
    e = _one("Gang members looted shops in the market of Mirebalais on Sunday, the mayor said.\n\nThe men carried "
             "away rice and fuel. No deaths were reported.", "Looting/property destruction")
    assert e.fatalities is not None and e.fatalities.low == 0, e.fatalities


def test_a_second_paragraph_with_its_own_deed_keeps_the_lead_blank():
    evs = happened(events("Gunmen attacked a bus near Kajuru on Sunday, police said.\n\nIn a separate incident, "
                          "soldiers clashed with bandits near Kachia on Monday. Nobody was killed, the army said."))
    lead = [e for e in evs if e.trigger is not None and e.trigger.text == "attacked"]
    assert lead and lead[0].fatalities is None, show(evs)


# ------------------------------------------------------------------ the war's state (events/going_on)
@pytest.mark.parametrize("text", [
    "Fighting around Pokrovsk has raged for more than a year, the governor said.",
    "Fighting in the hills east of Bhamo has gone on for months.",
])
def test_fighting_going_on_for_a_long_stretch_is_no_incident(text):
    assert not happened(events(text)), show(happened(events(text)))


def test_fighting_for_a_day_of_its_own_stays_an_incident():
    assert happened(events("Fighting raged in Bhamo for a third day on Tuesday, residents said."), "Armed clash")


# ------------------------------------------------------------------ a run of deeds since a clause (modality)
def test_deeds_since_a_clause_under_a_perfect_are_background():
    evs = events("Israel has struck the southern suburbs of Beirut several times since a ceasefire took effect in "
                 "November 2024, saying it targets Hezbollah sites.")
    assert not happened(evs), show(evs)


def test_a_causal_since_keeps_the_deed():
    assert happened(events("Police shot dead two protesters in Maputo on Tuesday since they refused to leave the "
                           "road, witnesses said."))


# ------------------------------------------------------------------ only the hurt counted (events/hurt_only)
@pytest.mark.parametrize("text,sub", [
    ("An unidentified man threw a grenade into a bar in Celaya late on Monday, wounding five people, prosecutors "
     "said.", "Grenade"),
    ("Gunmen opened fire on a minibus near Kajuru on Sunday, wounding the driver and two passengers.", "Attack"),
])
def test_a_deed_that_only_hurt_has_a_zero_toll(text, sub):
    e = _one(text, sub)
    assert e.fatalities is not None and e.fatalities.low == 0 and e.fatalities.high == 0, e.fatalities


@pytest.mark.parametrize("text,sub", [
    ("An unidentified man threw a grenade into a bar in Celaya late on Monday, wounding five people, one of whom "
     "later died in hospital, prosecutors said.", "Grenade"),
    ("Gunmen opened fire on a minibus near Kajuru on Sunday, and the bodies of two passengers were found later.",
     "Attack"),
])
def test_a_death_told_beside_the_hurt_keeps_the_toll_blank_or_counted(text, sub):
    evs = happened(events(text), sub)
    assert evs and all(e.fatalities is None or e.fatalities.low != 0 for e in evs), show(evs)


def test_a_report_that_tells_a_death_gives_no_zero_to_its_hurt():
    # (the hurt may be the same deed's, told again under another reading: blank beats wrong)
    evs = happened(events("Gunmen shot dead a trader in Kajuru on Saturday, police said.\n\nIn Kachia, a man threw "
                          "a grenade into a bar on Sunday, wounding five people."))
    assert any(e.fatalities is not None and e.fatalities.low == 1 for e in evs), show(evs)
    assert all(e.fatalities is None or e.fatalities.low != 0 for e in evs), \
        [(e.sub_event_type, e.fatalities) for e in evs]
