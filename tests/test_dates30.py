"""Dating devices of the twenty-first date set (tests/data/date_reports21, branch `dates30`), on sentences written for
these tests: a wire dateline naming the record's own day keeps it against a weekday six days back, a dated dateline
with its wire before the dash, a hyphened numeric date read by the text's order (an IST clock stamp says day first),
a whole "Tuesday, 3 February 2026" dating an undated text, and a span of days told between a count's subject and
its verb."""
from __future__ import annotations

import datetime as dt

from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.ingest.dates import find_date
from sitrep.ingest.textmeta import extract
from sitrep.nlp.time.date_order import numeric_order
from sitrep.nlp.time import find_times

D = dt.date


# -- "BAIDOA, Somalia, June 12 (Reuters) - ... Saturday's bombing ..., an official said on Friday" -------------------
# (nlp/time/anchor.suggest_dct)

def test_dateline_of_the_records_day_keeps_it_against_a_weekday_six_days_back():
    text = ("VELMORA, Somalia, June 12 (Reuters) - The toll from Saturday's bombing at the cattle market in Velmora "
            "has reached 14, a district official said on Friday.")
    ts = find_times(text, D(2026, 6, 12))
    assert next(t for t in ts if t.span.text == "Saturday").start == D(2026, 6, 6)


def test_without_a_dateline_a_header_a_day_early_is_still_corrected():
    text = ("The toll from Saturday's bombing at the cattle market in Velmora has reached 14, a district official "
            "said on Friday.")
    ts = find_times(text, D(2026, 6, 12))
    assert next(t for t in ts if t.span.text == "Saturday").start == D(2026, 6, 13)


# -- "KABUL, Aug. 9, 2026 (Xinhua) --": a whole date and a wire before the dash (ingest/textmeta) --------------------

def test_dated_dateline_with_its_wire_dates_the_record():
    meta = extract("ODUMA, Aug. 9, 2026 (Xinhua) -- Four people were killed when a bomb went off in a market in "
                   "Oduma on Saturday, police said.")
    assert meta.published == D(2026, 8, 9)
    assert meta.dateline == "ODUMA"


# -- "Updated: 03-08-2026 09:40 IST": hyphened numbers read by the text's order (ingest/dates, date_order_cues) ----

def test_hyphened_date_read_day_first_under_an_ist_stamp():
    line = "Updated: 03-08-2026 09:40 IST"
    assert numeric_order(line) == "dmy"
    assert find_date(line, "dmy")[0] == D(2026, 8, 3)
    assert find_date(line, "mdy")[0] == D(2026, 3, 8)
    assert find_date(line) is None  # no order known: left unread
    assert find_date("posted 2026-08-03")[0] == D(2026, 8, 3)  # ISO keeps its order
    meta = extract(line + "\n\nVELMORA: Two guards were shot dead at a bunker in Oduma district on Sunday, police "
                          "said.")
    assert meta.published == D(2026, 8, 3)


# -- "Police ... on Tuesday, 3 February 2026, said ... on Sunday night": an undated text's day (nlp/time/weekday_year)

def test_whole_date_with_its_weekday_dates_an_undated_text():
    ts = find_times("Police in Velmora on Tuesday, 3 February 2026, said they were hunting a gang that shot dead a "
                    "night watchman in Oduma on Sunday night.", None)
    assert next(t for t in ts if t.span.text.startswith("Sunday")).start == D(2026, 2, 1)


def test_whole_date_whose_weekday_is_wrong_leaves_the_text_undated():
    ts = find_times("Police in Velmora on Wednesday, 3 February 2026, said they were hunting a gang that shot dead a "
                    "night watchman in Oduma on Sunday night.", None)
    assert next(t for t in ts if t.span.text.startswith("Sunday")).start is None


# -- "The death toll from a bombing ... earlier this month has risen to 31" (events/date/toll.subject_time) ---------

def test_span_of_days_before_the_count_verb_dates_the_deed(ann):
    evs = _events(ann, "The death toll from a suicide bombing at a bus park in Velmora earlier this month has risen "
                       "to 23, the state emergency agency said on Thursday.", D(2026, 11, 19))
    assert evs["bombing"][1:] == (D(2026, 11, 1), D(2026, 11, 18))


def test_day_of_the_count_still_dates_the_count_not_the_deed(ann):
    evs = _events(ann, "The death toll from a suicide bombing at a bus park in Velmora rose to 23 on Thursday, the "
                       "state emergency agency said.", D(2026, 11, 20))
    assert evs["bombing"][1] != D(2026, 11, 19)


def test_whole_date_of_a_deed_does_not_date_an_undated_text():
    # the deed's own day, no source speaking on it: "arrested on Sunday" is the day after, not the Sunday before
    ts = find_times("Two men were shot at a tavern in Velmora on Saturday, 21 June 2025. A suspect was arrested at "
                    "his home on Sunday afternoon.", None)
    assert next(t for t in ts if t.span.text.startswith("Sunday")).start != D(2025, 6, 15)
