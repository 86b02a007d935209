"""types14: armed clash versus attack, and the weapon sub-types (date_reports13 k09/k22/k23, mixed_reports7 u11/u19,
attack_reports15 r21): a one-sided deed whose victims are civilians is an attack, state forces' bombing is from the
air, a charge worn under clothes is a suicide bomb, fighting that villagers fled has them as no side, a "fatal
assault" is an attack on a person, and "assaulted them" after "stopped the women" is done to the women. Sentences
written for these tests; names and places made up (Tessor: no gazetteer entry)."""
from __future__ import annotations

import pytest

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader; published Monday 2024-05-06)


def asserted(an):  # type: ignore[no-untyped-def]
    return [e for e in an.events if e.modality == "asserted" and e.event_type != "Political"]


def kinds(an):  # type: ignore[no-untyped-def]
    return sorted(e.sub_event_type or "" for e in asserted(an))


# (test id, sentence, a sub-type that must be read, a sub-type that must not be)
CASES = [
    ("an_ambush_on_a_bus_killing_its_passengers_is_an_attack",
     "Militants ambushed a bus near Tessor on Sunday, killing three passengers, a police officer said.",
     "Attack", "Armed clash"),
    ("state_forces_bombing_a_school_is_an_air_strike",
     "The army bombed a school in Tessor on Sunday, killing five pupils, residents said.",
     "Air/drone strike", "Remote explosive/landmine/IED"),
    ("a_charge_worn_under_clothes_is_a_suicide_bomb",
     "A young man walked into the Tessor bus station on Sunday and detonated explosives hidden under his clothes, "
     "killing four travellers, the governor said.",
     "Suicide bomb", "Remote explosive/landmine/IED"),
    ("fighting_that_villagers_fled_is_no_mob_violence",
     "Eleven people were hurt in Tessor, most of them displaced residents who had fled fighting nearby, a nurse said.",
     None, "Mob violence"),
    ("a_fatal_assault_in_a_street_is_an_attack",
     "Detectives in Tessor opened a murder inquiry on Sunday after a fatal assault outside a bar.",
     "Attack", "Armed clash"),
    ("assaulted_them_after_stopping_the_women_is_no_clash",
     "Soldiers stopped three women at a checkpoint near Tessor on Sunday and assaulted them, a local official said.",
     None, "Armed clash"),
    ("an_attack_on_a_village_is_no_clash_whoever_else_the_sentence_names",
     "Survivors of an attack on a farming village near Tessor said on Monday they were still looking for relatives "
     "after rebels killed at least nine people there.",
     "Attack", "Armed clash"),
]


@pytest.mark.parametrize("sentence, present, absent", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_sub_type_read(ann, sentence, present, absent):  # type: ignore[no-untyped-def]
    got = kinds(read(ann, sentence))
    assert (present is None or present in got) and absent not in got, got
