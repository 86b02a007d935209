"""Protest and riot readings, branch protests12 (issue 16; tests/data/protest_reports9): violence told only as absent
("no stones were thrown") makes no riot of the march that police fired on, inmates' violence in a prison is mob
violence even where the sentence calls it a protest, and a union "agreed to join" a strike is no agreement.
Sentences written for these tests; people and incidents are made up, the towns real."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 6, 7)  # a Saturday


def _events(ann, text):  # type: ignore[no-untyped-def]
    """(sub-type, modality) of the events of ``text`` (political statements left out)."""
    return [(e.sub_event_type, e.modality) for e in ann.annotate(text, DocContext("p12", published=PUB)).events
            if e.event_type != "Political"]


def _asserted(ann, text):  # type: ignore[no-untyped-def]
    return [s for s, m in _events(ann, text) if m == "asserted"]


# violence told absent: a thing told with "no" as the subject of the verb (events/crowd_violence._nobody_subject)
ABSENT = [
    ("Police opened fire on a march by market traders in Tamale on Friday, killing one man, witnesses said.\n\n"
     "Witnesses told the agency the march was peaceful and that no stones were thrown."),
    ("Soldiers fired on a march by fishermen in Axim on Friday, killing two men, residents said.\n\n"
     "Residents said the march was calm and that no bottles were hurled at the soldiers."),
]


@pytest.mark.parametrize("text", ABSENT)
def test_violence_told_absent(ann, text):  # type: ignore[no-untyped-def]  # noqa: F811
    got = _asserted(ann, text)
    assert got == ["Excessive force against protesters"], got


# inmates' violence in a prison (subtype._inmate_riot)
PRISON = [
    ("Inmates at the central prison in Kumasi burned mattresses and took over two wings on Friday to protest "
     "against overcrowding, prison officials said.", ["Mob violence"]),
    ("Inmates at the Nsawam prison smashed doors and burned bedding on Friday in a protest over food, the prison "
     "service said.", ["Mob violence"]),
]


@pytest.mark.parametrize("text,want", PRISON)
def test_inmates_protest_riot(ann, text, want):  # type: ignore[no-untyped-def]  # noqa: F811
    assert _asserted(ann, text) == want


def test_inmates_peaceful_protest_kept(ann):  # type: ignore[no-untyped-def]  # noqa: F811
    # inmates refusing meals in a peaceful protest are no mob
    got = _asserted(ann, "Inmates at the central prison in Kumasi refused meals on Friday in a peaceful protest "
                         "over overcrowding, officials said.")
    assert "Mob violence" not in got


def test_relatives_riot_is_a_demonstration(ann):  # type: ignore[no-untyped-def]  # noqa: F811
    # people outside the prison rioting over its inmates demonstrate (prison_outsiders)
    got = _asserted(ann, "Relatives of inmates threw stones at the gate of the central prison in Kumasi on Friday "
                         "in a protest over visiting hours, police said.")
    assert got == ["Violent demonstration"], got


# a union agreeing to join an action (word_senses.action_joined)
JOINED = [
    "The federation said on Friday it would hold a general strike in Accra next Thursday, and said transport "
    "workers had agreed to join.",
    "Leaders of the federation said in Accra on Friday that the railway unions had agreed to join, which would stop "
    "all trains.",
    "The teachers' union agreed on Friday to take part in the march on parliament in Accra, its secretary said.",
]


@pytest.mark.parametrize("text", JOINED)
def test_agreed_to_join_no_agreement(ann, text):  # type: ignore[no-untyped-def]  # noqa: F811
    assert "Agreement" not in [s for s, _ in _events(ann, text)]


def test_agreed_ceasefire_kept(ann):  # type: ignore[no-untyped-def]  # noqa: F811
    got = [s for s, _ in _events(ann, "The two armed groups agreed on Friday to join a ceasefire in the north, "
                                       "officials said.")]
    assert "Agreement" in got


# an arrest told of the marchers' kin (events/kin_detained)
KIN = [
    "Hundreds of relatives of people detained under Ghana's state of emergency marched through Accra on Saturday, "
    "carrying photographs of sons and husbands they say were arrested without evidence.",
    "Hundreds of mothers marched through Accra on Saturday, carrying photographs of sons they say were arrested "
    "without evidence.",
]


@pytest.mark.parametrize("text", KIN)
def test_kin_arrest_is_who_they_are(ann, text):  # type: ignore[no-untyped-def]  # noqa: F811
    assert _asserted(ann, text) == ["Peaceful protest"]


def test_kin_arrested_at_the_march_kept(ann):  # type: ignore[no-untyped-def]  # noqa: F811
    got = _asserted(ann, "Hundreds of mothers marched through Accra on Saturday, and dozens of mothers detained at "
                         "the march were released in the evening.")
    assert got == ["Protest with intervention"], got


# an occupation by civilians is a sit-in; removing its occupiers breaks it up (events/occupation)
OCCUPIED = [
    ("Police on Wednesday removed dozens of secondary students who had occupied a public high school in central "
     "Accra since Monday, detaining 31.", "Protest with intervention"),
    ("Private security guards fired rubber bullets and stun grenades on Wednesday night to remove students who had "
     "occupied the Great Hall at the university in Accra, the students' council said.", "Protest with intervention"),
    ("Police fired rubber bullets on Wednesday night to remove students who were occupying a hall at the university "
     "in Accra.", "Protest with intervention"),
]


@pytest.mark.parametrize("text,want", OCCUPIED)
def test_occupation_broken_up(ann, text, want):  # type: ignore[no-untyped-def]  # noqa: F811
    assert want in _asserted(ann, text)


def test_troops_occupying_no_protest(ann):  # type: ignore[no-untyped-def]  # noqa: F811
    got = [s for s, _ in _events(ann, "Troops occupied the town of Tamale on Friday after the rebels withdrew.")]
    assert not [s for s in got if s and "protest" in s.lower()], got


# force used "to break up" a protest: the dispersal done, no plan (ontology cue dispersal_purpose_verbs)
BROKEN_UP = [
    "Police used pepper spray to break up an opposition protest in Tamale on Friday night and detained 19 people, "
    "the police service said.",
    "Riot police used batons to break up a rally of traders outside the assembly in Kumasi on Friday, witnesses said.",
]


@pytest.mark.parametrize("text", BROKEN_UP)
def test_broken_up_is_done(ann, text):  # type: ignore[no-untyped-def]  # noqa: F811
    evs = _events(ann, text)
    assert ("Protest with intervention", "asserted") in evs, evs


# force on a mob's riot is part of it (events/protest_fold._force_on_riot)
MOB_FORCE = [
    "Inmates rioted at the central prison in Kumasi on Friday, setting fire to mattresses, officials said.\n\n"
    "Guards used tear gas to regain control of the wings after about four hours.",
    "Football fans rioted after a match at the stadium in Kumasi on Friday, tearing out seats, officials said.\n\n"
    "Police fired tear gas into the stands to disperse them.",
]


@pytest.mark.parametrize("text", MOB_FORCE)
def test_force_on_mob_folded(ann, text):  # type: ignore[no-untyped-def]  # noqa: F811
    assert _asserted(ann, text) == ["Mob violence"], _events(ann, text)


def test_inmates_freed_by_an_armed_group_are_no_mob(ann):  # type: ignore[no-untyped-def]  # noqa: F811
    # a named armed group storming a town and freeing a prison's inmates fights; the freed inmates are no mob
    # (subtype._outside_doer; lead, after war_reports9 n06 moved with protests12)
    got = _asserted(ann, "Gunmen of the 400 Mawozo gang stormed the town of Croix-des-Bouquets on Sunday, attacking "
                         "the police station and freeing dozens of inmates from its jail, officials said.")
    assert "Mob violence" not in got, got
