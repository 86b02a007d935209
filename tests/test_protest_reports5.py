"""Protest and riot readings found on tests/data/protest_reports5 (branch protests5 of 2026-12-06): the one day of
a report's demonstrations given to another town's undated protest. Sentences written for these tests; people and
incidents are made up, the towns real."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

TUESDAY = dt.date(2025, 6, 3)
MONDAY = TUESDAY - dt.timedelta(days=1)
DEMONSTRATIONS = ("Protests", "Riots")


def _demonstrations(ann, text):  # type: ignore[no-untyped-def]
    """The protests and riots told as fact, read in a report of Wednesday 4 June 2025."""
    an = ann.annotate(text, DocContext("p5", published=TUESDAY + dt.timedelta(days=1)))
    evs = [e for e in an.events if e.modality == "asserted" and e.event_type in DEMONSTRATIONS]
    return evs, [(e.sub_event_type, e.date_start, e.place.name if e.place else None) for e in evs]


def test_another_towns_undated_protest_takes_the_reports_demonstration_day(ann):  # type: ignore[no-untyped-def]
    text = ("Police fired tear gas in Thiès on Tuesday to disperse traders protesting against a new market tax.\n\n"
            "In Louga, several hundred traders marched to the town hall and handed in a letter before going home.")
    evs, told = _demonstrations(ann, text)
    assert len(evs) == 2 and all(e.date_start == TUESDAY for e in evs), told


def test_an_undated_protest_after_demonstrations_on_two_days_keeps_the_reports_day(ann):  # type: ignore[no-untyped-def]
    text = ("Traders marched in Thiès on Monday against a new market tax. Police fired tear gas at traders in Thiès on "
            "Tuesday.\n\nIn Louga, several hundred traders marched to the town hall and handed in a letter.")
    evs, told = _demonstrations(ann, text)
    louga = [e for e in evs if e.place is not None and e.place.name == "Louga"]
    assert louga and all(e.date_start not in (MONDAY, TUESDAY) for e in louga), told


def test_police_pushing_them_back_is_no_battle(ann):  # type: ignore[no-untyped-def]
    text = ("About 300 retired railway workers gathered outside the governor's office in Mendoza on Tuesday. When some "
            "of them stepped into the road, police pushed them back with shields.")
    an = ann.annotate(text, DocContext("p5", published=TUESDAY + dt.timedelta(days=1)))
    assert not [e for e in an.events if e.event_type == "Battles"], [(e.sub_event_type, e.trigger.text) for e in an.events]


def test_beating_drums_at_a_rally_is_no_beating(ann):  # type: ignore[no-untyped-def]
    text = "Several thousand people rallied outside the parliament in Haifa on Tuesday, singing and beating drums."
    an = ann.annotate(text, DocContext("p5", published=TUESDAY + dt.timedelta(days=1)))
    told = [(e.sub_event_type, e.trigger.text) for e in an.events]
    assert [e.sub_event_type for e in an.events if e.modality == "asserted"] == ["Peaceful protest"], told


def test_a_riot_told_later_in_the_afternoon_is_the_same_days_riot(ann):  # type: ignore[no-untyped-def]
    text = ("Residents blocked the main road in Hetauda on Tuesday and threw stones at the municipal office over "
            "water shortages.\n\nThe water board said a pipe had burst in the hills.\n\n"
            "Later in the afternoon, the protesters set fire to a municipal truck and hurled bricks at police.")
    evs, told = _demonstrations(ann, text)
    assert evs and all(e.date_start == TUESDAY for e in evs), told


def test_the_day_of_what_set_off_a_riot_is_not_the_riots_day(ann):  # type: ignore[no-untyped-def]
    text = ("Hundreds of villagers blocked the highway near Hetauda on Tuesday and threw stones at police after a boy "
            "was killed by a lorry on Monday night.")
    evs, told = _demonstrations(ann, text)
    assert evs and all(e.date_start == TUESDAY for e in evs), told
