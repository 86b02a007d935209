"""Dating devices of police releases and non-US outlets (tests/data/date_reports8, branch `dates10`), on sentences
written for these tests: a release page whose header has two title lines before its date line, a release's incident
field ("Date/Time: 05/02/2026 2210 hrs") that dates the incident and not the release, a numeric date read day-first
where only that reading is a recent day ("on 04/06/2026" in a report of 8 June), "on the eve of the June 14 march",
and an undated deed that does not take the day of a protest or an arrest told beside it."""
from __future__ import annotations

import datetime as dt

import pytest

from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.ingest.textmeta import extract
from sitrep.nlp.time import find_times

D = dt.date


# -- ingest: two title lines before the header's date line; an incident field is no publication date ------------------

_TWO_TITLES = [
    "BRENNOCK COUNTY SHERIFF'S OFFICE\nMEDIA ADVISORY\nMay 9, 2026\n\nDeputies are looking for a man who robbed "
    "a pharmacy on Tamsford Road at knifepoint and hurt the pharmacist as he left the building.\n",
    "Brennock Constabulary\nPress office\nSaturday 9 May 2026\n\nA man was hurt when he was hit with a bottle "
    "outside a pub in Brennock on Friday night, and officers would like to speak to two witnesses.\n",
]


@pytest.mark.parametrize("raw", _TWO_TITLES)
def test_two_title_lines_before_the_date_line(raw):  # type: ignore[no-untyped-def]
    meta = extract(raw)
    assert meta.published == D(2026, 5, 9)


def test_a_subtitle_without_a_date_line_stays_prose():  # type: ignore[no-untyped-def]
    meta = extract("Brennock Police Department\nMedia Release\n\nOfficers were called to Tamsford Road at 10 p.m. "
                   "after a man was hurt in a fight outside a bar, and he was taken to hospital.\n")
    assert meta.published is None


def test_an_incident_field_is_no_publication_date():  # type: ignore[no-untyped-def]
    raw = ("Brennock Police Department\nDate/Time: 05/02/2026 2210 hrs\n\nOfficers found a man with a stab wound "
           "on Tamsford Road and took him to hospital, where he is expected to survive.\n")
    meta = extract(raw)
    assert meta.published is None
    assert not any(raw[s:e].startswith("Date/Time") for s, e, _ in meta.cuts)


# -- nlp/time: a numeric date read day-first where only that reading is recent ----------------------------------------

@pytest.mark.parametrize("text,dct,day", [
    ("The attack took place on 04/06/2026 near the park.", D(2026, 6, 8), D(2026, 6, 4)),
    ("He was robbed on 05/07/2026 outside his shop.", D(2026, 7, 7), D(2026, 7, 5)),
    # month-first where that reading is the recent one, or where neither reading is
    ("He was shot on 06/05/2026 outside his home.", D(2026, 6, 9), D(2026, 6, 5)),
    ("The plant closed on 03/04/2025 after a fire.", D(2026, 9, 1), D(2025, 3, 4)),
])
def test_numeric_date_order_by_recency(text, dct, day):  # type: ignore[no-untyped-def]
    ts = [t for t in find_times(text, dct) if "/" in t.span.text]
    assert len(ts) == 1 and ts[0].start == day


def test_eve_of_the_dated_march():  # type: ignore[no-untyped-def]
    ts = find_times("Masked men attacked the office on the eve of the June 14 march.", D(2026, 6, 16))
    assert [t.start for t in ts] == [D(2026, 6, 13)]


# -- events: a release's field line dates its incidents; another event's day is no day of the violence ---------------

def test_the_field_line_dates_the_release_incident(ann):  # type: ignore[no-untyped-def]
    text = ("Incident: Shooting\nDate/Time: 05/02/2026 2210 hrs\nLocation: 300 block of Tamsford Road\n\n"
            "A man was shot in the leg in a parking lot in Brennock. He was taken to a hospital and is expected to "
            "survive.\n")
    assert _events(ann, text, D(2026, 5, 4))["shot"][1:] == (D(2026, 5, 2), D(2026, 5, 2))


def test_each_incident_of_a_briefing_takes_its_own_field_day(ann):  # type: ignore[no-untyped-def]
    blocks = ["The following incidents were reported over the weekend.",
              "Incident: Shooting\nDate/Time: 05/01/2026 2340 hrs\nSummary: A man was shot in the arm outside a bar "
              "on Tamsford Road in Brennock.",
              "Incident: Assault\nDate/Time: 05/02/2026 0130 hrs\nSummary: A woman was stabbed in the back by a man "
              "who took her purse near a bus stop in Brennock."]
    text = "\n\n".join(blocks) + "\n"
    evs = _events(ann, text, D(2026, 5, 4))
    first, second = D(2026, 5, 1), D(2026, 5, 2)
    assert {k: evs[k][1:] for k in ("shot", "stabbed")} == {"shot": (first, first), "stabbed": (second, second)}


def test_a_protest_day_does_not_date_the_killing(ann):  # type: ignore[no-untyped-def]
    text = ("A shopkeeper was shot dead by two men on a motorcycle near his shop in Brennock, police said. "
            "The incident took place on Sunday evening as he was closing for the night. "
            "Traders downed shutters the next day in protest against the killing.")
    assert _events(ann, text, D(2026, 7, 7))["shot"][1:] == (D(2026, 7, 5), D(2026, 7, 5))


# -- nlp/time: the British, Irish and Australian dotted clock time ("11.50pm") ------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Officers were called at about 11.50pm to a fight outside a pub.", "2026-05-25T23:50"),
    ("The man was punched at 2.15am and fell.", "2026-05-25T02:15"),
])
def test_dotted_clock_time(text, value):  # type: ignore[no-untyped-def]
    ts = find_times(text, D(2026, 5, 25))
    assert [t.value for t in ts] == [value]


def test_a_clock_range_takes_the_day_of_its_second_hour():  # type: ignore[no-untyped-def]
    ts = find_times("The attack took place between 9:30 p.m. and 10 p.m. on June 4 in the park.", D(2026, 6, 8))
    assert [t.start for t in ts] == [D(2026, 6, 4), D(2026, 6, 4)]
