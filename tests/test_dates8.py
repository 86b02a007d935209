"""Dating devices of the sixth date set (tests/data/date_reports6, branch `dates8`), on sentences written for these
tests: a weekday with its date in brackets ("Thursday (April 10)"), "on the eve of Sunday's vote", "hours earlier"
than an evening, a deed that "went on into the early hours of Saturday", and the older deeds of a report with no
date."""
from __future__ import annotations

import datetime as dt

from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.nlp.time import find_times

D = dt.date


def _days(text: str, dct: dt.date) -> dict:
    return {t.span.text: (t.start, t.end) for t in find_times(text, dct)}


# -- a weekday and its date in brackets are one expression; the written date wins (nlp/time/recognise) -------------

def test_weekday_with_bracketed_date_takes_the_date():
    ts = _days("Rebels stormed a barracks outside Drevna on Thursday (April 10), the army said.", D(2026, 4, 13))
    assert list(ts.values()) == [(D(2026, 4, 10), D(2026, 4, 10))]  # 10 April 2026 is a Friday
    ts = _days("Rebels stormed a barracks outside Drevna on Monday (6 April) before dawn.", D(2026, 4, 13))
    assert list(ts.values()) == [(D(2026, 4, 6), D(2026, 4, 6))]


# -- "on the eve of Sunday's vote" is the Saturday (nlp/time/eve) ---------------------------------------------------

def test_eve_of_a_day_is_the_day_before():
    ts = _days("Gunmen burned a polling station in Kolmaro on the eve of Sunday's vote.", D(2026, 2, 9))
    assert ts["Sunday"] == (D(2026, 2, 7), D(2026, 2, 7))
    ts = _days("Two bombs went off in Kolmaro on the eve of 12 March, police said.", D(2026, 3, 14))
    assert ts["12 March"] == (D(2026, 3, 11), D(2026, 3, 11))


# -- "hours earlier" than an evening stays on its day (nlp/time/durations) ------------------------------------------

def test_hours_earlier_than_an_evening_is_that_day():
    ts = _days("Police beat marchers in Ostavik on Monday evening. Hours earlier, a gunman shot dead a trader.",
               D(2026, 5, 12))
    assert ts["Hours"] == (D(2026, 5, 11), D(2026, 5, 11))
    ts = _days("A mortar hit the Selbruck market on Saturday morning. Hours later, a second shell struck a school.",
               D(2026, 5, 12))
    assert ts["Hours"] == (D(2026, 5, 9), D(2026, 5, 9))
    # a day told without its part of day: the day before may be meant
    ts = _days("Police beat marchers in Ostavik on Monday. Hours earlier, a gunman shot dead a trader.", D(2026, 5, 12))
    assert ts["Hours"] == (D(2026, 5, 10), D(2026, 5, 11))


# -- a deed that "went on into the early hours of Saturday" covers both days (nlp/time/ran_into) -------------------

def test_fight_that_went_on_into_the_next_day_covers_both_days(ann):
    ts = _days("Militiamen attacked a checkpoint at Varnaby late on Friday, and the fighting went on into the early "
               "hours of Saturday.", D(2026, 8, 3))
    assert ts["Friday"] == (D(2026, 7, 31), D(2026, 8, 1))
    evs = _events(ann, "Militiamen attacked an army checkpoint at Varnaby late on Friday, and the fighting went on "
                       "into the early hours of Saturday, the army said on Monday.", D(2026, 8, 3))
    assert evs["attacked"][1:] == (D(2026, 7, 31), D(2026, 8, 1))
    # two sentences: the second day is a deed of its own
    ts = _days("Militiamen attacked a checkpoint at Varnaby on Friday. Shelling went on into Saturday.", D(2026, 8, 3))
    assert ts["Friday"] == (D(2026, 7, 31), D(2026, 7, 31))


# -- a report with no date: its older deeds are background (events/incident_date.mark_older_incidents) ------------

def test_undated_report_counts_older_deeds_from_its_dated_attack(ann):
    evs = _events(ann, "Gunmen killed a village chief and his two sons in Drevna on 12 March 2026, a local leader "
                       "said.\n\nIn 2019 and 2020 militiamen attacked camps for displaced people near the village.",
                  None)
    assert evs["killed"][0] == "asserted"
    assert evs["attacked"][0] == "background"
