"""Sub-types of local crime reports (issue 16; events/subtype.py): a person struck by a bullet is shot, not shelled;
a crowd fired on at a party or in a street is no protest and no mob; a suspect who surrenders to officers makes no
agreement, at most an arrest. Sentences written for these tests; names and places made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2026, 3, 2)


def events(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("ty1", published=PUB)).events


def subtypes(ann, text):  # type: ignore[no-untyped-def]
    return {e.sub_event_type for e in events(ann, text) if e.modality == "asserted"}



@pytest.mark.parametrize("text", [
    "Ramon Pike, 24, was struck twice by bullets from a rifle outside a laundromat in Ashford on Friday.",
    "Jaylen Orr was struck several times by rounds from a .38-caliber pistol while sitting in a parked car on "
    "Dunmore Avenue.",
    "A teenager was struck in the leg during the gunfire near Millbrook Park, officers said.",
])
def test_a_person_struck_by_a_bullet_is_shot_not_shelled(ann, text):  # noqa: F811
    got = subtypes(ann, text)
    assert "Attack" in got and "Shelling/artillery/missile attack" not in got, got


def test_artillery_rounds_that_strike_still_shell(ann):  # noqa: F811
    assert "Shelling/artillery/missile attack" in subtypes(ann, "Artillery rounds struck the village of Dorno overnight.")


@pytest.mark.parametrize("text", [
    "A man armed with a shotgun fired into the crowd at a street festival in Carver City on Saturday.",
    "He came back with a handgun and fired into the crowd around midnight.",
])
def test_a_crowd_at_a_party_or_in_a_street_is_no_protest(ann, text):  # noqa: F811
    got = subtypes(ann, text)
    assert "Attack" in got and not got & {"Excessive force against protesters", "Mob violence"}, got


def test_soldiers_firing_into_protesters_is_still_force_against_them(ann):  # noqa: F811
    got = subtypes(ann, "Soldiers fired into the crowd of protesters in the capital, killing four demonstrators.")
    assert "Excessive force against protesters" in got, got


def test_a_crowd_fired_on_is_the_victims_not_a_mob(ann):  # noqa: F811
    got = subtypes(ann, "A gunman opened fire on a crowd outside a nightclub in Easton early Sunday, killing two people.")
    assert "Attack" in got and "Mob violence" not in got, got
    assert "Mob violence" in subtypes(ann, "An angry crowd beat a suspected thief to death in the market of Kiboro.")


def test_a_suspect_who_surrenders_to_officers_is_arrested_not_agreeing(ann):  # noqa: F811
    evs = [e for e in events(ann, "The suspect, Wade Tolliver, surrendered to police on Monday.")
           if e.trigger.text == "surrendered"]
    assert evs and all(e.sub_event_type == "Arrests" for e in evs), [e.sub_event_type for e in evs]
    assert all(e.actor1 is None or "police" in e.actor1.name.lower() for e in evs), [e.actor1 for e in evs]
    assert "Agreement" in subtypes(ann, "The rebels surrendered to the army after a week of fighting.")
