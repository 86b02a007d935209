"""Dating devices of the second date set (tests/data/date_reports2, branch `dates4`), on sentences written for these
tests: "local time" after a weekday, the night of one day to the next, "a week ago", "earlier this month", a short
day-first date, a header line with its weekday."""
from __future__ import annotations

import datetime as dt

from sitrep.ingest.textmeta import extract
from sitrep.nlp.annotate import DocContext
from sitrep.nlp.time import find_times
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def _events(ann, text, published):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=published))
    return {e.trigger.text: (e.modality, e.date_start, e.date_end) for e in an.events}


def _one(text, dct):  # type: ignore[no-untyped-def]
    ts = find_times(text, dct)
    assert len(ts) == 1, [t.span.text for t in ts]
    return ts[0]


# -- "late Sunday local time": a time zone, not "50 times" (events/modality) -------------------------------------

def test_local_time_does_not_make_a_deed_a_habit(ann):
    evs = _events(ann, "Army helicopters bombed a hamlet in Chin state late Friday local time, killing six farmers, "
                       "a relief worker said.", D(2025, 10, 13))
    assert evs["bombed"][0] == "asserted"
    assert evs["bombed"][1] == D(2025, 10, 10)


# -- "early Wednesday local time" a day after the page's Tuesday (nlp/time/relative, events/date.after_report) ----

def test_weekday_local_time_the_day_after_the_page(ann):
    t = _one("A grenade blew up early Wednesday local time at a bus stop in Davao.", D(2025, 10, 14))  # a Tuesday
    assert (t.start, t.end) == (D(2025, 10, 15), D(2025, 10, 15))
    evs = _events(ann, "A grenade exploded early Wednesday local time at a bus stop in Davao, wounding four commuters.",
                  D(2025, 10, 14))
    assert evs["exploded"][:2] == ("asserted", D(2025, 10, 15))
    t = _one("A grenade blew up early Wednesday at a bus stop in Davao.", D(2025, 10, 14))
    assert t.start == D(2025, 10, 8)  # no "local time": the Wednesday before, as before


# -- "on the night of 9 to 10 June", "the night of Saturday to Sunday": both days (nlp/time/resolve) --------------

def test_night_of_one_day_to_the_next():
    t = _one("Drones hit the depot on the night of 9 to 10 June.", D(2025, 6, 12))
    assert (t.start, t.end) == (D(2025, 6, 9), D(2025, 6, 10))
    t = _one("Gunmen raided the market on the night of Saturday to Sunday.", D(2025, 6, 12))
    assert (t.start, t.end) == (D(2025, 6, 7), D(2025, 6, 8))
    t = _one("Drones hit the depot on the night of 30 to 31 May.", D(2025, 6, 12))
    assert (t.start, t.end) == (D(2025, 5, 30), D(2025, 5, 31))


# -- "a week ago": that day (nlp/time/relative._r_ago) -----------------------------------------------------------

def test_a_week_ago_is_that_weekday():
    t = _one("The convoy was ambushed a week ago.", D(2025, 6, 12))
    assert (t.start, t.end, t.precision) == (D(2025, 6, 5), D(2025, 6, 5), "day")


# -- "earlier this month": up to the day before the report (nlp/time/relative._r_relunit) ------------------------

def test_earlier_this_month_ends_the_day_before_the_report():
    t = _one("Militiamen burned the granary earlier this month.", D(2025, 6, 12))
    assert (t.start, t.end) == (D(2025, 6, 1), D(2025, 6, 11))


# -- "on 03/04": the reading in the month before the report (nlp/time/absolute._r_short_numeric) -----------------

def test_short_numeric_date_takes_the_recent_reading():
    assert _one("A petrol bomb was thrown at the station on 02/05, police said.", D(2025, 5, 6)).start == D(2025, 5, 2)
    assert _one("A petrol bomb was thrown at the station on 02/05, police said.", D(2025, 2, 9)).start == D(2025, 2, 5)
    assert find_times("A petrol bomb was thrown at the station on 02/05, police said.", D(2025, 8, 20)) == []
    assert find_times("Guards stood on 3/4 of the posts.", D(2025, 3, 6)) == []


# -- a header line "Friday 7 March 2025" is the publication date (ingest/textmeta) --------------------------------

def test_header_line_with_its_weekday_is_the_publication_date():
    m = extract("Tuesday 14 October 2025\n\nYouths stoned a police van in the town on Monday night.\n")
    assert m.published == D(2025, 10, 14)
    m = extract("Monday 14 October 2025\n\nYouths stoned a police van in the town on Monday night.\n")
    # the weekday does not fit the date: the number wins (dates32: the convention of date_reports3 f20, date_reports13
    # k12, date_reports22 f19 and date_reports23 g16; with a comma, "Monday, 14 October 2025", it was already read so)
    assert m.published == D(2025, 10, 14)
