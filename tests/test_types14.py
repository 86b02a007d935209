"""types14: armed clash versus attack, and the weapon sub-types (date_reports13 k09/k22/k23, mixed_reports7 u11/u19,
attack_reports15 r21): a one-sided deed whose victims are civilians is an attack, state forces' bombing is from the
air, a charge worn under clothes is a suicide bomb, fighting that villagers fled has them as no side, a "fatal
assault" is an attack on a person, and "assaulted them" after "stopped the women" is done to the women. Sentences
written for these tests; names and places made up (Tessor: no gazetteer entry)."""
from __future__ import annotations

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader; published Monday 2024-05-06)


def asserted(an):  # type: ignore[no-untyped-def]
    return [e for e in an.events if e.modality == "asserted" and e.event_type != "Political"]


def kinds(an):  # type: ignore[no-untyped-def]
    return sorted(e.sub_event_type or "" for e in asserted(an))


def test_an_ambush_on_a_bus_killing_its_passengers_is_an_attack(ann):
    an = read(ann, "Militants ambushed a bus near Tessor on Sunday, killing three passengers, a police officer said.")
    assert "Attack" in kinds(an) and "Armed clash" not in kinds(an), kinds(an)


def test_state_forces_bombing_a_school_is_an_air_strike(ann):
    an = read(ann, "The army bombed a school in Tessor on Sunday, killing five pupils, residents said.")
    assert "Air/drone strike" in kinds(an) and "Remote explosive/landmine/IED" not in kinds(an), kinds(an)


def test_a_charge_worn_under_clothes_is_a_suicide_bomb(ann):
    an = read(ann, "A young man walked into the Tessor bus station on Sunday and detonated explosives hidden under his "
                   "clothes, killing four travellers, the governor said.")
    assert "Suicide bomb" in kinds(an) and "Remote explosive/landmine/IED" not in kinds(an), kinds(an)


def test_fighting_that_villagers_fled_is_no_mob_violence(ann):
    an = read(ann, "Eleven people were hurt in Tessor, most of them displaced residents who had fled fighting nearby, "
                   "a nurse said.")
    assert "Mob violence" not in kinds(an), kinds(an)


def test_a_fatal_assault_in_a_street_is_an_attack(ann):
    an = read(ann, "Detectives in Tessor opened a murder inquiry on Sunday after a fatal assault outside a bar.")
    assert "Attack" in kinds(an) and "Armed clash" not in kinds(an), kinds(an)


def test_assaulted_them_after_stopping_the_women_is_no_clash(ann):
    an = read(ann, "Soldiers stopped three women at a checkpoint near Tessor on Sunday and assaulted them, a local "
                   "official said.")
    assert "Armed clash" not in kinds(an), kinds(an)


def test_an_attack_on_a_village_is_no_clash_whoever_else_the_sentence_names(ann):
    an = read(ann, "Survivors of an attack on a farming village near Tessor said on Monday they were still looking for "
                   "relatives after rebels killed at least nine people there.")
    assert "Attack" in kinds(an) and "Armed clash" not in kinds(an), kinds(an)
