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
