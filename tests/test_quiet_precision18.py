"""Event precision on reports full of violent words with no violent event, or one event told in two ways, in the
forms of ``tests/data/quiet_reports12`` (branch precision18): a launch and its interception ("intercepted a rocket
... the Front said it had fired the rocket": one Disrupted weapons use); a grenade told first by the police ("police
said") and then as fact ("The blast ..."); a habit told by an adverb ("have sometimes killed"); an attack noun said
of a bill ("This bill is an assault on ..."); an illness, a crop pest that kills or attacks; "an invasion of"
armyworm battled; partners "helping" an army fight; a boxing report's blows. Sentences written for these tests; the
people, offices and incidents are made up (the towns are real, so that the gazetteer places them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


def violent(evs, sub=None):  # type: ignore[no-untyped-def]
    return [e for e in happened(evs, sub) if e.event_type in VIOLENT]


def test_a_launch_and_its_interception_are_one_event():  # type: ignore[no-untyped-def]
    evs = events("The army said it intercepted a rocket fired toward the town of Kiryat Shmona early on Tuesday. "
                 "There was no damage. Hezbollah said in a statement that it had fired the rocket at an army post.")
    got = [e for e in happened(evs) if e.event_type in VIOLENT + ("Strategic developments",)]
    assert [e.sub_event_type for e in got] == ["Disrupted weapons use"], show(evs)


def test_a_launch_that_hurt_people_stays_beside_the_interception():  # type: ignore[no-untyped-def]
    evs = events("The army said it intercepted one rocket over Kiryat Shmona on Tuesday. A second rocket fired by "
                 "Hezbollah hit a house in Metula on Tuesday, wounding three people.")
    assert violent(evs), show(evs)


def test_a_grenade_a_source_claims_then_told_as_fact_is_one_event():  # type: ignore[no-untyped-def]
    evs = events("Two men threw a grenade at a police post in Ludhiana late on Monday, police claimed. The blast "
                 "woke residents shortly before midnight.")
    assert len([e for e in happened(evs) if e.event_type == "Explosions/Remote violence"]) == 1, show(evs)


@pytest.mark.parametrize("text", [
    # a habit
    "Villagers in Kaduna said air strikes have sometimes killed farmers by mistake.",
    # an attack noun said of a bill
    "\"This tax bill is an assault on every worker,\" the opposition leader told reporters in Nairobi on Monday.",
    # an illness, a pest
    "Doctors in Lagos said high blood pressure was killing more young men every year.",
    "The caterpillars have attacked maize on 5,000 hectares near Hawassa, officials said on Monday.",
    "Farmers near Hawassa are battling an invasion of locusts, the ministry said on Tuesday.",
    # aid to a war
    "The government in Bamako said its allies were helping the army fight armed groups in the north.",
    # a trade "killed", goods seized
    "Union leaders in Nairobi said on Monday that fuel levies were killing small businesses.",
])
def test_no_violent_event_is_read(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert not violent(evs), show(evs)


@pytest.mark.parametrize("text", [
    "Police in Makassar said on Monday four men had been detained on suspicion of planning to bomb a church, and "
    "seized bomb-making materials.",
    "Security will be tightened at churches in Makassar over the holidays, with thousands of police deployed.",
])
def test_no_development_is_read(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert not [e for e in happened(evs) if e.sub_event_type in ("Non-state actor overtakes territory",
                                                                  "Change to group/activity")], show(evs)
def test_a_boxing_report_tells_no_attack():  # type: ignore[no-untyped-def]
    evs = events("Kofi Asante kept his lightweight title in Accra on Saturday. The champion launched a savage attack "
                 "to the body in the first round and landed two left hooks. His punches were too much for the "
                 "Mexican, who was counted out in the fifth. Boxing fans cheered the win.")
    assert not violent(evs), show(evs)


@pytest.mark.parametrize("text", [
    "Gunmen have killed two farmers near Kaduna, police said on Monday.",
    "A tax collector was assaulted by a mob in Nairobi on Monday, police said.",
    "Government troops helped the militia fight off an attack on Kidal on Tuesday, the army said.",
    "Air strikes killed five fighters near Kaduna on Monday, the air force said.",
])
def test_the_same_words_still_tell_an_incident(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert happened(evs), show(evs)


def test_a_doer_with_rifles_and_explosives_against_police_fights_a_clash():  # type: ignore[no-untyped-def]
    evs = events("Red Hand Front dissidents attacked the police station in Balboa with rifles and homemade explosives late on "
                 "Monday, wounding two officers, the police said.")
    assert [e.sub_event_type for e in violent(evs)] == ["Armed clash"], show(evs)


@pytest.mark.parametrize("text, sub", [
    ("Security was tightened at churches in Makassar on Monday, with thousands of police deployed.",
     "Change to group/activity"),
    ("Gunmen attacked a bus near Makassar on Monday and seized the passengers' phones and cash.", None),
])
def test_the_same_developments_still_happen(text, sub):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert happened(evs, sub), show(evs)


def test_a_marcher_named_after_the_police_intervention_is_one_of_the_protesters():  # type: ignore[no-untyped-def]
    evs = events("Police fired water cannon at pensioners protesting outside Congress in Buenos Aires on Wednesday. "
                 "\"We only want our pensions,\" said Rosa Ibarra, 80, who was soaked by the water cannon.")
    got = happened(evs, "Protest with intervention")
    assert got and got[0].actor1 is not None and got[0].actor1.name.startswith("Protesters"), show(evs)
    assert got[0].actor2 is not None and got[0].actor2.name.startswith("Police"), show(evs)


def test_a_strike_that_hit_its_target_stays_beside_other_drones_downed():  # type: ignore[no-untyped-def]
    evs = events("Drones sent by the Rapid Support Forces struck a fuel depot in Kosti on Monday, setting a tank on "
                 "fire, the company said. Nobody was hurt. Air defences shot down two other drones over the city, "
                 "the army said.")
    assert happened(evs, "Air/drone strike"), show(evs)
