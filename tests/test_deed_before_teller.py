"""'..., killing at least nine residents, a leader of the vigilante group told reporters': the parser takes the count
for the subject of the verb of telling, with the teller in apposition; the harm verb before the count is its action
(issue 16, story low/high: branch stories28). Sentences written for this test; names and places made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Analysis
from sitrep.nlp.annotate import DocContext
from sitrep.nlp.figures import extract_figures


@pytest.fixture(scope="module")
def nlp():
    from sitrep.nlp.models import load_pipeline

    return load_pipeline()


def _figs(nlp, text):
    return extract_figures(nlp(text), DocContext("t1", published=dt.date(2026, 3, 5)), Analysis("t1"))


def _one(figures, span_text):
    hits = [f for f in figures if f.span.text == span_text]
    assert hits, (span_text, [(f.span.text, f.what, f.who) for f in figures])
    return hits[0]


def test_killing_before_a_teller_in_apposition_told_reporters(nlp):
    text = ("Gunmen on motorcycles stormed the village of Dakwari near Gulbi before dawn on Sunday, killing at least "
            "seven farmers, a leader of the local hunters' guild told reporters.")
    f = _one(_figs(nlp, text), "at least seven")
    assert f.what == "killed"


def test_killing_before_a_named_teller_said_by_phone(nlp):
    text = ("A bomber drove a truck packed with explosives into a crowded bus station in Harwell on Friday, killing at "
            "least six people, a police officer, Tomas Brenik, said by phone.")
    f = _one(_figs(nlp, text), "at least six")
    assert f.what == "killed"


def test_the_teller_of_a_count_with_no_harm_verb_before_it_is_no_deed(nlp):
    text = ("The camp outside Dakwari now holds about 4,000 people, a leader of the local hunters' guild told "
            "reporters on Sunday.")
    f = _one(_figs(nlp, text), "about 4,000")
    assert f.what != "killed"
