"""Stray readings of issue 16 (branch strays): a group cleared of a deed is not its doer ("X was not behind the
attack", "X did not carry out the attack"). Sentences and names written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext

from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def _violent(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("s1", published=dt.date(2024, 5, 6)))
    return [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]


CLEARED = [
    "The Red Lantern Front was not behind the attack on the market in Korvel on Monday.",
    "The Red Lantern Front is not believed to be behind the bombing in Korvel on Monday.",
    "The Red Lantern Front did not carry out the attack on the market in Korvel on Monday.",
]


@pytest.mark.parametrize("text", CLEARED)
def test_cleared_group_is_no_doer(ann, text):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert evs, "the deed itself is still told"
    assert all(e.actor1 is None or "Lantern" not in e.actor1.name for e in evs)


CREDITED = [
    "The Red Lantern Front was behind the attack on the market in Korvel on Monday.",
    "The Red Lantern Front carried out the attack on the market in Korvel on Monday.",
]


@pytest.mark.parametrize("text", CREDITED)
def test_group_behind_deed_is_doer(ann, text):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert any(e.actor1 is not None and "Lantern" in e.actor1.name for e in evs)


# a support verb taking a deed noun as its object: the noun is the trigger, the verb no event of its own
SUPPORTED_DEEDS = [
    ("The air force carried out the strike on Korvel on Monday, killing six people.", "strike"),
    ("The rebels launched strikes on the Tamsin depot on Monday.", "strikes"),
    ("The air force conducted two strikes on Korvel on Monday.", "strikes"),
]


@pytest.mark.parametrize("text,noun", SUPPORTED_DEEDS)
def test_support_verb_is_no_trigger(ann, text, noun):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    trigs = [e.trigger.text for e in evs]
    assert noun in trigs
    assert not any(t in ("carried", "launched", "conducted") for t in trigs)


def test_weapon_object_keeps_its_verb(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "The rebels launched rockets at Korvel on Monday.")
    assert [e.trigger.text for e in evs] == ["launched"]  # a weapon is no deed noun: the verb fires it
