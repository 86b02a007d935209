"""Doers told the way wires tell them (issue 16, branch attackers33): the attacker's group given in an apposition on
"the attacker" who is named in it (terror_reports11 k06), one of the unnamed attackers identified as a member of a
group's front (terror_reports8 x13), and a claim past a "known as" apposition on the claimant dated the day after
the deed (terror_reports10 g11). Sentences written for these tests; people and incidents made up (towns and groups
real)."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _doers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 5, 7)))
    evs = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]
    assert evs, text
    return [e.actor1.name if e.actor1 is not None else None for e in evs]


_POLIO = ("A gunman on a motorbike opened fire on a vaccination team in Tank district on Tuesday, killing two health "
          "workers, police said.\n\nDistrict police officer Qasim Durrani said the attacker, {}, escaped on foot.")


def test_the_attacker_a_member_of_a_group_named_in_the_apposition(ann):  # noqa: F811
    doers = _doers(ann, _POLIO.format("a local member of the Pakistani Taliban named as Nawab Gul"))
    assert doers[0] is not None and "Taliban" in doers[0], doers


def test_the_attacker_in_apposition_to_no_group_stays_named(ann):  # noqa: F811
    doers = _doers(ann, _POLIO.format("a local man named as Nawab Gul"))
    assert not any(d and "Taliban" in d for d in doers), doers


def test_one_attacker_identified_as_a_member_of_the_groups_front(ann):  # noqa: F811
    doers = _doers(ann, "Three soldiers were killed on Sunday when guerrillas attacked an army post near Saravena in "
                        "Arauca province, the army said.\n\nThe fighting went on for an hour. Two soldiers were "
                        "wounded.\n\nOne attacker was caught as he tried to escape and was identified as a member of "
                        "the National Liberation Army's eastern war front, Colonel Hernan Rojas said.")
    assert doers[0] is not None and "National Liberation Army" in doers[0], doers


def test_a_claim_past_a_known_as_apposition_the_day_after(ann):  # noqa: F811
    doers = _doers(ann, "A bomb fixed to a bicycle went off outside a Taliban district office in Baghlan on Monday, "
                        "killing two officials, a spokesman said.\n\nThe Islamic State group's regional affiliate, "
                        "known as Islamic State Khorasan, claimed responsibility for the bombing on Tuesday through "
                        "its news agency.")
    assert doers and all(d is not None and "Islamic State" in d for d in doers), doers
