"""Event precision on reports full of violent words with no violent event, or one event told twice, in the forms of
``tests/data/quiet_reports11`` (branch precision17): a deed done by computer ("cyber attacks", "a ransomware
attack", hackers who "flooded" or "bombarded" servers, "This was an attack on ..." and "it was fought off" said of
one); a grenade told twice, first within a run of two days ("hours after a grenade was thrown") and then on its
day ("hurled late on Tuesday"); a telling called false whatever its noun ("rejected posts saying ..."); a deed of
"anyone who"; a drill's "fake wounds"; a person who "collapsed"; shells that "landed" on a fronted day; "a Sunday
mass" after an old month; a stretch of time on a conjunct ("had killed or captured ... in the past twelve
months") and a deed "20 years after". Sentences written for these tests; the people, offices and incidents are
made up (the towns are real, so that the gazetteer places them)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


def violent(evs, sub=None):  # type: ignore[no-untyped-def]
    return [e for e in happened(evs, sub) if e.event_type in VIOLENT]


def test_a_grenade_told_twice_is_one_event():  # type: ignore[no-untyped-def]
    evs = events("A court in Nairobi jailed a man on Wednesday, hours after a grenade was thrown at a police post in "
                 "Wajir, wounding two officers. The grenade was hurled over the gate of the post late on Tuesday by "
                 "two men who ran off, police said.")
    got = violent(evs, "Grenade")
    assert len(got) == 1, show(evs)
    assert (got[0].date_start, got[0].date_end) == (dt.date(2025, 6, 10), dt.date(2025, 6, 10))  # the day told


def test_grenades_on_two_days_stay_two_events():  # type: ignore[no-untyped-def]
    evs = events("A grenade was hurled at a police post in Wajir late on Tuesday, wounding two officers. On Sunday "
                 "another grenade was thrown into a bar in Wajir, wounding four drinkers.")
    assert len(violent(evs, "Grenade")) == 2, show(evs)


@pytest.mark.parametrize("text", [
    # a deed done by computer
    "A wave of cyber attacks took the websites of the tax office and two banks offline in Riga on Tuesday.",
    "A ransomware attack shut down the computers of the regional hospital in Kisumu on Wednesday.",
    "The hackers flooded the ministry's servers with fake requests on Monday, officials in Nairobi said.",
    "Officials in Nairobi said hackers had \"bombarded\" the tax portal with traffic on Tuesday.",
    "A denial-of-service attack hit the electoral board's systems in Nairobi on Monday. \"This was an attack on our "
    "democracy, but it was fought off,\" the chairman said.",
    # a telling called false, whatever its noun
    "The army on Monday rejected posts on social media saying soldiers had opened fire on herders near Abeche.",
    "Police in Garissa rejected reports that gunmen had attacked a bus on the Dadaab road.",
    # whoever may do it
    "Police will punish anyone who attacked the clinic in Garissa, the governor said on Monday.",
    # a drill's feigned harm
    "Soldiers staged a mock bombing at a market in Pattani on Tuesday. Troops treated volunteers with fake wounds "
    "and defused a dummy device planted in a car.",
])
def test_no_violent_event_or_development_is_read(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert not [e for e in happened(evs) if e.event_type in VIOLENT + ("Strategic developments",)], show(evs)


def test_a_person_who_collapsed_is_no_disaster():  # type: ignore[no-untyped-def]
    evs = events("Peter Kamau collapsed at his home in Nairobi on Tuesday and died in hospital, his family said.")
    assert not [e for e in happened(evs) if e.sub_event_type == "Man-made disaster"], show(evs)


@pytest.mark.parametrize("text, sub", [
    ("Gunmen attacked a police post in Mandera on Tuesday, killing two officers.", None),
    ("Suspected militants attacked an army base near Garissa on Tuesday, a day after a cyber attack on the "
     "ministry's website.", None),
    ("A wave of cyber attacks hit the banks in Nairobi on Monday. On Tuesday gunmen shot dead a guard at a bank in "
     "Garissa.", None),
    ("Residents said soldiers had opened fire on herders near Abeche on Monday, killing two.", None),
    ("Gunmen who attacked the clinic in Garissa on Monday killed a nurse.", None),
    ("Troops defused a bomb planted in a car at a market in Pattani on Tuesday.", "Disrupted weapons use"),
    ("A five-storey building collapsed in Nairobi on Tuesday, killing six people.", "Man-made disaster"),
])
def test_the_same_words_still_tell_an_incident(text, sub):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert happened(evs, sub), show(evs)


def test_shells_that_landed_take_the_fronted_day():  # type: ignore[no-untyped-def]
    evs = events("On Wednesday, mortar shells landed in a camp in Baidoa, killing two children.")
    ev = violent(evs)[0]
    assert (ev.date_start, ev.date_precision) == (dt.date(2025, 6, 11), "day"), show(evs)


def test_a_sunday_mass_after_an_old_month_is_not_last_sunday():  # type: ignore[no-untyped-def]
    evs = events("The court convicted two men over the January 2019 bombing of a church in Jolo. Two bombs exploded "
                 "during a Sunday mass, killing 23 people.")
    assert not [e for e in evs if e.date_start == dt.date(2025, 6, 8)], [(e.trigger.text, e.date_start) for e in evs]


@pytest.mark.parametrize("text, word", [
    ("The minister said the army had killed or captured 300 fighters in the past twelve months.", "killed"),
    ("Mourners laid wreaths in Beslan on Tuesday, 20 years after gunmen seized a school there.", "seized"),
])
def test_a_stretch_shared_by_a_conjunct_or_years_after_is_background(text, word):  # type: ignore[no-untyped-def]
    evs = [e for e in events(text) if e.trigger is not None and e.trigger.text == word]
    assert not happened(evs), show(evs)


@pytest.mark.parametrize("text, word", [
    ("The army killed four rebels near Garissa on Monday and captured dozens in recent months.", "killed"),
    ("Mourners gathered in Garissa on Tuesday, two days after gunmen attacked a bus there.", "attacked"),
])
def test_a_deed_of_its_own_or_days_after_stays_news(text, word):  # type: ignore[no-untyped-def]
    evs = [e for e in events(text) if e.trigger is not None and e.trigger.text == word]
    assert happened(evs), show(evs)
