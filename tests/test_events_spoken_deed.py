"""A deed that a legal step is about is no protest, whatever protest its sentence tells (issue 16,
events/spoken_deed.py; sentences written for these tests, the people and towns made up)."""
from __future__ import annotations

import datetime as dt

import pytest


def _events(ann, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    return ann.annotate(text, DocContext("t1", published=dt.date(2020, 5, 6))).events


@pytest.mark.parametrize("text", [
    "Dozens of Black Lives Matter marchers rallied in Pellow on Monday after a jury declined to indict Pellow Police "
    "officer Tom Brill over the fatal shooting of Sam Ode.",
    "Black Lives Matter demonstrators marched through Pellow on Monday, after a grand jury refused to indict Pellow "
    "Police officer Tom Brill for the fatal shooting of Sam Ode.",
    "Protesters marched in Tarnwick on Saturday, after prosecutors declined to charge Tarnwick Police officer Ned "
    "Farrow for the fatal shooting of Lio Penn on May 3, 2019.",
    "Demonstrators rally in Pellow on December 3, 2019, after a judge declined to convict Pellow Police officer Tom "
    "Brill for the fatal shooting of Sam Ode on June 2, 2018.",
])
def test_the_shooting_an_indictment_is_about_stays_an_attack(ann, text):
    shots = [e for e in _events(ann, text) if e.trigger is not None and e.trigger.text == "shooting"]
    assert [(e.event_type, e.sub_event_type) for e in shots] == [("Violence against civilians", "Attack")]
    assert shots[0].actor1 is not None and any(n in shots[0].actor1.name for n in ("Brill", "Farrow"))
    # the march is its own event, a protest
    assert any(e.event_type == "Protests" for e in _events(ann, text))
