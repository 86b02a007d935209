"""Deeds told inside other words keep what they are (issue 16): the toll of a condemned attack ("condemned the attack
that killed 12") is the attack's; clashes that "left 30 dead" on a day are an incident with its toll, a running
toll is not; soldiers firing on a crowd of villagers are no force against protesters; a man who sets himself on fire
destroys no property. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext

from test_events_deeds import _violent
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def test_soldiers_firing_on_a_crowd_of_villagers_is_no_force_against_protesters(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Soldiers fired on a crowd of villagers in the market on Friday, killing three.")
    assert evs and evs[0].sub_event_type == "Attack"
    an = ann.annotate("Soldiers fired on a crowd of demonstrators in the square on Friday, killing three.",
                      DocContext("d1", published=dt.date(2024, 5, 6)))
    assert [e.sub_event_type for e in an.events] == ["Excessive force against protesters"]


def test_self_immolation_destroys_no_property(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("A man set himself on fire outside the parliament on Friday.", DocContext("d1", published=dt.date(2024, 5, 6)))
    assert not [e for e in an.events if e.sub_event_type == "Looting/property destruction"]


@pytest.mark.parametrize("text,dead", [
    ("The UN condemned the attack that killed 12 peacekeepers near the border on Sunday.", 12),
    ("Mayor Lena Ortiz condemned the shooting that killed three teenagers outside a school on Friday.", 3),
])
def test_a_condemned_deed_keeps_the_toll_its_relative_clause_tells(ann, text, dead):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("d1", published=dt.date(2024, 5, 6)))
    deeds = [e for e in an.events if e.event_type == "Violence against civilians"]
    assert len(deeds) == 1 and deeds[0].modality == "asserted"
    assert deeds[0].fatalities is not None and deeds[0].fatalities.low == dead
    assert all(e.fatalities is None for e in an.events if e is not deeds[0]), "the reaction counts no dead"


@pytest.mark.parametrize("text", [
    "Clashes between the army and rebels left 30 dead on Monday.",
    "Clashes near the border left 30 people dead on Monday.",
])
def test_clashes_that_left_dead_are_an_incident_with_its_toll(ann, text):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert len(evs) == 1 and evs[0].modality == "asserted" and evs[0].event_type == "Battles"
    assert evs[0].fatalities is not None and evs[0].fatalities.low == 30


def test_a_running_toll_left_by_an_offensive_stays_background(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "The offensive has left 200 dead and 900,000 displaced since December.")
    assert all(e.modality != "asserted" for e in evs)
