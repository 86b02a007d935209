"""A body found with the wounds of a weapon is a killing whose attacker is untold (sentences written for these
tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import Annotator, DocContext

PUB = dt.date(2023, 5, 6)


@pytest.fixture(scope="module")
def killings():
    """(sub-type, count, actor1) of each violent event of a text."""
    ann = Annotator()

    def read(text):  # type: ignore[no-untyped-def]
        evs = ann.annotate(text, DocContext("t1", published=PUB)).events
        return [(e.sub_event_type, e.fatalities.low if e.fatalities else None, e.actor1)
                for e in evs if e.event_type in VIOLENT_EVENT_TYPES]
    return read


@pytest.mark.parametrize("text,count", [
    ("The bodies of three men were found riddled with bullets near Ostrel on Monday.", 3),
    ("Police found the bodies of three farmers riddled with bullets on a road outside Ostrel.", 3),
    ("Two bodies riddled with bullets were found in a ditch near Ostrel.", 2),
    ("The body of a shopkeeper was found riddled with bullets near Ostrel.", 1),
    ("The bodies of four herders, with gunshot wounds, were found in Ostrel.", 4),
    ("The bullet-riddled bodies of two students were found near Ostrel on Sunday.", 2),
])
def test_a_body_found_with_weapon_wounds_is_a_killing_counted_by_its_bodies(killings, text, count):
    assert killings(text) == [("Attack", count, None)]  # who found them did not kill them


@pytest.mark.parametrize("text", [
    "The bodies of three men were found near Ostrel on Monday.",  # no wounds: not said to be violent
    "Police found two bodies and several bullets in the house in Ostrel.",
    "Rescuers found the bodies of two climbers in a crevasse near Ostrel.",
])
def test_a_body_found_with_no_weapon_wounds_is_no_killing(killings, text):
    assert killings(text) == []
