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
    shot = by_trigger(evs, "shot")
    assert (shot.date_start, shot.date_precision) == (dt.date(2021, 3, 7), "day")
    # one incident: the wounding is folded into the shooting (events/merge.py), which keeps its day
    assert not [e for e in evs if e.trigger.text == "wounded"]
    assert any("wounded two passengers" in s.text for s in shot.evidence)


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
    # a past clause tells a day gone by: last year's April 2 (nlp/time/calc.py _pick_year_for_day), never this year's
    assert (e.date_start, e.date_precision) == (dt.date(2020, 4, 2), "day")


def test_a_time_that_dates_the_telling_does_not_date_the_event(annotator):
    e = by_trigger(events(annotator, "Artillery fire killed four civilians in the village, rescuers said on Monday."), "fire")
    assert (e.date_start, e.date_precision) == (dt.date(2021, 3, 8), "reported")  # reported on Monday, by them
    e = by_trigger(events(annotator, "Gunmen killed two farmers on Sunday, the army said on Monday."), "killed")
    assert (e.date_start, e.date_precision) == (dt.date(2021, 3, 7), "day")


# ---------------------------------------------------------------- tense and aspect for weekdays (the parse decides)


def times(annotator, text: str, published=dt.date(2021, 3, 10)):  # a Wednesday
    return {t.span.text: t.value for t in annotator.annotate(text, DocContext(article_id="t", published=published)).times}


def test_a_timetable_in_the_present_is_the_coming_day(annotator):
    assert times(annotator, "The talks resume Monday in Geneva.")["Monday"] == "2021-03-15"
    assert times(annotator, "Voting takes place on Sunday.")["Sunday"] == "2021-03-14"


def test_a_present_that_may_be_past_or_a_possessive_is_not_a_timetable(annotator):
    assert times(annotator, "The strike hurt exports on Monday.")["Monday"] == "2021-03-08"
    assert times(annotator, "The ruling follows Tuesday's vote in parliament.")["Tuesday"] == "2021-03-09"
    assert times(annotator, "Rebels seized the town on Sunday.")["Sunday"] == "2021-03-07"


def test_a_plan_told_in_the_past_and_until(annotator):
    assert times(annotator, "The permit had been due to expire Friday.")["Friday"] == "2021-03-05"
    assert times(annotator, "The envoys are due to meet on Friday.")["Friday"] == "2021-03-12"
    assert times(annotator, "The curfew lasts until Thursday.")["Thursday"] == "2021-03-11"


def test_hours_later_dates_the_event_from_the_day_told_before(annotator):
    text = "A car bomb went off near the stadium on Sunday. Hours later, gunmen attacked a checkpoint outside the town."
    e = by_trigger(events(annotator, text), "attacked")
    assert (e.date_start, e.date_end) == (dt.date(2021, 3, 7), dt.date(2021, 3, 8))
