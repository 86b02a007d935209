"""Dating devices of branch `dates19` (date_reports13 k07, k08, k10, k18, k22; local_reports4 n11), on sentences
written for these tests: a deed told before an "N days after" phrase lies N days after the phrase's day
(events/counted_from) and its "after" clause is no cause of it (events/triggers.apart_in_time); "A week earlier"
counted from a day told is that weekday, not the week (nlp/time/relative); an undated text's "On 15 June" after
"On 13 June 2026" is 2026 (nlp/time/absolute); a noun under an "-ing" participle takes the day of the verb the
participle hangs on (events/participle_time); "the deaths of ... found on Monday" dates the report's one incident
(events/incident_date.found_with_deaths)."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.time import find_times
from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def test_deed_counted_forward_from_the_after_phrase(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Raiders killed nine herders in the Tamsa valley 10 days after a rival gang abducted 20 "
                       "traders from a nearby market on April 6, a spokesman and villagers said on Monday.",
                  D(2026, 4, 20))
    assert evs["killed"][1:] == (D(2026, 4, 16), D(2026, 4, 16)), evs
    assert evs["abducted"][1:] == (D(2026, 4, 6), D(2026, 4, 6)), evs


def test_a_day_after_a_bombing_on_friday(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Rebel fighters attacked an army camp near Dorvo a day after two soldiers died in a roadside "
                       "bombing on Friday near the same town, officers said on Monday.", D(2026, 8, 10))
    assert evs["attacked"][1:] == (D(2026, 8, 8), D(2026, 8, 8)), evs


def test_a_week_earlier_from_a_day_told():  # type: ignore[no-untyped-def]
    text = ("Gunmen burned three shops in Lemba on 30 December. A week earlier, they had ambushed a bus on the road "
            "north of the town.")
    ts = [t for t in find_times(text, D(2027, 1, 9)) if "week" in t.span.text]
    assert len(ts) == 1 and (ts[0].start, ts[0].end, ts[0].precision) == (D(2026, 12, 23), D(2026, 12, 23), "day"), ts


def test_a_week_earlier_without_a_day_told_keeps_the_week():  # type: ignore[no-untyped-def]
    ts = [t for t in find_times("A week earlier, gunmen had ambushed a bus near Lemba.", D(2027, 1, 9))
          if "week" in t.span.text]
    assert len(ts) == 1 and ts[0].precision == "week", ts


def test_undated_text_day_takes_the_year_told_before():  # type: ignore[no-untyped-def]
    text = "On 13 June 2026, shells hit the market of Oruma. On 15 June, a drone struck a depot outside the town."
    ts = [t for t in find_times(text, None) if t.span.text == "15 June"]
    assert len(ts) == 1 and ts[0].start == D(2026, 6, 15), ts


def test_undated_text_day_without_a_year_told_stays_open():  # type: ignore[no-untyped-def]
    ts = [t for t in find_times("On 15 June, a drone struck a depot outside Oruma.", None) if t.span.text == "15 June"]
    assert len(ts) == 1 and ts[0].start is None, ts


def test_noun_under_a_participle_takes_the_verb_day(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Armed men attacked the police post in the town of Vessa on Thursday, killing three officers in "
                       "a shootout that lasted most of the night, police said.\n\nThe day before, the same men killed "
                       "two farmers in a nearby village.", D(2026, 5, 8))
    assert evs["attacked"][1:] == (D(2026, 5, 7), D(2026, 5, 7)), evs
    assert all(v[1] != D(2026, 5, 6) for k, v in evs.items() if k in ("attacked", "shootout")), evs


def test_deaths_found_on_a_day_date_the_incident(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "The deaths of a Dorset Falls woman, her teenage son and a man found at their farmhouse on "
                       "Monday were a murder-suicide, police said Wednesday.\n\nDetectives said the man shot his wife before killing "
                       "himself.", D(2026, 3, 18))
    assert evs["shot"][1] == D(2026, 3, 16), evs
