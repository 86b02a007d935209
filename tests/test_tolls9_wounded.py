"""tolls9: people stabbed or shot and carried to hospital, in a sentence that tells no death, are wounded.
Sentences written for these tests; names and places made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext


def wounded(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("t1", published=dt.date(2024, 5, 6)))
    return [(f.low, f.high) for f in an.figures if f.what == "wounded"]


@pytest.mark.parametrize("text", [
    "Two other boys, aged 14 and 16, were stabbed and taken to hospital in Tessor on Sunday.",
    "Two men were stabbed and taken to hospital after a fight in Tessor.",
])
def test_people_stabbed_and_taken_to_hospital_are_wounded(ann, text):
    assert (2.0, 2.0) in wounded(ann, text), wounded(ann, text)


def test_a_sentence_that_tells_a_death_gives_no_wounded_count(ann):
    got = wounded(ann, "Two men were stabbed and taken to hospital in Tessor, where one of them died.")
    assert (2.0, 2.0) not in got, got


def test_one_who_escaped_and_was_treated_for_burns_is_wounded(ann):
    got = wounded(ann, "Gunmen killed two farmers in Tessor. A woman escaped through a window and was treated for burns.")
    assert (1.0, 1.0) in got, got
