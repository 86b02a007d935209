"""Dating devices of the third date set (tests/data/date_reports3, branch `dates5`), on sentences written for these
tests: named days on a fixed date ("on Christmas Eve", "On New Year's Day"), "a fortnight ago", "this week" told in
the past."""
from __future__ import annotations

import datetime as dt

from test_dates4 import _events, _one
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


# -- named days on a fixed date (data/time_lexicon.tsv kind fixed_day; nlp/time/absolute._r_fixed_day) -----------

def test_christmas_eve_in_a_report_three_days_later():
    t = _one("Raiders burned a granary in Tafawa on Christmas Eve, a herder said.", D(2025, 12, 27))
    assert (t.start, t.end) == (D(2025, 12, 24), D(2025, 12, 24))


def test_new_years_day_across_the_year_boundary():
    t = _one("On New Year’s Day, a mortar round fell on a clinic in Dikwa.", D(2026, 1, 2))
    assert (t.start, t.end) == (D(2026, 1, 1), D(2026, 1, 1))


def test_new_years_eve_in_a_first_of_january_report():
    t = _one("Masked men robbed a fuel depot on New Year's Eve.", D(2026, 1, 1))
    assert (t.start, t.end) == (D(2025, 12, 31), D(2025, 12, 31))


def test_boxing_day_dates_the_deed(ann):
    evs = _events(ann, "On Boxing Day, soldiers shot dead four traders at a market in Kafanchan, residents said on "
                       "Monday.", D(2025, 12, 29))
    assert evs["shot"][1:] == (D(2025, 12, 26), D(2025, 12, 26))


# -- "a fortnight ago": that day, not the ISO week (nlp/time/relative._r_ago) -------------------------------------

def test_a_fortnight_ago_is_a_day():
    t = _one("The convoy was ambushed a fortnight ago near Kaga Bandoro.", D(2025, 5, 20))
    assert (t.start, t.end, t.precision) == (D(2025, 5, 6), D(2025, 5, 6), "day")


# -- "this week" told in the past: Monday to the report's day (nlp/time/relative._r_relunit) ----------------------

def test_this_week_in_the_past_ends_on_the_report_day(ann):
    evs = _events(ann, "Fighting between two militias in Zawiya this week killed nine people, a doctor said on "
                       "Wednesday.", D(2025, 6, 11))
    assert evs["Fighting"][1:] == (D(2025, 6, 9), D(2025, 6, 11))



# -- "4 to 6 February" set off by a comma or a bracket is a range (nlp/time/absolute._r_dayrange) ------------------

def test_day_range_after_a_comma():
    t = _one("Mortar fire hit Akobo again, 9 to 11 March, a nurse said.", D(2025, 3, 14))
    assert (t.start, t.end) == (D(2025, 3, 9), D(2025, 3, 11))


# -- a day counted from another is not sent a year back when it lands after the report (events/date.no_year) -------

def test_the_next_morning_with_nothing_before_it_is_no_day_a_year_back(ann):
    evs = _events(ann, "Some farmers escaped into the hills and returned the next morning to find their homes burned.",
                  D(2025, 8, 30))
    assert evs["burned"][1] != D(2024, 8, 31)
