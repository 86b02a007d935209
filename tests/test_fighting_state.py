"""Fighting told as the war's state, in the perfect or as a side's standing fight, is no clash (branch types16,
events/going_on.fighting_as_state; sentences written for these tests, the people, groups and towns made up)."""
from __future__ import annotations

import datetime as dt

import pytest


def _told(ann, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(text, DocContext("t1", published=dt.date(2025, 6, 11)))
    return [e.sub_event_type for e in an.events if e.modality in ("asserted", "claimed")]


@pytest.mark.parametrize("text", [
    "Fighting between the Tarn Front and the army has displaced more than 40,000 people in Pellow province since "
    "2023, aid agencies said on Wednesday.",
    "Fighting on the northern front near Pellow has picked up since the spring, local officials said.",
    "The Marrow Gang is fighting a rival gang for control of the port of Tarnwick, police said on Wednesday.",
    "The Tarn Front, which is fighting for independence for the Pellow valley, did not comment on Wednesday.",
])
def test_fighting_as_the_wars_state_is_no_event(ann, text):
    assert _told(ann, text) == []


@pytest.mark.parametrize("text", [
    "Heavy fighting has erupted near Pellow between the army and the Tarn Front, residents said on Wednesday.",
    "The army is fighting Tarn Front rebels in the streets of Pellow, residents said on Wednesday.",
])
def test_fighting_of_the_day_stays_a_clash(ann, text):
    assert "Armed clash" in _told(ann, text)
