"""Tolls read the way reporters write them, on the event they belong to (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import Annotator, DocContext

PUB = dt.date(2023, 5, 6)


@pytest.fixture(scope="module")
def ann():
    return Annotator()


def analyse(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("t1", published=PUB))


def tolls(an, violent=True):  # type: ignore[no-untyped-def]
    return [(e.fatalities.low, e.fatalities.high) for e in an.events if e.fatalities is not None
            and (e.event_type in VIOLENT_EVENT_TYPES) == violent]


@pytest.mark.parametrize("text,expected", [
    ("The farmers' union condemned on Monday the murder of three farmers near Tarvel.", (3, 3)),
    ("The minister blamed the killing of two aid workers on a rebel faction.", (2, 2)),
    ("The council denounced on Friday the assassination of two judges in Pellham.", (2, 2)),
])
def test_a_deed_told_inside_a_reaction_carries_its_own_toll(ann, text, expected):
    an = analyse(ann, text)
    assert tolls(an) == [expected]
    assert tolls(an, violent=False) == []  # the reaction counts nobody


def test_a_reaction_to_a_deed_with_no_count_makes_no_toll(ann):
    an = analyse(ann, "The farmers' union condemned the attack on Monday.")
    assert tolls(an) == [] and tolls(an, violent=False) == []
