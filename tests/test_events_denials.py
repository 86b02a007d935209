"""A side that denies a part in a deed, or a source that will not talk about it, is neither the deed's doer nor
its denier (issue 16): "X denied any role in the bombing", "X has not claimed responsibility for the attack",
"police declined to give details about the shooting that killed two". The deed itself was told as done.
Sentences and names written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext

from test_events_deeds import _violent
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


DENIED_PART = [
    "The Zarvani Brigade denied any role in the bombing that killed 12 people in Kabul on Monday.",
    "The Zarvani Brigade denied responsibility for the bombing that killed 12 people in Kabul on Monday.",
    "The Zarvani Brigade denied involvement in the bombing in Kabul on Monday.",
    "The Zarvani Brigade rejected responsibility for the car bombing in Kabul on Monday.",
]


@pytest.mark.parametrize("text", DENIED_PART)
def test_who_denies_a_part_in_a_deed_is_not_its_doer(ann, text):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert evs, "the deed is still told"
    assert all(e.modality == "asserted" for e in evs)
    assert all(e.actor1 is None or "Zarvani" not in e.actor1.name for e in evs)


def test_who_claims_responsibility_is_still_the_doer(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "The Zarvani Brigade claimed responsibility for the bombing that killed 12 people in Kabul.")
    assert any(e.actor1 is not None and "Zarvani" in e.actor1.name for e in evs)


def test_an_unclaimed_attack_still_happened(ann):  # type: ignore[no-untyped-def]
    text = ("A car bomb killed 12 people in Kabul on Monday. "
            "The Zarvani Brigade has not claimed responsibility for the attack.")
    evs = _violent(ann, text)
    assert [e.modality for e in evs] == ["asserted"], [(e.trigger.text, e.modality) for e in evs]
    assert evs[0].actor1 is None or "Zarvani" not in evs[0].actor1.name
    assert evs[0].fatalities is not None and evs[0].fatalities.low == 12


SPOKEN_OF = [
    ("Police refused to provide details about the shooting that killed two men in Dayton on Sunday.", 2),
    ("Officials declined to comment on the attack that killed three villagers near Kabul on Sunday.", 3),
    ("The sheriff's office would not give details of the shooting that killed four people in Dayton on Sunday.", 4),
]


@pytest.mark.parametrize("text,dead", SPOKEN_OF)
def test_a_deed_a_source_will_not_discuss_is_an_asserted_attack(ann, text, dead):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("d1", published=dt.date(2024, 5, 6)))
    evs = [e for e in an.events if e.fatalities is not None]
    assert len(evs) == 1, [(e.trigger.text, e.event_type) for e in an.events]
    assert evs[0].event_type == "Violence against civilians" and evs[0].modality == "asserted"
    assert evs[0].fatalities.low == dead
    assert evs[0].actor1 is None
    assert not any(e.plover == "REJECT" for e in an.events), "newsroom boilerplate is no refusal between sides"


def test_a_refusal_between_sides_is_still_an_event(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("The rebels refused to withdraw from the town on Monday.", DocContext("d1", published=dt.date(2024, 5, 6)))
    assert any(e.plover == "REJECT" for e in an.events)


def test_a_denied_massacre_stays_denied(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("The army denied reports of the massacre in the village.", DocContext("d1", published=dt.date(2024, 5, 6)))
    assert not [e for e in _violent(ann, "The army denied reports of the massacre in the village.")
                if e.modality == "asserted"]
    assert any(e.plover == "REJECT" for e in an.events)
