"""Protest and riot readings, branch protests11 (issue 11; attack_reports19 z11): force used on people told as
protesting by a participle makes the protest the incident ("opened fire on a crowd of traders protesting"), a road
block told in the pluperfect after the incident is how the protest began, and the crowd's violence told only by the
force that fired does not turn another teller's force on protesters into a riot.
Sentences written for these tests; people and incidents are made up, the towns real."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 6, 7)  # a Saturday


def _subtypes(ann, text):  # type: ignore[no-untyped-def]
    """The sub-types of the asserted events of ``text`` (political statements left out)."""
    return [e.sub_event_type for e in ann.annotate(text, DocContext("p11", published=PUB)).events
            if e.modality == "asserted" and e.event_type != "Political"]


CASES = [
    # a protest participle on the people force met is the incident (events/met_crowd.protesting_when_met)
    ("Police opened fire on a crowd of farmers protesting at a checkpoint in Yendi, Northern Region, on Friday, "
     "killing two people and wounding four, residents said.", ["Excessive force against protesters"]),
    ("Soldiers fired on a group of hawkers demonstrating near the central market in Tamale, Northern Region, on "
     "Friday, killing one man, witnesses said.", ["Excessive force against protesters"]),
    # a road block told in the pluperfect after the incident (subtype.blockade_before)
    ("Soldiers fired on a crowd of fishermen protesting in Axim on Friday, killing one man, witnesses said.\n\n"
     "The fishermen had blocked the coastal road to protest against a shortage of outboard fuel.",
     ["Excessive force against protesters"]),
    # the force's own account of the crowd's stones (events/forces_excuse)
    ("Soldiers opened fire on a crowd of fishermen protesting in Axim on Friday, killing one man, witnesses said.\n\n"
     "In a statement, the Ghana Armed Forces said its men had fired warning shots after being pelted with stones.",
     ["Excessive force against protesters"]),
]


@pytest.mark.parametrize("text,want", CASES)
def test_force_on_protesters(ann, text, want):  # type: ignore[no-untyped-def]  # noqa: F811
    assert _subtypes(ann, text) == want


def test_arrested_while_protesting(ann):  # type: ignore[no-untyped-def]  # noqa: F811
    # people arrested as they demonstrate: the protest held, with intervention (events/met_crowd)
    got = _subtypes(ann, "Police arrested 40 students demonstrating outside the parliament building in Accra, "
                         "Greater Accra Region, on Friday, the students' union said.")
    assert "Protest with intervention" in got


def test_who_they_are_still_background(ann):  # type: ignore[no-untyped-def]  # noqa: F811
    # a protest participle on people no force meets still says who they are
    got = _subtypes(ann, "The ministry has long ignored farmers protesting against the dam, the paper wrote.")
    assert "Peaceful protest" not in got


def test_force_subject_is_the_doer(ann):  # type: ignore[no-untyped-def]  # noqa: F811
    # the force verb's subject is actor1 (participants._force_on_marchers)
    evs = [e for e in ann.annotate("Ghanaian soldiers fired on a group of hawkers demonstrating near the market in "
                                   "Tamale, Northern Region, on Friday, killing one man, witnesses said.",
                                   DocContext("p11", published=PUB)).events
           if e.sub_event_type == "Excessive force against protesters"]
    assert [e.actor1.name if e.actor1 else None for e in evs] == ["Military Forces of Ghana"]
