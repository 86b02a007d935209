"""Deeds done and their tolls: a deed someone managed to do is done; a family is no count of one (sentences written
for these tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import Annotator, DocContext


@pytest.fixture(scope="module")
def deeds():
    """(modality, count) of each violent event of a text with a toll."""
    ann = Annotator()

    def read(text):  # type: ignore[no-untyped-def]
        an = ann.annotate(text, DocContext("m1", published=dt.date(2023, 5, 6)))
        return sorted((e.modality, e.fatalities.low) for e in an.events
                      if e.event_type in VIOLENT_EVENT_TYPES and e.fatalities is not None)

    def modalities(text):  # type: ignore[no-untyped-def]
        an = ann.annotate(text, DocContext("m1", published=dt.date(2023, 5, 6)))
        return [(e.modality, e.fatalities) for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]
    read.modalities = modalities  # type: ignore[attr-defined]
    return read


def test_a_deed_managed_is_done(deeds):
    assert deeds("The rebels managed to kill two guards before they fled from Ostrel.") == [("asserted", 2)]


@pytest.mark.parametrize("text", [
    "The gunman tried to kill the mayor of Ostrel on Monday.",
    "The rebels hope to kill the mayor of Ostrel.",
])
def test_a_deed_only_tried_or_hoped_for_is_not_done(deeds, text):
    # planned, and no one died of it: no toll (branch leftbugs3)
    assert deeds.modalities(text) == [("planned", None)]


@pytest.mark.parametrize("text", [
    "After killing the farming family, the rebels blew up the town hall of Ostrel.",
    "Gunmen killed a farmer and his family in Ostrel.",
])
def test_a_family_killed_is_no_count_of_one(deeds, text):
    assert deeds(text) == []


def test_a_couple_named_by_their_roles_counts_two(deeds):
    assert deeds("Gunmen killed the mayor and his wife in Ostrel.") == [("asserted", 2)]


def test_a_count_shared_by_two_events_goes_to_the_one_it_is_told_in(deeds):
    text = ("The mayor said that three residents died and nine more were hurt in the clash, which erupted "
            "as a church group was holding a march in Ostrel.")
    assert deeds(text) == [("asserted", 3)]


def test_a_count_two_events_of_its_sentence_could_own_stays_with_neither(deeds):
    assert deeds("Two pilots died when their helicopter crashed in Ostrel, hours after rebels shelled the airbase.") == []


@pytest.mark.parametrize("text,count", [
    ("Rebels attacked the bus near Ostrel; two passengers lost their lives.", 2),
    ("Ana Ruiz lost her life when rebels attacked the bus near Ostrel.", 1),
])
def test_those_who_lost_their_lives_are_the_dead(deeds, text, count):
    assert deeds(text) == [("asserted", count)]


def test_a_count_parsed_beside_the_lost_lives_is_not_dead(deeds):
    # branch terror2: the parser hangs "nine people" on "lives" when an inserted clause cuts it from "were wounded"
    text = ("Two guards lost their lives and nine people, including four traders, were wounded when a parked car "
            "exploded in Ostrel on Wednesday.")
    assert deeds(text) == [("asserted", 2)]


def test_a_lost_limb_or_job_is_no_death(deeds):
    assert deeds("Ana Ruiz lost her job when rebels attacked the bus near Ostrel.") == []
    assert deeds("Two soldiers lost their legs when rebels attacked the convoy near Ostrel.") == []


@pytest.mark.parametrize("text", [
    "A teacher, 34, and her son, 12, were killed in Ostrel.",
    "Gunmen killed a teacher, 34, and her son, 12, in Ostrel.",
])
def test_victims_set_off_by_their_ages_are_one_list_and_no_age_is_a_count(deeds, text):
    assert deeds(text) == [("asserted", 2)]


def test_a_verb_after_and_is_no_second_victim(deeds):
    assert deeds("Gunmen killed a teacher and fled toward Ostrel.") == [("asserted", 1)]
