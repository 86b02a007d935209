"""Dating devices of branch `dates18` (date_reports11 y04 and y07, date_reports12 z17 and z18), on sentences
written for these tests: "on the eve of the election" where the text dates the election elsewhere is the day before
that day (nlp/time/eve.eve_of_told_event); "earlier this week" in a Monday story is the Sunday (nlp/time/relative);
in a court report the deeds left undated take the case's dated deed's day, or none, never the report's
(events/court_report); a body found on a day and a killing told on another keeps the killing's day."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.time import find_times
from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def test_eve_of_an_election_dated_elsewhere(ann):  # type: ignore[no-untyped-def]
    text = ("LIMA, May 4 (Reuters) - Voters in Peru's Puno region elected a new mayor on Sunday in a run-off election marred by "
            "the shooting of a campaign aide on the eve of the election.\n\nOfficials said on Monday that turnout "
            "had been low.")
    ts = [t for t in find_times(text, D(2026, 5, 4)) if "eve" in t.span.text]
    assert len(ts) == 1 and (ts[0].start, ts[0].end) == (D(2026, 5, 2), D(2026, 5, 2)), ts


def test_eve_of_an_undated_election_stays_undated(ann):  # type: ignore[no-untyped-def]
    text = "A campaign aide was shot dead in Puno on the eve of the election, officials said on Monday."
    assert not [t for t in find_times(text, D(2026, 5, 4)) if "eve" in t.span.text]


def test_earlier_this_week_in_a_monday_story(ann):  # type: ignore[no-untyped-def]
    ts = [t for t in find_times("Police charged a man on Monday over a robbery at a pharmacy earlier this week.",
                                D(2026, 11, 16)) if "week" in t.span.text]
    assert len(ts) == 1 and (ts[0].start, ts[0].end) == (D(2026, 11, 15), D(2026, 11, 15)), ts


def test_earlier_this_week_in_a_thursday_story_keeps_its_days(ann):  # type: ignore[no-untyped-def]
    ts = [t for t in find_times("Police charged a man over a robbery at a pharmacy earlier this week.",
                                D(2026, 11, 19)) if "week" in t.span.text]
    assert len(ts) == 1 and (ts[0].start, ts[0].end) == (D(2026, 11, 16), D(2026, 11, 18)), ts


def test_trial_report_deed_takes_the_case_day(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "A cyclist was pulled from his bike and stabbed to death near a canal in Walsall, a jury at "
                       "Wolverhampton Crown Court heard on Tuesday.\n\nOwen Marsh, 24, was attacked by two men on "
                       "Canal Street on 3 June, the prosecution said.", D(2026, 11, 11))
    assert evs["stabbed"][1:] == (D(2026, 6, 3), D(2026, 6, 3)), evs


def test_sentencing_report_deed_never_takes_the_report_day(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "A court in Lyon on Friday sentenced a 40-year-old man to 20 years in prison for a knife "
                       "attack on shoppers outside a bakery.\n\nThe court found that the man had attacked strangers without "
                       "warning. A baker was seriously wounded.",
                  D(2026, 10, 3))
    assert all(v[0] != "asserted" or v[1] != D(2026, 10, 3) for v in evs.values()), evs


def test_found_dead_and_killed_on_another_day(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "A shopkeeper was found dead in his flat in Brenton on Tuesday. Police believe he was killed "
                       "on Sunday night, a spokeswoman said.", D(2026, 9, 17))
    assert evs["killed"][1:] == (D(2026, 9, 13), D(2026, 9, 13)), evs


def test_deed_coordinated_with_a_groups_sentence_stays_news(ann):
    # "kidnapped and sentenced him to death": the sentencer did the deed, no court weighs it (events/court_report)
    text = ("Rebels of the Tessor Front kidnapped and sentenced a foreign engineer to death, a commander of the "
            "group said. The rebels have promised to free the engineer within days.")
    evs = _events(ann, text, dt.date(2026, 3, 2))
    assert evs.get("kidnapped", ("",))[0] == "asserted", evs
