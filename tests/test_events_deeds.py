"""Deeds with a trigger of their own (issue 16): an invasion of a place, a hijacking of a crewed vehicle and a
crewed aircraft shot down are violent events whose doer is actor1 (data/ontology.json: armed clash "invade",
"invasion", "shoot +down +@manned_aircraft"; abduction "hijack +@crewed_vehicles"; triggers.enters_place).
Their other senses -- a pitch invaded, privacy invaded, a debate hijacked, a proposal or a drone shot down --
are not. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_roles_frames import a1

# sentence -> (event type, trigger text, actor1 span) of the violent event
DEEDS = [
    ("Northern troops invaded the island on Thursday, officials said.", ("Battles", "invaded", "Northern troops")),
    ("The army invaded the neighbouring country at dawn on Monday.", ("Battles", "invaded", "The army")),
    ("The small republic was invaded by its larger neighbour in 1990.", ("Battles", "invaded", "its larger neighbour")),
    ("Iraq's invasion of Kuwait began on a Thursday in August.", ("Battles", "invasion", "Iraq's")),
    ("Gunmen hijacked a passenger plane carrying 120 people on Tuesday.",
     ("Violence against civilians", "hijacked", "Gunmen")),
    ("Armed men hijacked a bus full of pilgrims near the border, police said.",
     ("Violence against civilians", "hijacked", "Armed men")),
    ("Rebels shot down a government helicopter over the town on Friday.", ("Battles", "shot", "Rebels")),
    ("Air defence units shot down an enemy warplane near the border.", ("Battles", "shot", "Air defence units")),
]

# sentences whose trigger word is in another sense: no violent event
NOT_DEEDS = [
    "Fans invaded the pitch after the final whistle on Saturday.",
    "Two strikers invaded the penalty area in the last minute.",
    "The tabloid invaded my privacy, the actress said.",
    "She called the report an invasion of privacy.",
    "Police are investigating a home invasion in the suburb on Sunday.",
    "The farms were invaded by locusts last week.",
    "Populist speakers hijacked the debate on taxes.",
    "Hackers hijacked the agency's social media account.",
    "The senator shot down the proposal on Monday.",
    "He wound up studying law in the capital.",
]


def _violent(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("d1", published=dt.date(2024, 5, 6)))
    return [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]


@pytest.mark.parametrize("text,want", DEEDS)
def test_deed_has_an_event_with_its_doer(ann, text, want):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert evs, text
    ev = evs[0]
    assert (ev.event_type, ev.trigger.text, a1(ev)) == want


@pytest.mark.parametrize("text", NOT_DEEDS)
def test_other_sense_is_no_violent_event(ann, text):  # type: ignore[no-untyped-def]
    assert _violent(ann, text) == [], text


def test_a_drone_shot_down_stays_disrupted_weapons_use(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("Air defences shot down two drones over the city on Friday.", DocContext("d2"))
    assert [e.sub_event_type for e in an.events] == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "The new road gives the army a supply route in case of invasion.",
    "Troops stay on alert in the event of an attack from the north.",
])
def test_a_contingency_is_no_asserted_deed(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("d3", published=dt.date(2024, 5, 6)))
    assert not [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"], text


def test_an_invasion_as_a_date_is_no_event(ann):  # type: ignore[no-untyped-def]
    assert _violent(ann, "Prices have doubled since the invasion, traders said on Monday.") == []


def test_a_near_miss_is_not_asserted_but_a_near_kill_is(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("The rebels almost captured the town on Monday.", DocContext("d4", published=dt.date(2024, 5, 6)))
    assert [e.modality for e in an.events if e.event_type == "Battles"] == ["denied"]
    an = ann.annotate("Gunmen nearly killed the mayor on Monday.", DocContext("d5", published=dt.date(2024, 5, 6)))
    assert [e.modality for e in an.events if e.event_type in VIOLENT_EVENT_TYPES] == ["asserted"]
