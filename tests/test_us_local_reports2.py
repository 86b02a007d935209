"""Counts and suspects of US local crime reports read wrong on the first read of tests/data/local_reports_us2
(issue 16, branch uslocal2): the dead found in a list with ages, "a shooting that left a man dead Saturday", "the
man fatally shot by an officer", "a boy is in critical condition", a survival told two sentences after the shot,
"grazed by bullets", "treated for a graze wound", the hospital a victim died at taken for the attack's place, and
suspects named by a bare arrest after an unnamed one was charged, by "identified him as X ... charging him", by
"the suspected gunman, a former employee identified as X", and with a nickname in quotes. Sentences written for
these tests; names made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def analyse(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("us2", published=dt.date(2025, 6, 2)))


def counts(ann, text, what):  # type: ignore[no-untyped-def]
    return [f.low for f in analyse(ann, text).figures if f.what == what]


def attackers(ann, text):  # type: ignore[no-untyped-def]
    return [e.actor1.name if e.actor1 else None for e in analyse(ann, text).events
            if e.event_type in VIOLENT_EVENT_TYPES]


@pytest.mark.parametrize("text, n", [
    ("Deputies found Carla Mendel, 51, and Ross Mendel, 55, dead in the kitchen of their home in Ocala.", 2),
    ("A 19-year-old Topeka man has been charged in a shooting that left a man dead Sunday on the city's west side.",
     1),
    ("Police in Mobile identified the woman fatally stabbed by an intruder Tuesday as Rena Oakley, 29.", 1),
])
def test_the_dead_of_local_phrasings_are_counted(ann, text, n):  # noqa: F811
    assert n in counts(ann, text, "killed")


@pytest.mark.parametrize("text", [
    "A 6-year-old boy is in critical condition after he found a pistol in a closet and shot himself in Joplin.",
    "A 30-year-old man was shot in the arm Friday night in Topeka. Officers said the gunfire began near a gas "
    "station on Gage Boulevard. The victim is expected to survive.",
    "A third man, 19, was treated for a graze wound and released.",
])
def test_a_survivor_is_counted_wounded(ann, text):  # noqa: F811
    assert 1 in counts(ann, text, "wounded")


def test_people_grazed_by_bullets_are_wounded(ann):  # noqa: F811
    assert 2 in counts(ann, "Two bystanders were grazed by bullets outside a bar in Topeka on Friday.", "wounded")


def test_the_hospital_a_victim_died_at_does_not_place_the_attack(ann):  # noqa: F811
    text = ("Rena Oakley, 29, was stabbed outside a bar and died at the Ozark Regional Medical Center, Joplin police "
            "said.")
    places = [e.place.name for e in analyse(ann, text).events if e.event_type in VIOLENT_EVENT_TYPES and e.place]
    assert not any("Medical Center" in p for p in places)


def test_a_condition_until_a_death_is_no_wound(ann):  # noqa: F811
    text = ("A man was beaten outside a bar in Topeka on Saturday. He was taken to a hospital, where he remained in "
            "critical condition until his death on Monday.")
    assert 1 not in counts(ann, text, "wounded")


@pytest.mark.parametrize("text, who", [
    ("A woman was shot dead in Topeka on Friday. A 40-year-old man has been charged with murder in her death. "
     "Officers arrested Wendell Pruitt at a motel on Saturday.", "Wendell Pruitt"),
    ("A masked man shot a store clerk dead in Joplin on Sunday. Police identified him as Corbin Vale, 30, and "
     "issued a warrant charging him with murder.", "Corbin Vale"),
    ("A cook was shot dead at a diner in Topeka. Officers found the suspected shooter, a former dishwasher "
     "identified as Lonnie Barth, 38, at his home.", "Lonnie Barth"),
    ('A clerk was shot dead in Topeka on Sunday. Marcus "Deuce" Whitley, 27, was arrested Monday and now faces two '
     'counts of first-degree murder.', 'Marcus "Deuce" Whitley'),
])
def test_the_suspect_of_a_local_report_is_the_attacker(ann, text, who):  # noqa: F811
    assert who in attackers(ann, text)


def test_a_bare_arrest_names_no_suspect_without_an_unnamed_one_charged(ann):  # noqa: F811
    text = ("A woman was shot dead in Topeka on Friday. Officers arrested Wendell Pruitt at a motel on Saturday on "
            "an unrelated warrant.")
    assert "Wendell Pruitt" not in attackers(ann, text)
