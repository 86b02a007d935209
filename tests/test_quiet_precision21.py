"""Event precision on reports that retell the harm of a past year or of an old siege, in the forms of
``tests/data/quiet_reports15`` (branch precision21): a report of last year's figures whose later sentences count
victims with no time of their own ("Most were shot at bus stops"), and a siege of years back told again with its toll
("The siege killed more than 9,000 people"). Sentences written for these tests; the people, unions, books and
incidents are made up (the towns are real, so that the gazetteer places them)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_events_precision5 import _annotator, happened, show  # the shared annotator and helpers

PUB = dt.date(2026, 2, 10)  # six weeks into the year: last year ended less than two months before


def events(text, published=PUB):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    return _annotator().annotate(text, DocContext(article_id="t", published=published)).events


@pytest.mark.parametrize("text", [
    # a year's figures, then victims counted with no time of their own
    "Gangs killed 240 bus drivers in Honduras last year, a transport union said in its annual report on Tuesday. "
    "In San Pedro Sula, 85 drivers were shot dead at bus stops, the union said.",
    "Attacks on health workers rose sharply in 2025, with 61 killed across Sudan, the group Medics Watch said on "
    "Monday. Ambulances were shot at, pharmacies looted and clinics bombed in Nyala, it said.",
    # an old siege told again with its toll
    "Novelist Dragan Ilic's new book follows two brothers through the siege of Vukovar in 1991, when the town was "
    "shelled every day. The siege, which lasted 87 days, killed more than 2,000 people.",
])
def test_retold_harm_is_no_event(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert not happened(evs), show(evs)


@pytest.mark.parametrize("text", [
    # a fresh act with a day of its own stays beside last year's figures
    "Gunmen shot dead two bus drivers in San Pedro Sula on Monday. Gangs killed 240 drivers in Honduras last year, "
    "a transport union said.",
    # a fresh act told before the year's figures stays
    "Gunmen shot dead a bus driver in San Pedro Sula, police said. Gangs killed 240 drivers in Honduras last year, "
    "a transport union said.",
])
def test_fresh_deed_stays(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert happened(evs), show(evs)
