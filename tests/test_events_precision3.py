"""Event precision, third round (issue 15): weapons listed as booty, discredited reports, deeds stopped, the
past, examples of a kind, a side's war told in the present, captions in the present, and deeds told as
beginning. Sentences written for these tests; people, places and groups are made up."""
from __future__ import annotations

import datetime as dt
import functools

import pytest

from events_helpers import Builder

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def events(text, published=dt.date(2024, 3, 14)):  # type: ignore[no-untyped-def]
    return Builder(text, published=published).run()


def asserted_violent(text, published=dt.date(2024, 3, 14)):  # type: ignore[no-untyped-def]
    return [e for e in events(text, published) if e.event_type in VIOLENT and e.modality == "asserted"]


@functools.lru_cache(maxsize=1)
def _annotator():  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import Annotator

    return Annotator()


def annotated(text, published=None):  # type: ignore[no-untyped-def]
    """The events of the whole per-article analysis (times found by the time tagger, not given by hand)."""
    from sitrep.nlp.annotate import DocContext

    return _annotator().annotate(text, DocContext(article_id="t", published=published)).events


# ------------------------------------------------------------------ weapons counted as booty, not used
@pytest.mark.parametrize("text", [
    "The rebels captured 12 rifles and 3 mortar launchers with 20 grenades at the depot near Marrow.",
    "Police said the thieves stole the guards' weapons, which consisted of two pistols, 4 rifles and 1 grenade.",
    "Soldiers confiscated 40 rifles, 6 machineguns and 300 detonating caps in a raid on a farm near Kelso.",
])
def test_weapons_counted_in_an_inventory_are_no_explosion(text):
    assert not [e for e in asserted_violent(text) if e.event_type == "Explosions/Remote violence"], text


@pytest.mark.parametrize("text", [
    "Militants threw 2 grenades at the police station in Marrow on Monday.",
    "Gunmen fired 3 rockets at the airport near Kelso on Friday.",
])
def test_counted_weapons_that_are_used_stay_attacks(text):
    assert asserted_violent(text), text


# ------------------------------------------------------------------ a report the sentence calls false
@pytest.mark.parametrize("text", [
    "The ministry said the report that the mayor's son had been shot by soldiers is completely unfounded.",
    "Kelso (radio) -- the report that the envoy's daughter was wounded by gunfire is false.",
    "Rumours that rebels attacked the convoy near Marrow are untrue, the army said.",
])
def test_a_deed_inside_a_discredited_report_is_denied(text):
    assert not asserted_violent(text), text
    assert any(e.modality == "denied" for e in events(text) if e.event_type in VIOLENT), text


def test_a_report_that_is_confirmed_stays_asserted():
    assert asserted_violent("The report that rebels attacked the convoy near Marrow on Monday is accurate, the army said.")


# ------------------------------------------------------------------ deeds stopped, examples, the past
@pytest.mark.parametrize("text", [
    "The militia declared a suspension of its bombings of the railway.",
    "The church called for a halt to the shelling of the valley.",
    "The bishops asked the police to halt the arrests, abductions and beatings of farmers.",
])
def test_deeds_stopped_or_asked_to_stop_are_not_done(text):
    assert not asserted_violent(text), text
    assert not [e for e in events(text) if e.modality == "asserted" and e.sub_event_type == "Looting/property destruction"], text


@pytest.mark.parametrize("text", [
    "The gang has bombed our offices in the past.",
    "In those days the militia attacked villages along the river.",
])
def test_the_past_is_background(text):
    assert not asserted_violent(text), text


def test_a_past_week_is_news():
    assert asserted_violent("Gunmen attacked two buses near Marrow in the past week, killing four passengers.")


def test_examples_of_a_kind_of_deed_are_no_incident():
    text = "Rebels staged operations such as an attack on a garrison."
    assert not asserted_violent(text)


# ------------------------------------------------------------------ a side's war in the present
@pytest.mark.parametrize("text", [
    "Turkey is fighting the PKK, the minister said.",
    "The government is also battling Al-Shabaab.",
])
def test_a_whole_side_fighting_another_in_the_present_is_no_incident(text):
    assert not asserted_violent(text), text


@pytest.mark.parametrize("text", [
    "Rebels are fighting government troops in the old quarter of Aleppo.",
    "Army battalions are fighting militia squads near the southern bridge of Marrow.",
    "Turkey fought the PKK near Cizre on Monday.",
])
def test_fighting_told_with_a_place_or_by_units_or_in_the_past_stays_an_incident(text):
    assert asserted_violent(text), text


# ------------------------------------------------------------------ captions in the present, deeds that begin
def test_a_caption_in_the_present_beside_a_weekday_is_no_plan():
    # (supporters fighting supporters, no armed side named: mob violence, a riot, since branch subtypes3)
    evs = [e for e in annotated("Supporters skirmish near the stadium in Marrow on Saturday.")
           if e.event_type in (*VIOLENT, "Riots")]
    assert evs and evs[0].modality == "asserted"


def test_a_weekday_said_to_come_stays_planned():
    evs = [e for e in annotated("Rebels attack the town next Saturday, the commander warned.") if e.event_type in VIOLENT]
    assert evs and all(e.modality != "asserted" for e in evs)


@pytest.mark.parametrize("text", [
    "Guards fired shots in the air before the attack started.",
    "Residents fled their homes as the shelling resumed.",
])
def test_a_deed_told_as_beginning_is_news_not_a_reference(text):
    assert asserted_violent(text), text


def test_a_definite_deed_talked_about_is_still_a_reference():
    assert not asserted_violent("The president said the attack showed the rebels' weakness.")


# ------------------------------------------------------------------ metaphors
@pytest.mark.parametrize("text", [
    "Economists call youth joblessness a demographic time bomb.",
    "The coast guard fought a long battle against drug trafficking with new boats.",
])
def test_metaphors_are_no_events(text):
    assert not asserted_violent(text), text


def test_a_real_time_bomb_stays_a_bombing():
    assert asserted_violent("A time bomb exploded in the market in Marrow on Tuesday, wounding six people.")


# ------------------------------------------------------------------ a conflict's toll
def test_a_toll_of_thousands_with_no_date_is_a_conflict_not_an_incident():
    b = Builder("The new constitution rests on the murder of 80,000 villagers.")
    b.figure("80,000", "killed", 80000)
    assert not [e for e in b.run() if e.event_type in VIOLENT and e.modality == "asserted"]


def test_a_toll_of_dozens_stays_an_incident():
    b = Builder("The killing of 40 villagers near Marrow shocked the country.")
    b.figure("40", "killed", 40)
    assert [e for e in b.run() if e.event_type in VIOLENT and e.modality == "asserted"]


def test_one_blast_with_thousands_dead_stays_an_incident():
    b = Builder("An estimated 60,000 people were killed in the atomic bombing of the harbour city.")
    b.figure("60,000", "killed", 60000)
    assert [e for e in b.run() if e.event_type in VIOLENT and e.modality == "asserted"]
