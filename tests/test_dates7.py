"""Dating devices of the fifth date set (tests/data/date_reports5, branch `dates7`), on sentences written for these
tests: a dated dateline with its country ("TARKESH, Norland, 14 November 2025 —") that must not date the lede's
deed, a headline opening with its date in an undated record, "fighters believed to belong to X" after a fronted
time, "in protest" taking the time of its verb, and "a year after the bombing of 12 May"."""
from __future__ import annotations

import datetime as dt

from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.ingest.textmeta import extract
from sitrep.nlp.time import find_times

D = dt.date


# -- a dateline's date dates no deed (nlp/time/dateline_day, used by events/extract) -------------------------------

def test_dated_dateline_with_country_does_not_date_the_lede(ann):
    evs = _events(ann, "TARKESH, Norland, 14 November 2025 — Militants attacked a police post in Brenholt on "
                       "Thursday, killing three officers, officials said.", D(2025, 11, 14))
    assert evs["attacked"][1:] == (D(2025, 11, 13), D(2025, 11, 13))
    evs = _events(ann, "VELMORA (Nov 5, 2025) — Gunmen opened fire on a crowd outside a bar in Velmora early "
                       "Sunday, killing two people, police said.", D(2025, 11, 5))
    assert evs["opened"][1:] == (D(2025, 11, 2), D(2025, 11, 2))


# -- a headline opening with its whole date dates an undated record (ingest/textmeta) -------------------------------

def test_dated_headline_dates_an_undated_record():
    meta = extract("3 November 2025: Gunmen kill nine in raid on Velmora village\n\nKESSELBY — Armed men raided a "
                   "village near Kesselby on Sunday night, killing nine people, residents said.\n")
    assert meta.published == D(2025, 11, 3)
    assert meta.title == "Gunmen kill nine in raid on Velmora village"
    meta = extract("Nov 10, 2025 — Police fire tear gas at Oduma protest over the price of bread and fuel\n\n"
                   "ODUMA — Police fired tear gas at protesters in Oduma on Saturday, witnesses said.\n")
    assert meta.published == D(2025, 11, 10)
    # a headline about a year is no date line
    assert extract("2025 in review: the year of drones\n\nA long look back at the year.\n").published is None


# -- "fighters believed to belong to X" tells no day of its own (events/date.speech_time) ---------------------------

def test_time_before_a_subject_believed_to_be_x_dates_the_deed(ann):
    evs = _events(ann, "Late last month, fighters believed to belong to the same militia attacked a camp outside "
                       "Marivel, killing 14 people.", D(2025, 11, 12))
    assert evs["attacked"][1:] == (D(2025, 10, 21), D(2025, 10, 31))


# -- "in protest" takes its verb's time (events/date.borrowed_time) -------------------------------------------------

def test_in_protest_takes_the_time_of_its_verb(ann):
    evs = _events(ann, "In Marivel, traders closed their shops on Tuesday in protest at the arrest of a local "
                       "imam, residents said.", D(2025, 11, 5))
    assert evs["protest"][1:] == (D(2025, 11, 4), D(2025, 11, 4))


# -- "a year after the bombing of 12 May" (nlp/time/anniversary) ----------------------------------------------------

def test_anniversary_day_lies_years_back():
    ts = find_times("A bomber struck a mosque in Brenholt on Thursday, a year after the market bombing of 12 May "
                    "that killed 30 people.", D(2025, 5, 16))
    got = {t.span.text: (t.start, t.end) for t in ts}
    assert got["Thursday"] == (D(2025, 5, 15), D(2025, 5, 15))
    assert got["12 May"] == (D(2024, 5, 12), D(2024, 5, 12))
    ts = find_times("Families gathered two years since the massacre of 3 October in Kesselby.", D(2025, 10, 6))
    assert [(t.start, t.end) for t in ts if t.span.text == "3 October"] == [(D(2023, 10, 3), D(2023, 10, 3))]
    # a day told in its own right near "a year" stays this year's
    ts = find_times("A year after the floods, gunmen attacked Kesselby on 12 May.", D(2025, 5, 16))
    assert [(t.start, t.end) for t in ts if t.span.text == "12 May"] == [(D(2025, 5, 12), D(2025, 5, 12))]


# -- a deed in a "when" clause hung on a date takes that date (events/when_time) ------------------------------------

def test_when_clause_on_a_date_takes_that_date(ann):
    evs = _events(ann, "Fighters attacked an army post in Marivel on Saturday, killing six soldiers. The attack followed "
                       "a smaller one in the early hours of 21 October, when militants fired mortars at a police "
                       "station in Brenholt, wounding three officers.", D(2025, 10, 28))
    assert evs["attacked"][1:] == (D(2025, 10, 25), D(2025, 10, 25))
    assert evs["fired"][1:] == (D(2025, 10, 21), D(2025, 10, 21))
    evs = _events(ann, "Gunmen stormed a school in Marivel on Monday, killing two teachers.\n\nThe town was last "
                       "attacked on 2 October, when militants burned a clinic and shot dead a nurse.", D(2025, 10, 28))
    assert evs["shot"][1:] == (D(2025, 10, 2), D(2025, 10, 2))
