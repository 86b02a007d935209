"""Story figures the nineteenth held-out story set (tests/data/story_sets19 v06, issue 16, branch stories20) showed
missed: a count broken down "among them" ("24 people, among them a pastor and three children": the parser hangs
"among" on the list's first member, an apposition of the count; the list is a breakdown, never a count of its own),
and a count told as near a round five ("nearly 25" for 24: the same count rounded, no bound of its own).
Sentences written for these tests; people, villages and incidents made up (towns and regions real)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _tolls(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2031, 3, 4)))
    return [e.fatalities.low for e in an.events
            if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" and e.fatalities is not None]


AMONG = [
    ("Twenty-six people, among them a teacher and four children, were killed when gunmen raided a market in "
     "Mirebalais on Sunday night, the town's mayor said.", 26.0),
    ("Thirty-one people, among them a priest and two nurses, were shot dead when gunmen attacked a church in "
     "Kafanchan on Sunday, police said.", 31.0),
]


@pytest.mark.parametrize("text,n", AMONG)
def test_a_list_told_among_them_breaks_the_count_down(ann, text, n):  # type: ignore[no-untyped-def]
    assert _tolls(ann, text) == [n]


def test_a_count_told_as_nearly_a_round_five_is_the_exact_count_rounded(tmp_path):  # type: ignore[no-untyped-def]
    """The mayor's 24 and an aid agency's "nearly 25" of one raid, told later: one count rounded, never 25."""
    from test_story_sets5 import _story

    reports = [
        ("March 4, 2031", "PORT-AU-PRINCE (Reuters) - Gang members killed 24 people in an overnight attack on the town "
                          "of Mirebalais in Haiti's Centre department, the town's mayor, Jean Belfort, said on "
                          "Tuesday. Hundreds fled toward Hinche."),
        ("March 6, 2031", "PORT-AU-PRINCE (AP) - Nearly 25 people were killed when gang members stormed Mirebalais in "
                          "Haiti's Centre department late on Monday, an aid agency said on Thursday."),
    ]
    totals = _story(tmp_path, reports)
    assert [(t["best"], t["low"], t["high"]) for t in totals] == [(24.0, 24.0, 24.0)]
