"""Counts told by two speakers on either side of a semicolon each keep their own claimant (sentences written for
these tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext

PUB = dt.date(2023, 5, 6)


def figures(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("t1", published=PUB)).figures


def claims(ann, text):  # type: ignore[no-untyped-def]
    return {f.span.text: f.claimant_name for f in figures(ann, text) if f.what == "killed"}


@pytest.mark.parametrize("text,expected", [
    ("Officials said eight died; the rebels said thirty.", {"eight": "Officials", "thirty": "the rebels"}),
    ("Officials said eight soldiers died in the attack on Ostrel; the rebels said thirty.",
     {"eight": "Officials", "thirty": "the rebels"}),
    ("The army said six rebels were killed near Ostrel; the rebels said two of their men died.",
     {"six": "The army", "two": "the rebels"}),
])
def test_each_count_keeps_its_own_claimant_across_a_semicolon(ann, text, expected):
    assert claims(ann, text) == expected


def test_a_semicolon_with_no_second_speaker_leaves_the_claim_whole(ann):
    got = {f.span.text: f.claimant_name for f in figures(ann, "Police said eight people died; ten were hurt.")}
    assert got == {"eight": "Police", "ten": "Police"}


def test_a_quoted_claim_with_a_semicolon_stays_its_speakers(ann):
    got = claims(ann, '"We lost eight men; the enemy lost thirty," the colonel said after the battle at Tarvel.')
    assert got == {"eight": "the colonel", "thirty": "the colonel"}


def test_a_count_before_a_semicolon_is_not_the_next_speakers(ann):
    assert claims(ann, "Eight people died; the rebels said thirty.") == {"Eight": None, "thirty": "the rebels"}
