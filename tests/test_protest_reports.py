"""Protests and riots told the way wire and local papers tell them (issue 16, branch protests): ACLED's sides of a
protest (Protesters / Rioters of the event's country, the police intervening as actor2, the force and its victims in
excessive force). Sentences written for these tests; people are made up, the towns real (the country is read from
the event's place)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 6, 4)  # a Wednesday
_CROWD = frozenset({"Protests", "Riots"})


def _crowd_events(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("p1", published=PUB))
    return [e for e in an.events if e.event_type in _CROWD and e.modality == "asserted"]


def _name(a):  # type: ignore[no-untyped-def]
    return a.name if a is not None else None


@pytest.mark.parametrize("text, sub, actor1, actor2", [
    # an intervention: the police read as the clause's subject are the side that intervened
    ("Police fired tear gas at hundreds of students who marched through Kisumu on Tuesday to demand lower fees.",
     "Protest with intervention", "Protesters (Kenya)", "Police"),
    # a peaceful march whose subject names no protester
    ("Hundreds of traders marched peacefully through Multan on Tuesday to protest against a new sales tax.",
     "Peaceful protest", "Protesters (Pakistan)", None),
    # demonstrators turned violent: rioters of the event's country against the police
    ("Protesters hurled stones and petrol bombs at police in Cochabamba on Tuesday and set a bus on fire.",
     "Violent demonstration", "Rioters (Bolivia)", None),
])
def test_protest_sides_named_as_acled(ann, text, sub, actor1, actor2):  # type: ignore[no-untyped-def]
    evs = [e for e in _crowd_events(ann, text) if e.sub_event_type == sub]
    assert evs, [(e.sub_event_type, _name(e.actor1)) for e in _crowd_events(ann, text)]
    assert _name(evs[0].actor1) == actor1
    if actor2 is not None:
        assert (_name(evs[0].actor2) or "").startswith(actor2)


def test_excessive_force_victims_are_protesters(ann):  # type: ignore[no-untyped-def]
    evs = _crowd_events(ann, "Soldiers opened fire on a protest in Kano on Tuesday, killing four people, "
                             "witnesses said.")
    force = [e for e in evs if e.sub_event_type == "Excessive force against protesters"]
    assert force
    assert _name(force[0].actor2) == "Protesters (Nigeria)"


@pytest.mark.parametrize("text", [
    # the deed protested against, told by a weapon noun: the protest stays, the deed is an event of its own
    "Hundreds of residents of villages near Multan on Sunday protested the shelling of their homes by the army, "
    "which killed two children on Saturday.",
    "Students in Kisumu rallied on Sunday against the bombing of a school.",
])
def test_protest_against_a_deed_keeps_the_protest(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("p1", published=PUB))
    subs = [e.sub_event_type for e in an.events if e.modality == "asserted" or e.event_type != "Protests"]
    assert "Peaceful protest" in subs, subs
    assert any(e.event_type == "Explosions/Remote violence" for e in an.events)
