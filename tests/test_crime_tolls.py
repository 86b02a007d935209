"""Tolls and attackers of local crime reports read the way reporters write them (issue 16): "a third person has died"
is a toll of three (nlp/victims.py), the dead found in the sentence before the deed is told belong to it
(events/toll_orphans.attach_orphan_tolls), "no one was killed" is none (nlp/figures.py), and "a Knoxville police
officer" who shot is the officer, not the town (events/participants.py). Sentences written for these tests; names made
up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def violent(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("ct1", published=dt.date(2025, 4, 2)))
    return [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


def deaths(ann, text):  # type: ignore[no-untyped-def]
    got = [e.fatalities.low for e in violent(ann, text) if e.fatalities is not None]
    return max(got) if got else None


@pytest.mark.parametrize("text, n", [
    ("A second man has died after a stabbing outside a bar in Toledo on Friday, police said.", 2),
    ("A fourth victim has died after a shooting at a house party in Macon, police said on Monday.", 4),
    ("Deputies found Walter Briggs and his son dead at their home near Salem on Tuesday. Both had been shot, the sheriff "
     "said.", 2),
    ("No one was killed in the shooting at a gas station in Macon on Sunday.", 0),
])
def test_crime_tolls(ann, text, n):  # noqa: F811
    assert deaths(ann, text) == n


def test_a_second_suspect_is_no_toll(ann):  # noqa: F811
    assert deaths(ann, "A man was shot dead in Toledo. A second suspect was arrested on Friday.") == 1


@pytest.mark.parametrize("text", [
    "A Knoxville police officer shot and killed a man who pointed a rifle at him on Sunday.",
    "Two Toledo police officers shot a man during a traffic stop on Friday.",
])
def test_an_officer_of_a_town_is_the_officer(ann, text):  # noqa: F811
    names = [e.actor1.name.lower() for e in violent(ann, text) if e.actor1 is not None]
    assert any("police" in n for n in names), names


@pytest.mark.parametrize("text, n", [
    # a count over the whole country or a period, told next to the one incident, is not its toll
    ("Gunmen attacked a bus station in Vellmar on Tuesday. The attack comes amid violence that has left more than 200 "
     "dead nationwide this month.", None),
    ("Gunmen attacked a bus station in Vellmar on Tuesday. More than 90 people have been killed in such attacks so far "
     "this year.", None),
    # the incident's own toll in a sentence of its own is still read
    ("Gunmen attacked a bus station in Vellmar on Tuesday. Three people died in hospital, officials said.", 3),
])
def test_a_period_or_national_count_is_no_incident_toll(ann, text, n):  # noqa: F811
    assert deaths(ann, text) == n
