"""A deed told but not done, in the forms that ``tests/data/mixed_reports9`` left read as incidents (branch
modality18): a deed noun that people fear ("they feared artillery fire would follow"), a noun joined by "and" to one
that a trend noun counts ("a rise in kidnappings and extortion"), a record of deeds up to now ("has struck the ports
several times"), a step that talks are about ("talks on merging the group into the army"), a deed someone planned
("a day before a rally they had planned") or one a permit is for ("refused permission for Saturday's march").
Sentences written for these tests; the people, offices and incidents are made up (the towns are real, so that the
gazetteer places them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


@pytest.mark.parametrize("text", [
    # a deed feared
    "Farmers near Dera Bugti said on Tuesday that they feared mortar fire from the hills would resume.",
    "Fishermen in Bosaso said on Monday they dreaded more air strikes on the harbour.",
    # a record up to now
    "The air force has struck rebel depots near Sirte several times, the ministry said on Wednesday.",
    "Rebels have shelled the airport at Kassala many times, residents said on Thursday.",
])
def test_a_feared_or_recorded_deed_is_no_incident(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert not [e for e in happened(evs) if e.event_type in VIOLENT], show(evs)


def test_a_noun_joined_to_a_trend_is_no_crime():  # type: ignore[no-untyped-def]
    evs = events("Sindh province has seen a surge in kidnappings and extortion blamed on bandit gangs, police in "
                 "Sukkur said on Monday.")
    assert not happened(evs, "Crime"), show(evs)


def test_talks_on_merging_are_no_change_to_a_group():  # type: ignore[no-untyped-def]
    evs = events("Leaders of the two militias held talks in Bosaso on Monday on merging their fighters into the "
                 "regional police.")
    assert not happened(evs, "Change to group/activity"), show(evs)


@pytest.mark.parametrize("text", [
    "Police in Tbilisi detained four students on Friday, two days before a march they had planned against the "
    "media law.",
    "The mayor of Tbilisi on Thursday refused permission for Saturday's march against the media law.",
])
def test_a_planned_or_unpermitted_march_is_no_protest(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert not [e for e in happened(evs) if e.event_type in ("Protests", "Riots")], show(evs)


def test_blows_of_one_incident_stay_an_incident():  # type: ignore[no-untyped-def]
    evs = events("A guard was struck several times with an iron bar during a robbery in Sirte on Tuesday, police said.")
    assert [e for e in happened(evs) if e.event_type in VIOLENT], show(evs)


def test_a_march_held_after_a_permit_stays_a_protest():  # type: ignore[no-untyped-def]
    evs = events("Thousands marched through Tbilisi on Saturday against the media law after the mayor granted a "
                 "permit.")
    assert happened(evs, "Peaceful protest"), show(evs)
