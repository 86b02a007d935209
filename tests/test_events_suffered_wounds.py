"""Wounds of a weapon suffered by a person are an attack on them (issue 16, events/suffered_wounds.py; sentences
written for these tests, the people and towns made up)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES


def _violent(ann, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(text, DocContext("t1", published=dt.date(2023, 5, 6)))
    return [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


@pytest.mark.parametrize("text,victim,twin", [
    # each with a sentence like it that tells no attack (no weapon named: a crash, a fall; negated)
    ("Constable Dara Quill sustained gunshot wounds in Pellow on Monday and died on the way to hospital.", "Dara Quill",
     "Constable Dara Quill sustained injuries in Pellow on Monday and died on the way to hospital."),
    ("A 25-year-old man sustained a gunshot wound to the leg in Pellow on Saturday night, police said.", None,
     "No one sustained gunshot wounds in Pellow on Saturday night, police said."),
    ("Tomas Reyle suffered stab wounds to the chest outside a bar in Tarnwick on Friday.", "Tomas Reyle",
     "Tomas Reyle suffered serious injuries on the road to Tarnwick on Friday."),
    ("The shopkeeper received bullet wounds in Tarnwick on Sunday, his family said.", None,
     "The shopkeeper received wounds to his arm in Tarnwick on Sunday, his family said."),
])
def test_wounds_of_a_weapon_suffered_tell_an_attack(ann, text, victim, twin):
    evs = _violent(ann, text)
    assert len(evs) == 1
    e = evs[0]
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.actor1 is None  # who shot or stabbed is not told
    if victim is not None:
        assert e.actor2 is not None and victim in e.actor2.name
    assert _violent(ann, twin) == []


def test_wounds_of_a_shooting_told_before_are_its_harm(ann):
    # alone, the wounds tell the attack; after the shooting, they are its harm, not a second incident
    assert len(_violent(ann, "Both guards at a bank in Pellow sustained gunshot wounds on Monday.")) == 1
    text = ("Gunmen opened fire on two guards at a bank in Pellow on Monday. Both guards sustained gunshot wounds "
            "and were taken to hospital.")
    evs = _violent(ann, text)
    assert len(evs) == 1 and evs[0].actor1 is not None and evs[0].actor1.name.lower() == "gunmen"
