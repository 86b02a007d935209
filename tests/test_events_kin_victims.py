"""A victim of a violent deed named only by kin or a civic role is Civilians (issue 16, events/kin_victims.py;
sentences written for these tests, the people and towns made up)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES


@pytest.fixture(scope="module")
def violent():
    """The asserted violent events sitrep reads in a text (dated as of a fixed day)."""
    from sitrep.nlp.annotate import Annotator, DocContext

    annotator = Annotator()
    return lambda text: [e for e in annotator.annotate(text, DocContext("t1", published=dt.date(2024, 3, 11))).events
                         if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


@pytest.mark.parametrize("text,twin", [
    # each with a sentence like it whose victim's words name a side (kept as the words)
    ("A girl was killed and her younger sister wounded on Sunday when a sniper opened fire on them in Marrowby.",
     "A militia leader was killed on Sunday when a sniper opened fire on him in Marrowby."),
    ("Families in Quorran spent Monday burying relatives killed when a military aircraft bombed the market on "
     "Sunday, witnesses said.",
     "Gunmen shot dead a rebel commander in Quorran on Sunday, witnesses said."),
])
def test_a_victim_named_by_kin_is_civilians(violent, text, twin):
    evs = violent(text)
    assert evs and all(e.actor2 is not None and e.actor2.entity_id == "CIVILIANS" for e in evs)
    assert all(e.actor2 is None or e.actor2.entity_id != "CIVILIANS" for e in violent(twin))
