"""Story totals never above the largest credible count, key figures by claimant (issue 16 item 3, branch figures3;
every sentence written for these tests, made-up places and people)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import Annotator, DocContext

PUB = dt.date(2025, 9, 14)


@pytest.fixture(scope="module")
def ann():  # type: ignore[no-untyped-def]
    return Annotator()


def _analyse(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("t1", published=PUB))


def _tolls(an):  # type: ignore[no-untyped-def]
    return [(e.fatalities.low, e.fatalities.high) for e in an.events if e.fatalities is not None
            and e.event_type in VIOLENT_EVENT_TYPES]


@pytest.mark.parametrize("text,expected", [
    ("A drone strike on the market of Velmora on Friday killed seven villagers, three farmers and a clinic nurse said.",
     (7, 7)),
    ("An air raid on the depot in Tarnovo on Sunday killed 14 people, two witnesses and a local official said.",
     (14, 14)),
])
def test_speakers_the_parser_joined_to_the_victims_are_not_counted(ann, text, expected):
    an = _analyse(ann, text)
    assert _tolls(an) == [expected]
    assert not [f for f in an.figures if f.what == "killed" and f.low != expected[0]]


def test_a_list_of_victims_before_a_named_speaker_is_still_added(ann):
    an = _analyse(ann, "A drone strike on the market of Velmora on Friday killed seven villagers, three farmers and "
                       "a clinic nurse, the governor said.")
    assert _tolls(an) == [(11, 11)]
