"""Dating devices of the fourth date set (tests/data/date_reports4, branch `dates6`), on sentences written for these
tests: dotted day-first dates ("3.4.2025") in the text and in a header line, "during a Sunday service" told after
an old date, "on the night of the 26th", and "The following evening" after a source's day ("said on Tuesday")."""
from __future__ import annotations

import datetime as dt

from test_dates4 import _events, _one
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.ingest.dates import find_date
from sitrep.ingest.textmeta import extract
from sitrep.nlp.time import find_times

D = dt.date


# -- dotted day-first dates (nlp/time/recognise rule "dotted"; ingest/dates.find_date) -----------------------------

def test_dotted_date_in_the_text_is_day_first():
    t = _one("Masked men set fire to a bus depot in Velmora on 3.4.2025 at around 22:00, police said.", D(2025, 4, 6))
    assert (t.start, t.end) == (D(2025, 4, 3), D(2025, 4, 3))
    # a version number is no date
    assert find_times("The Oduma clinic updated its records software to version 2.1.2020.3 last year.",
                      D(2025, 4, 6))[0].span.text == "last year"


def test_dotted_header_line_dates_an_undated_record():
    assert find_date("15.06.2025 | 09:40 GMT")[0] == D(2025, 6, 15)
    meta = extract("15.06.2025 | 09:40 GMT\n\nKESSELBY — Gunmen attacked a market in Kesselby on Friday, "
                   "killing four traders, a councillor said.\n")
    assert meta.published == D(2025, 6, 15)


def test_dotted_date_dates_the_deed(ann):
    evs = _events(ann, "A bomb exploded outside a police post in Velmora on 2.5.2025, wounding two officers, "
                       "police said on Sunday.", D(2025, 5, 4))
    assert evs["exploded"][1:] == (D(2025, 5, 2), D(2025, 5, 2))


# -- "a Sunday service" in a passage about an old date is a day of that time (nlp/time/generic_day) ----------------

_COURT = ("A court in Marandi on Monday sentenced two men to death for the killing of 14 worshippers in an attack on a "
          "church on 12 March 2023. The judge, Amina Gwom Tumba, said the men were among gunmen who opened fire on "
          "the congregation during a Sunday service.")


def test_a_sunday_service_after_an_old_date_is_that_day():
    ts = [t for t in find_times(_COURT, D(2025, 7, 8)) if t.span.text == "Sunday"]
    assert len(ts) == 1 and (ts[0].start, ts[0].end) == (D(2023, 3, 12), D(2023, 3, 12))
    # no old date told: US copy's "a Thursday news conference" is the last Thursday, as before
    t = _one("The minister spoke after a Thursday news conference in Marandi.", D(2025, 7, 8))
    assert t.start == D(2025, 7, 3)


def test_a_weekday_that_misses_the_old_date_has_no_day():
    ts = [t for t in find_times(_COURT.replace("a Sunday service", "a Friday prayer"), D(2025, 7, 8))
          if t.span.text == "Friday"]
    assert len(ts) == 1 and ts[0].start is None and ts[0].value == "XXXX-WXX-5"


def test_the_killing_is_not_dated_the_sunday_before_the_verdict(ann):
    evs = _events(ann, _COURT + " Relatives welcomed the verdict.", D(2025, 7, 8))
    assert evs["killing"][1] != D(2025, 7, 6)


# -- "on the night of the 26th": that day of the month (rule "ordday") -------------------------------------------

def test_on_the_night_of_the_26th():
    t = _one("Fighters raided an army post near Oduma on the night of the 26th, killing six soldiers.", D(2025, 7, 29))
    assert (t.start, t.end) == (D(2025, 7, 26), D(2025, 7, 26))


def test_on_the_morning_of_the_30th_in_the_month_before():
    t = _one("Raiders burned a granary in Oduma on the morning of the 30th, a farmer said.", D(2025, 8, 2))
    assert t.start == D(2025, 7, 30)


# -- "The following evening" counts from the story's day, not a source's (nlp/time/speech_ref) ----------------------

def test_following_evening_after_a_sources_day():
    ts = find_times("Fighters raided an army post near Oduma on the night of the 26th, killing six soldiers, sources "
                    "said on Tuesday. The following evening, jets struck the fighters.", D(2025, 7, 29))
    t = next(t for t in ts if t.span.text == "The following evening")
    assert t.start == D(2025, 7, 27)
    # "The day before" a source's day lands before the report: it still counts from the source's day
    ts = find_times("Police said on Friday that they had found the car. The day before, gunmen shot a trader in "
                    "Velmora.", D(2025, 7, 26))
    assert next(t for t in ts if t.span.text == "The day before").start == D(2025, 7, 24)


def test_following_evening_dates_the_strike(ann):
    evs = _events(ann, "Fighters raided an army post near Oduma on the night of the 26th, killing six soldiers, "
                       "sources said on Tuesday. The following evening, jets bombed the fighters near Velmora.",
                  D(2025, 7, 29))
    assert evs["bombed"][1:] == (D(2025, 7, 27), D(2025, 7, 27))



# -- "14/03/2025": day first when the first number cannot be a month (rule "dmy_numeric") ---------------------------

def test_day_first_numeric_date_with_its_year():
    t = _one("Bandits ambushed a bus near Velmora on 14/03/2025, a driver said.", D(2025, 3, 17))
    assert (t.start, t.end) == (D(2025, 3, 14), D(2025, 3, 14))
    t = _one("A grenade was thrown at a bar in Oduma on 25-12-2024.", D(2025, 1, 2))
    assert t.start == D(2024, 12, 25)
