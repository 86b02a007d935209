"""Doers that name no one stay blank (issue 16, attackers; branch attackers18), on sentences written for these tests
with made-up people and towns: a kin or partner noun with an indefinite article is anyone's, a statistic ("the 12th
woman killed by a partner this year"), and a bare "the suspect" is the police's role noun for whoever they hold
(events/generic_relation.py); the possessive kin noun and a named suspect stay. "Take over" a task ("took over the
investigation") is no ground taken, so its squad of officers is no doer (events/triggers.task_taken)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_recall_forms import name, on


@pytest.mark.parametrize("text,trigger,want", [
    ("Officials said she was the 12th woman killed by a partner in Corvale this year.", "killed", None),
    # one's own kin is someone
    ("A woman was stabbed by her husband at their home in Corvale on Friday.", "stabbed", "husband"),
])
def test_an_indefinite_kin_noun_names_no_doer(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    assert name(on(violent(ann, text), trigger).actor1) == want


@pytest.mark.parametrize("text,trigger,want", [
    ("The suspect punched the guard several times before kicking him, police said.", "punched", None),
    ("The suspect, a 40-year-old driver, punched the guard several times, police said.", "punched", None),
    # a suspect named in apposition is that person
    ("The suspect, Darek Volm, punched the guard several times, police said.", "punched", "Darek Volm"),
])
def test_a_bare_suspect_names_no_doer(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    assert name(on(violent(ann, text), trigger).actor1) == want


def test_taking_over_an_investigation_is_no_takeover_and_its_officers_no_doers(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("A man shot his neighbour in Corvale on Friday. A squad of nine detectives has taken over "
                      "the investigation.", DocContext(
                          "r1", published=dt.date(2023, 5, 6)))
    taken = [e for e in an.events if e.trigger.text == "taken"]
    assert not taken, [(e.trigger.text, e.event_type) for e in taken]
    assert all(e.actor1 is None or "detective" not in e.actor1.name for e in an.events
               if e.event_type in VIOLENT_EVENT_TYPES)
