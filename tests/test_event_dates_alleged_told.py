"""Event dates of single-incident local reports (sentences written for these tests): the day of a deed told only
as alleged ("is accused of stabbing his brother on Saturday") dates the undated charge ("was charged with
murder"); "are due on Monday" is still to come (no past day beside the incident's); a "when" clause of violence
dated by its own verb ("injured when rioters looted and set fire to shops on Sunday") dates the violence."""
from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import by_trigger, unmerged_mentions

from sitrep.nlp.annotate import Annotator

MON = dt.date(2023, 9, 18)  # a Monday: the report's date
SAT, SUN, FRI = dt.date(2023, 9, 16), dt.date(2023, 9, 17), dt.date(2023, 9, 15)


@pytest.fixture(scope="module")
def annotator():
    return Annotator()


def span(e):
    return e.date_start, e.date_end, e.date_precision


def test_an_alleged_deeds_day_dates_the_undated_charge(annotator):
    # the court's Monday is another day told by a verb: without the alleged deed's day, no one day is told
    text = ("A 38-year-old man is accused of murdering his partner at a house in Velden, in Brandt's eastern suburbs, "
            "on Saturday.\n\nPolice said a patrol went to the Elm Street address at about 8.15pm after reports of a "
            "disturbance. They found a 35-year-old woman badly hurt, and she died in hospital soon afterwards.\n\n"
            "Inspector Lena Marsh said the man, Ruben Okafor of Velden, was detained at the house and later charged "
            "with murder. He faced the Velden Magistrates Court on Monday and will appear again in January.")
    assert span(by_trigger(unmerged_mentions(annotator, text, MON), "murder")) == (SAT, SAT, "day")


def test_an_alleged_deed_dates_nothing_when_no_death_is_told_as_fact(annotator):
    evs = unmerged_mentions(annotator, "A 51-year-old farmer is accused of stabbing his brother in Velden on "
                                       "Saturday.", MON)
    assert all(e.date_precision != "day" or e.date_start == SAT for e in evs)


def test_due_on_a_weekday_is_still_to_come():
    from sitrep.nlp.time.tense import _clause_tense
    text = "Post-mortem examinations are due on Monday."
    assert _clause_tense(text, text.index("Monday"), text.index("Monday") + 6) is True


def test_a_when_clause_dated_by_its_own_verb_dates_the_violence(annotator):
    evs = unmerged_mentions(annotator, "A security guard was killed and a policeman was injured when rioters looted "
                                       "and set fire to shops in Tema on Sunday, police said.", MON)
    assert span(by_trigger(evs, "injured")) == (SUN, SUN, "day")
