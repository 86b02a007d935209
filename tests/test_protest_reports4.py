"""Protest and riot readings found on tests/data/protest_reports4 (issue 16, branch protests4 of 2026-12-06):
a deed told as absent ("ended without arrests"), whom a march mourns, a crowd that breaks up by itself, a blockade
by a crowd, a protest's day told by the verb it hangs on or by the day it is one of, a lynching by clubbing. Sentences written for these tests; people and incidents are made up, the towns real."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 6, 4)  # a Wednesday
MONDAY, TUESDAY = dt.date(2025, 6, 2), dt.date(2025, 6, 3)


def _events(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("p4", published=PUB))
    return [e for e in an.events if e.modality == "asserted"]


def _subs(evs):  # type: ignore[no-untyped-def]
    return [(e.sub_event_type, e.date_start) for e in evs]


def test_arrests_told_absent_are_no_event(ann):  # type: ignore[no-untyped-def]
    text = ("About two hundred retired miners gathered outside the town hall in Oruro on Monday to demand higher "
            "pensions. The gathering ended without arrests, the organisers said.")
    evs = _events(ann, text)
    assert not [e for e in evs if e.sub_event_type == "Arrests"], _subs(evs)


def test_whom_a_march_mourns_is_no_force_on_it(ann):  # type: ignore[no-untyped-def]
    text = ("Hundreds of villagers marched through Huancayo on Monday carrying candles to mourn two farmers killed "
            "during clashes with police at a roadblock on Saturday.")
    evs = [e for e in _events(ann, text) if e.date_start == MONDAY]
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"], _subs(_events(ann, text))


def test_rallies_that_break_up_by_themselves_meet_no_intervention(ann):  # type: ignore[no-untyped-def]
    text = ("Students rallied outside the university in Rajshahi on Tuesday to demand new hostels. Police stood "
            "nearby, and both rallies broke up by early evening, an officer said.")
    evs = _events(ann, text)
    assert "Protest with intervention" not in [e.sub_event_type for e in evs], _subs(evs)


def test_a_crowds_blockade_is_a_protest(ann):  # type: ignore[no-untyped-def]
    text = "Police cleared a blockade by striking miners on the highway outside Oruro on Tuesday."
    evs = _events(ann, text)
    assert evs and all(e.event_type == "Protests" for e in evs), [(e.event_type, e.sub_event_type) for e in evs]


@pytest.mark.parametrize("text", [
    "Dozens of taxi drivers parked their cars across the main square in Arequipa on Monday, in a protest against new fares.",
    "Shops stayed shut in Kumasi on Monday, the first day of a general strike over fuel prices.",
])
def test_protest_noun_takes_the_day_it_is_told_on(ann, text):  # type: ignore[no-untyped-def]
    evs = [e for e in _events(ann, text) if e.event_type == "Protests"]
    assert evs and all(e.date_start == MONDAY for e in evs), _subs(_events(ann, text))


def test_a_crowd_that_clubs_a_man_to_death_is_mob_violence(ann):  # type: ignore[no-untyped-def]
    text = ("An angry crowd clubbed a young man to death in Gombe on Monday after he was accused of stealing a "
            "goat, police said.")
    evs = _events(ann, text)
    assert [(e.sub_event_type, e.date_start) for e in evs if e.event_type == "Riots"] == [("Mob violence", MONDAY)], _subs(evs)

