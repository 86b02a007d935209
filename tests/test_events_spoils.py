"""Weapons seized by nobody named after an arrest or a fight are that operation's spoils (issue 16,
events/spoils.py; sentences written for these tests, the people and towns made up)."""
from __future__ import annotations

import datetime as dt

import pytest

_DISRUPTED = "Disrupted weapons use"


def _subtypes(ann, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(text, DocContext("t1", published=dt.date(2024, 3, 11)))
    return [e.sub_event_type for e in an.events if e.modality == "asserted"]


@pytest.mark.parametrize("text,host", [
    ("Soldiers arrested three suspected smugglers at a checkpoint near Pellow on Sunday and seized four rifles, "
     "the army said.", "Arrests"),
    ("Police arrested two men, Ravo Kettle and Amin Sorrel, in Tarnwick on Friday night. Two pistols and a grenade "
     "were recovered from their car, an officer said.", "Arrests"),
    ("Gunmen attacked an army post in Pellow on Saturday, and soldiers killed six of them in a two-hour firefight, "
     "the army said. Several rifles and a motorcycle were recovered.", None),
])
def test_weapons_taken_by_nobody_named_are_the_operations_spoils(ann, text, host):
    subs = _subtypes(ann, text)
    assert _DISRUPTED not in subs
    if host is not None:
        assert host in subs


def test_weapons_found_with_no_operation_told_stay_an_event(ann):
    assert _DISRUPTED in _subtypes(ann, "Police recovered two grenades from a field near Tarnwick on Friday, an "
                                        "officer said.")


def _all_subtypes(ann, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(text, DocContext("t1", published=dt.date(2024, 3, 11)))
    return [e.sub_event_type for e in an.events if e.modality in ("asserted", "claimed")]


@pytest.mark.parametrize("text", [
    # taken by a side in the battle's own sentence
    ("Rebels of the Tarn Liberation Front stormed an army outpost near Pellow on Saturday, killing seven soldiers and "
     "seizing weapons and a pickup truck, a local official said."),
])
def test_weapons_taken_in_a_battle_by_one_of_its_sides_are_its_spoils(ann, text):
    subs = _all_subtypes(ann, text)
    assert _DISRUPTED not in subs
    assert "Armed clash" in subs
