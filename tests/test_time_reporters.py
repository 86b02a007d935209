"""How reporters date an event: "that evening", "overnight into Sunday" (the night from Saturday), a dated dateline, "on the 12th", a date a day
past the report's that its weekday confirms (sentences written for these tests; branch dates3)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import Annotator, DocContext
from sitrep.nlp.time import find_times

D = dt.date


def times(text: str, dct: D) -> dict[str, tuple]:
    return {t.span.text: (t.start, t.end) for t in find_times(text, dct)}


def test_that_evening_is_the_day_just_told_not_the_day_before():
    ts = times("A bomb went off in the square on Wednesday. That evening, gunmen fired on a checkpoint.", D(2025, 4, 25))
    assert ts["That evening"] == (D(2025, 4, 23), D(2025, 4, 23))
    ts = times("Talks broke down on Monday. The following evening the envoys left.", D(2025, 4, 25))
    assert ts["The following evening"] == (D(2025, 4, 22), D(2025, 4, 22))


def test_overnight_into_a_weekday_is_the_night_that_ends_on_it():
    ts = times("Drones hit a depot in the port overnight into Sunday, officials said.", D(2025, 6, 2))
    assert ts["overnight into Sunday"] == (D(2025, 5, 31), D(2025, 6, 1))
    assert times("Drones hit a depot overnight, officials said.", D(2025, 6, 2))["overnight"] == (D(2025, 6, 1), D(2025, 6, 2))


def test_a_dated_dateline_before_the_page_date_anchors_the_weekdays():
    text = "TORVALE, Sept 1 — Gunmen killed two guards at a depot on Tuesday, a witness said."
    assert times(text, D(2025, 9, 3))["Tuesday"] == (D(2025, 8, 26), D(2025, 8, 26))
    # a dateline of the page's own day changes nothing
    assert times(text.replace("Sept 1", "Sept 3"), D(2025, 9, 3))["Tuesday"] == (D(2025, 9, 2), D(2025, 9, 2))


def test_on_the_twelfth_is_a_day_of_the_report_month():
    assert times("A bomb killed three guards on the 12th, officials said.", D(2025, 5, 14))["the 12th"] == \
        (D(2025, 5, 12), D(2025, 5, 12))
    assert times("A bomb killed three guards on the 28th, officials said.", D(2025, 5, 14))["the 28th"] == \
        (D(2025, 4, 28), D(2025, 4, 28))
    assert times("She lives on the 12th floor of the tower.", D(2025, 5, 14)) == {}


def test_on_the_ordinal_day_before_the_sentence_verb():
    # the bare day before the verb in the past: the month before when the day is still to come (dates23)
    assert times("A rocket attack on a depot near Varlow on the 27th killed four guards.", D(2025, 6, 3))["the 27th"] \
        == (D(2025, 5, 27), D(2025, 5, 27))
    assert times("Shelling of the market on the 2nd wounded nine traders.", D(2025, 6, 3))["the 2nd"] == \
        (D(2025, 6, 2), D(2025, 6, 2))
    # a noun after the ordinal is still no day ("the 4th red line", "the 9th seed")
    assert times("The lane on the 4th red line was shut.", D(2025, 6, 3)) == {}
    assert times("She lost on the 9th seed court.", D(2025, 6, 3)) == {}


@pytest.fixture(scope="module")
def annotator():
    return Annotator()


def test_a_date_a_day_past_the_report_that_its_weekday_confirms_is_kept(annotator):
    text = "Gunmen killed three traders at a checkpoint near Torvale on Thursday, March 13, relatives said."
    evs = annotator.annotate(text, DocContext(article_id="t", published=D(2025, 3, 12))).events
    killed = [e for e in evs if e.trigger.text == "killed"]
    assert killed and (killed[0].date_start, killed[0].date_precision) == (D(2025, 3, 13), "day")
    # without a weekday that fits, the day past the report is last year's (a past clause)
    text2 = text.replace("Thursday, March 13", "March 13")
    evs = annotator.annotate(text2, DocContext(article_id="t", published=D(2025, 3, 12))).events
    killed = [e for e in evs if e.trigger.text == "killed"]
    assert killed and killed[0].date_start == D(2024, 3, 13)


def _dates(annotator, text: str, published: D) -> list[tuple]:
    evs = annotator.annotate(text, DocContext(article_id="t", published=published)).events
    return [(e.trigger.text, e.date_start, e.date_end) for e in evs]


def test_two_days_joined_as_a_span_date_the_event_over_both(annotator):
    wed = D(2025, 3, 5)
    for text in ("Troops and rebels fought in the town of Torvale from Friday to Sunday, the army said.",
                 "Troops and rebels fought in the town of Torvale between Friday and Sunday, the army said."):
        assert ("fought", D(2025, 2, 28), D(2025, 3, 2)) in _dates(annotator, text, wed)
    text = "Troops and rebels clashed in Torvale on Monday and Tuesday, the army said."
    assert ("clashed", D(2025, 3, 3), D(2025, 3, 4)) in _dates(annotator, text, wed)
    # two deeds, each with its day, are no span
    text = "Gunmen killed a farmer in Torvale on Monday and burned a church on Tuesday, residents said."
    assert ("killed", D(2025, 3, 3), D(2025, 3, 3)) in _dates(annotator, text, wed)


def test_a_noun_whose_phrasal_verb_tells_a_day_takes_it_not_the_last_sentence(annotator):
    text = "A bomb exploded in a market in Torvale on Saturday. Two days later, a second bomb went off near a school."
    assert ("bomb", D(2025, 3, 3), D(2025, 3, 3)) in _dates(annotator, text, D(2025, 3, 5))
