"""A body sentence that suspects a named armed group with no deed beside it names the incident's doer
(events/body_blame.py; sentences written for these tests, the people and incidents made up, the groups real)."""
from __future__ import annotations

import datetime as dt

from sitrep.model import VIOLENT_EVENT_TYPES


def _doers(ann, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(text, DocContext("t1", published=dt.date(2025, 4, 2)))
    return [e.actor1.name if e.actor1 else None for e in an.events
            if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


def test_suspected_fighters_are_the_doers(ann):
    text = ("A grenade thrown into a bar killed two people in Garissa on Saturday night, police said.\n\n"
            "The county police commander, Ruth Wanjala, said investigators suspected al-Shabaab fighters.\n")
    assert "al-Shabaab" in _doers(ann, text)


def test_suspected_militants_are_the_doers(ann):
    text = ("A roadside bomb killed three shepherds near Tuz Khurmatu on Sunday, police said.\n\n"
            "No one claimed the blast, but police officers said they suspected Islamic State militants.\n")
    assert "Islamic State" in _doers(ann, text)


def test_a_negated_blame_names_no_one(ann):
    text = ("A roadside bomb killed three shepherds near Tuz Khurmatu on Sunday, police said.\n\n"
            "Police said they did not suspect Islamic State militants.\n")
    assert "Islamic State" not in _doers(ann, text)
