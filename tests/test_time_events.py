"""An event is dated by its own words (sentences written for these tests; the full per-article analysis)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import Annotator, DocContext

TUE = dt.date(2021, 3, 9)  # a Tuesday


@pytest.fixture(scope="module")
def annotator():
    return Annotator()


def events(annotator, text: str, published=TUE):
    return annotator.annotate(text, DocContext(article_id="t", published=published)).events


def by_trigger(evs, word: str):
    hits = [e for e in evs if e.trigger.text == word]
    assert hits, [e.trigger.text for e in evs]
    return hits[0]


def test_the_clause_time_dates_the_event_and_keeps_the_time_of_day(annotator):
    evs = events(annotator, "Gunmen shot dead a shopkeeper in the market on Sunday night, police said.")
    e = by_trigger(evs, "shot")
    assert (e.date_start, e.date_precision) == (dt.date(2021, 3, 7), "day")
    assert e.time is not None and e.time.value == "2021-03-07TNI"  # the part of the day kept as evidence


def test_a_sentence_going_on_about_the_incident_takes_its_day(annotator):
    text = ("Gunmen shot dead a taxi driver early Sunday in the old town, police said. "
            "The gunmen also wounded two passengers who tried to help him.")
    evs = events(annotator, text)
    assert by_trigger(evs, "shot").date_start == dt.date(2021, 3, 7)
    hurt = by_trigger(evs, "wounded")
    assert (hurt.date_start, hurt.date_precision) == (dt.date(2021, 3, 7), "day")


def test_a_round_up_of_several_days_does_not_carry_a_day(annotator):
    text = ("Militiamen killed a farmer on Saturday near the river. On Monday soldiers killed two herders in the hills. "
            "Gunmen also wounded a teacher in the village.")
    hurt = by_trigger(events(annotator, text), "wounded")
    assert hurt.date_precision == "reported" and hurt.date_start == TUE


def test_a_sentence_opening_on_another_time_does_not_carry_the_day(annotator):
    text = ("A guard was shot dead on Sunday at the depot, police said. "
            "Earlier, gunmen wounded a driver on the road to the depot.")
    hurt = by_trigger(events(annotator, text), "wounded")
    assert hurt.date_precision == "reported"


def test_a_past_incident_never_takes_a_day_after_its_report(annotator):
    evs = events(annotator, "Soldiers killed four villagers on April 2, the governor said.")  # a report of March 9
    e = by_trigger(evs, "killed")
    assert e.date_start is not None and e.date_start <= TUE
    assert e.date_precision == "reported"


def test_a_time_that_dates_the_telling_does_not_date_the_event(annotator):
    e = by_trigger(events(annotator, "Artillery fire killed four civilians in the village, rescuers said on Monday."), "fire")
    assert (e.date_start, e.date_precision) == (dt.date(2021, 3, 8), "reported")  # reported on Monday, by them
    e = by_trigger(events(annotator, "Gunmen killed two farmers on Sunday, the army said on Monday."), "killed")
    assert (e.date_start, e.date_precision) == (dt.date(2021, 3, 7), "day")
