"""Doers told only through their commander (issue 16, branch attackers36): armed men "commanded by" / "led by" /
"loyal to" a person whose apposition names his group ("X, a senior al-Shabaab commander") act for that group
(terror_reports13 t02); a former commander's men, or a commander of no listed group, do not. Sentences written for
these tests; people and incidents made up (towns and groups real)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _doers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 5, 7)))
    evs = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]
    assert evs, text
    return [e.actor1.name if e.actor1 is not None else None for e in evs]


def test_fighters_commanded_by_a_groups_commander_are_the_groups(ann):  # noqa: F811
    doers = _doers(ann, "Fighters commanded by Yusuf Abdi Gedi, a veteran al-Shabaab commander in Lower Shabelle, "
                        "stormed an army outpost near Afgoye on Monday, killing five soldiers, officials said.")
    assert doers[0] is not None and "Shabaab" in doers[0], doers


def test_gunmen_loyal_to_a_commander_of_a_group_are_the_groups(ann):  # noqa: F811
    doers = _doers(ann, "Gunmen loyal to Musa Garba, a commander of Boko Haram, attacked the village of Kirawa on "
                        "Sunday, killing nine farmers, residents said.")
    assert doers[0] is not None and "Boko Haram" in doers[0], doers


def test_men_of_a_former_commander_are_not_the_groups(ann):  # noqa: F811
    doers = _doers(ann, "Gunmen loyal to Musa Garba, a former Boko Haram commander, "
                        "attacked the village of Kirawa on Sunday, killing nine farmers, residents said.")
    assert not any(d and "Boko Haram" in d for d in doers), doers


@pytest.mark.parametrize("apposition", ["Islamic State's branch in the region", "the regional branch of the group"])
def test_a_bare_claim_after_an_apposition_with_the_or_a_possessor(ann, apposition):  # noqa: F811
    doers = _doers(ann, "A bomb hidden in a cart exploded at a vegetable market in Jalalabad on Monday, killing six "
                        "people, a provincial police spokesman said.\n\nIslamic State Khorasan Province, "
                        f"{apposition}, claimed responsibility on Monday night through its Telegram channel.")
    assert doers and all(d is not None and "Khorasan" in d for d in doers), doers
