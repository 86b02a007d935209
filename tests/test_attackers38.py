"""Whose "security forces" (branch attackers38): in a report whose only named units of the state's forces are police
units ("commandos of the District Reserve Guard", "a team of the Central Reserve Police Force") and which names no
army, soldiers or troops, "Security forces killed ..." are that state's police (data/police_units.tsv). Sentences
written for these tests; people and incidents made up, units and places real."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _doers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 9, 8)))
    return {e.actor1.name if e.actor1 else None for e in an.events
            if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES}


POLICE = [
    # the units named later are a state police's (no "police" in their names)
    ("RAIPUR, Sept 8 (PTI) - Security forces killed six Maoists in a gunfight in the forests of Sukma district in "
     "Chhattisgarh on Sunday, police said. Commandos of the Special Task Force and the District Reserve Guard had "
     "gone into the area after a tip-off, an officer said."),
    # a unit named "... Police Force"
    ("RAIPUR, Sept 8 (PTI) - Security forces killed three Maoists in an exchange of fire near a village in Bijapur "
     "district of Chhattisgarh on Sunday, officials said. A team of the Central Reserve Police Force was sweeping "
     "the area when the rebels opened fire, an officer said."),
]


@pytest.mark.parametrize("text", POLICE)
def test_security_forces_of_police_units(ann, text):  # type: ignore[no-untyped-def]
    got = _doers(ann, text)
    assert "Police Forces of India" in got and "Military Forces of India" not in got, got


def test_army_named_keeps_military(ann):  # type: ignore[no-untyped-def]
    # the army named beside the police unit: "security forces" stay the military (the rule's guard)
    text = ("SRINAGAR, Sept 8 (PTI) - Security forces killed two militants in a gunfight in Kupwara district on Sunday, "
            "police said. A joint team of the army and the Central Reserve Police Force had cordoned off the village, "
            "an officer said.")
    got = _doers(ann, text)
    assert "Police Forces of India" not in got, got
