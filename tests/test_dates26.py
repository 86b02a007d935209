"""Dating devices of branch `dates26` (misses of date_reports19 and date_reports14 m09), on sentences written for
these tests: an undated text's year read from a day and month told with their weekday (nlp/time/weekday_year); a
named day told with its year, "on Christmas Eve in 2023" (nlp/time/absolute); "next winter" and "last winter" named
by their December (nlp/time/relative)."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.time import find_times
from sitrep.nlp.time.weekday_year import weekday_dated_dct
from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def _span(text, dct, span):  # type: ignore[no-untyped-def]
    ts = {t.span.text: t for t in find_times(text, dct)}
    assert span in ts, list(ts)
    return ts[span].start, ts[span].end


UNDATED = ("Rebels attacked an army post near the town of Ostrel on Sunday, killing six soldiers, the army said on "
           "Monday.\n\nThe assault on Sunday, 12 July, began before dawn and lasted two hours. The attack came two days "
           "after a supply convoy was ambushed on the same road.")


def test_an_undated_texts_year_from_a_weekday_and_its_date():  # type: ignore[no-untyped-def]
    # 12 July is a Sunday in 2015, 2020 and 2026: the latest not after the analysis (pinned to a day of 2031 here)
    assert weekday_dated_dct(UNDATED, D(2031, 1, 5))[0] == D(2026, 7, 12)
    assert weekday_dated_dct(UNDATED.replace("12 July", "July 12"), D(2031, 1, 5))[0] == D(2026, 7, 12)
    # not before the latest year the text writes out; two days told for different years, or none: no year
    assert weekday_dated_dct(UNDATED + " A similar raid in 2027 killed four.", D(2031, 1, 5)) is None
    assert weekday_dated_dct(UNDATED + " On Friday, 3 March, more huts burned.", D(2031, 1, 5)) is None
    assert weekday_dated_dct("Raiders burned huts on Sunday, a church group said.", D(2031, 1, 5)) is None
    # a date with its year needs no weekday to tell it
    assert weekday_dated_dct("The raid on Sunday, 12 July 2026, began at dawn.", D(2031, 1, 5)) is None


def test_an_undated_texts_weekdays_count_from_that_day():  # type: ignore[no-untyped-def]
    ts = {t.span.text: t for t in find_times(UNDATED, None)}
    assert (ts["Sunday"].start, ts["Sunday, 12 July"].start) == (D(2026, 7, 12), D(2026, 7, 12))
    assert ts["Sunday"].anchor.startswith("dct-inferred:2026-07-12")
    # a dated text keeps its own date
    ts = {t.span.text: t for t in find_times(UNDATED, D(2026, 7, 14))}
    assert ts["Sunday"].anchor == "dct:2026-07-14"


def test_an_undated_reports_events_take_the_year(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, UNDATED, None)
    assert evs["attacked"] == ("asserted", D(2026, 7, 12), D(2026, 7, 12)), evs
    assert evs["ambushed"] == ("asserted", D(2026, 7, 10), D(2026, 7, 10)), evs


def test_a_named_day_with_its_year():  # type: ignore[no-untyped-def]
    text = "Ostrel was among the villages hit by raids on Christmas Eve in 2023 that killed 40 people."
    assert _span(text, D(2026, 1, 14), "Christmas Eve in 2023") == (D(2023, 12, 24), D(2023, 12, 24))
    assert _span("The shelling on New Year's Day 2019 hit a school.", D(2026, 1, 14),
                 "New Year's Day 2019") == (D(2019, 1, 1), D(2019, 1, 1))
    # a count after the day is no year; the bare day is still the nearest one
    assert _span("On Christmas Day 2000 people marched in Ostrel.", D(2026, 1, 14), "Christmas Day") == (
        D(2025, 12, 25), D(2025, 12, 25))


def test_an_old_named_day_is_background(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Gunmen killed four farmers in Ostrel on Monday, a village head said. The district was hit by "
                       "raids on Christmas Eve in 2023 that killed 40 people.", D(2026, 1, 14))
    assert evs["killed"] == ("asserted", D(2026, 1, 12), D(2026, 1, 12)), evs
    assert evs["raids"][1:] == (D(2023, 12, 24), D(2023, 12, 24)) and evs["raids"][0] == "background", evs


def test_next_and_last_winter_are_named_by_their_december():  # type: ignore[no-untyped-def]
    text = "Strikes on the grid last winter cut heating; engineers fear next winter."
    assert _span(text, D(2026, 4, 15), "last winter") == (D(2025, 12, 1), D(2026, 2, 28))
    assert _span(text, D(2026, 4, 15), "next winter") == (D(2026, 12, 1), D(2027, 2, 28))
    # told in January, "last winter" is the one before the winter under way, "next winter" the one after it
    assert _span(text, D(2027, 1, 10), "last winter") == (D(2025, 12, 1), D(2026, 2, 28))
    assert _span(text, D(2027, 1, 10), "next winter") == (D(2027, 12, 1), D(2028, 2, 29))


# (text, report date, trigger, first = last day)
AFTER_DEED = [
    ("Rebels stormed an army base in Ostrel on Saturday, killing four soldiers, officers said on Monday.\n\nA day "
     "after the attack, air force jets struck a rebel convoy near Pellik.", D(2026, 6, 15), "struck", D(2026, 6, 14)),
    ("A suicide bomber killed nine people at a market in Ostrel on Thursday.\n\nHours after the attack, gunmen "
     "ambushed a police patrol near the town, killing two officers, police said.", D(2026, 7, 17), "ambushed",
     D(2026, 7, 16)),
]


def test_a_deed_after_the_deed_told_before(ann):  # type: ignore[no-untyped-def]
    for text, published, trigger, day in AFTER_DEED:
        evs = _events(ann, text, published)
        assert evs[trigger] == ("asserted", day, day), evs
