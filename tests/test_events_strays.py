"""Stray readings of issue 16 (branch strays): a group cleared of a deed is not its doer ("X was not behind the
attack", "X did not carry out the attack"). Sentences and names written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext

from test_events_deeds import _violent
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


CLEARED = [
    "The Red Lantern Front was not behind the attack on the market in Korvel on Monday.",
    "The Red Lantern Front is not believed to be behind the bombing in Korvel on Monday.",
    "The Red Lantern Front did not carry out the attack on the market in Korvel on Monday.",
]


@pytest.mark.parametrize("text", CLEARED)
def test_cleared_group_is_no_doer(ann, text):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert evs, "the deed itself is still told"
    assert all(e.actor1 is None or "Lantern" not in e.actor1.name for e in evs)


CREDITED = [
    "The Red Lantern Front was behind the attack on the market in Korvel on Monday.",
    "The Red Lantern Front carried out the attack on the market in Korvel on Monday.",
]


@pytest.mark.parametrize("text", CREDITED)
def test_group_behind_deed_is_doer(ann, text):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert any(e.actor1 is not None and "Lantern" in e.actor1.name for e in evs)


# a support verb taking a deed noun as its object: the noun is the trigger, the verb no event of its own
SUPPORTED_DEEDS = [
    ("The air force carried out the strike on Korvel on Monday, killing six people.", "strike"),
    ("The rebels launched strikes on the Tamsin depot on Monday.", "strikes"),
    ("The air force conducted two strikes on Korvel on Monday.", "strikes"),
]


@pytest.mark.parametrize("text,noun", SUPPORTED_DEEDS)
def test_support_verb_is_no_trigger(ann, text, noun):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    trigs = [e.trigger.text for e in evs]
    assert noun in trigs
    assert not any(t in ("carried", "launched", "conducted") for t in trigs)


def test_weapon_object_keeps_its_verb(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "The rebels launched rockets at Korvel on Monday.")
    assert [e.trigger.text for e in evs] == ["launched"]  # a weapon is no deed noun: the verb fires it


# armed men storming a building: an attack (a fight where the site is guarded); no event for anyone else storming
STORMED = [
    ("Gunmen stormed a hotel in Korvel on Monday.", "Violence against civilians"),
    ("Masked men stormed the Tamsin Hotel in Korvel on Monday.", "Violence against civilians"),
    ("Militants arrived and stormed the police station in Korvel on Monday.", "Battles"),
    ("The Red Hand Brigade stormed the prison in Korvel on Monday.", "Battles"),
]


@pytest.mark.parametrize("text,etype", STORMED)
def test_armed_men_storm_a_building(ann, text, etype):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert [(e.trigger.text, e.event_type) for e in evs] == [("stormed", etype)]


NOT_STORMED = [
    "Fans stormed the pitch in Korvel on Monday.",
    "The minister stormed out of the meeting in Korvel on Monday.",
    "The coach stormed off after the match in Korvel on Monday.",
    "Shoppers stormed the mall in Korvel on Monday as the sale began.",
    "A storm battered the hotel in Korvel on Monday.",
]


@pytest.mark.parametrize("text", NOT_STORMED)
def test_no_storming_without_arms(ann, text):  # type: ignore[no-untyped-def]
    assert _violent(ann, text) == []


# a sentence opening on a definite deed noun with a toll restates the incident just told and lends it the toll
RESTATED_TOLL = [
    ("Gunmen stormed a hotel in Korvel on Monday. The assault left 15 guests dead.", 15),
    ("Gunmen attacked a hotel in Korvel on Monday. The attack left nine guests dead.", 9),
]


@pytest.mark.parametrize("text,toll", RESTATED_TOLL)
def test_restated_toll_reaches_the_incident(ann, text, toll):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert len(evs) == 1 and evs[0].fatalities is not None and evs[0].fatalities.low == toll


def test_toll_of_an_older_deed_named_in_passing_stays_apart(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Gunmen attacked a hotel in Korvel on Monday. Police said it came a week after the murder "
                        "of five monks in the town.")
    assert evs[0].fatalities is None


# a killing told with a deed that kills no one (burning houses, arrests) is an event of its own that carries the toll
KILLED_BESIDE = [
    ("Rebels burned houses and killed 14 villagers in Korvel on Sunday.", 14),
    ("Rebels killed 14 villagers and burned houses in Korvel on Sunday.", 14),
    ("Police arrested and killed two suspects in Korvel on Sunday.", 2),
]


@pytest.mark.parametrize("text,toll", KILLED_BESIDE)
def test_killing_beside_a_bloodless_deed_carries_the_toll(ann, text, toll):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("s1", published=dt.date(2024, 5, 6)))
    tolled = [(e.event_type in VIOLENT_EVENT_TYPES, e.fatalities.low) for e in an.events if e.fatalities is not None]
    assert tolled == [(True, toll)]  # only the violent killing carries it, not the burning or the arrest


def test_killing_still_joins_the_weapon_that_kills(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Rebels shelled Korvel and killed 14 villagers on Sunday.")
    assert [(e.trigger.text, e.fatalities.low if e.fatalities else None) for e in evs] == [("shelled", 14)]
