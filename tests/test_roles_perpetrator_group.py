"""The armed group that did a deed, named where reports of attacks name it (issue 16): armed groups of the actor
dictionary (data/actors.jsonl: Latin American groups of the 1980s and 1990s), a claimer of responsibility before a
label of the deed ("took responsibility for the terrorist bombing"), a generic group noun whose appositive names a
dictionary group, a deed participle the parser hung on the main verb ("deplored the shooting of X, committed by Y"),
"X is to blame for", "death squads", "terrorist" as a label of the deed (no doer), a framing "in an operation
blamed on X" and the intender of an attempt ("thwarted a bid by X to abduct Y": X, never who thwarted it); on
sentences written for these tests, negatives included."""
from __future__ import annotations

import pytest

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_frames import a1


def _name(ev):  # type: ignore[no-untyped-def]
    return ev.actor1.name if ev.actor1 is not None else None


# sentence -> the canonical name of the first violent event's actor1
ACTOR1_NAMES = [
    # armed groups of the dictionary
    ("The Cinchonero Popular Liberation Movement ambushed an army patrol near Comayagua on Friday.",
     "Cinchonero Popular Liberation Movement"),
    ("UC-ELN guerrillas attacked a police post near Arauca on Sunday.", "National Liberation Army (Colombia)"),
    ("Members of the Workers Self-Defense Movement shot a retired judge in Cali.", "Workers Self-Defense Movement"),
    # a deed participle after a comma, hung on the verb whose object is the deed noun
    ("The mayor deplored the shooting of two nurses, committed at dawn by the Zarate Willka Armed Forces of "
     "Liberation.", "Zarate Willka Armed Forces of Liberation"),
    ("Church leaders deplored the bombing of the cathedral, perpetrated at dawn by the Rodrigo Franco Command.",
     "Rodrigo Franco Command"),
    # the claimer of responsibility before a word that only labels the deed
    ("In a statement, the Lautaro Youth Movement took responsibility for the terrorist bombing of a bank in "
     "Valparaiso.", "Lautaro Youth Movement"),
    # a generic group noun whose appositive names the group
    ("A shadowy Peruvian organization, the Rodrigo Franco Command, shot dead a union leader in Huancayo.",
     "Rodrigo Franco Command"),
    # a deed in general framing the clause, put down to a group ("in an operation blamed on X, a car bomb ...")
    ("In an operation blamed on the Cali Cartel, a car bomb wrecked a police station in Cali on Friday.", "Cali Cartel"),
    ("The ambush masterminded by the Rodrigo Franco Command left four police officers dead.", "Rodrigo Franco Command"),
    # the intender of an attempt is its by-phrase, not who foiled it
    ("Police in Santiago said they had thwarted a bid by the Lautaro Youth Movement to abduct a senator.",
     "Lautaro Youth Movement"),
]


@pytest.mark.parametrize("text,name", ACTOR1_NAMES)
def test_actor1_name(ann, text, name):  # type: ignore[no-untyped-def]
    assert _name(violent(ann, text)[0]) == name


# sentence -> the span of the first violent event's actor1 (None: left blank)
ACTOR1_SPANS = [
    ("The rebels are to blame for the killing of three farmers near Valdora.", "The rebels"),
    ("The rebels are not to blame for the killing of three farmers near Valdora.", None),  # a denial names no one
    ("Nobody took responsibility for the terrorist bombing of a bank in Valparaiso.", None),
    ("Police investigated the shooting of two nurses, reported by neighbours on Monday.", None),  # no deed
    ("The rebels shelled the town, encouraged by the Zarate Willka Armed Forces of Liberation.", "The rebels"),
    ("Guards foiled an attempt to abduct a banker in Valparaiso on Tuesday.", None),  # who foils never meant to
    ("Police thwarted a plot to bomb the courthouse in Valdora.", None),
    ("The rebels made an attempt to abduct a banker in Valparaiso.", "The rebels"),
    ("In a separate incident, a bomb destroyed a school in Bogota.", None),  # an incident put down to no one
    # "terrorist" modifying the deed labels its kind and names no doer; the plural subject does name one
    ("Two people were killed in a terrorist attack on a market in Valdora.", None),
    ("Terrorists attacked a market in Valdora, killing two people.", "Terrorists"),
    ("A rebel attack on a market in Valdora killed two people.", "rebel"),
]


@pytest.mark.parametrize("text,span", ACTOR1_SPANS)
def test_actor1_span(ann, text, span):  # type: ignore[no-untyped-def]
    assert a1(violent(ann, text)[0]) == span


def test_a_group_noun_without_a_named_appositive_keeps_its_own_reading(ann):
    ev = violent(ann, "The group, a band of local youths, attacked two farmers in Valdora on Friday.")[0]
    assert ev.actor1 is None or ev.actor1.entity_id.startswith("x:")


def test_death_squads_are_an_unidentified_armed_group(ann):
    ev = violent(ann, "Death squads kidnapped two students in San Salvador last night.")[0]
    assert ev.actor1 is not None and ev.actor1.entity_id == "SLV_UNIDENT"
    assert a1(ev) == "Death squads"


def test_a_participle_clause_of_another_verb_is_no_deed_participle(ann):
    ev = violent(ann, "Soldiers entered the village, backed by the Lautaro Youth Movement.")[0]
    assert _name(ev) != "Lautaro Youth Movement"


def test_a_labelled_deed_left_unnamed_takes_the_claim_next_door(ann):
    evs = violent(ann, "A terrorist bombing killed five shoppers at a market in Kandahar on Friday. "
                       "The Taliban claimed responsibility for the bombing.")
    assert _name(evs[0]) == "Taliban"
