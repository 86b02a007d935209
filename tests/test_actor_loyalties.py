"""Who an armed phrase names (issue 16): "fighters loyal to <an organisation the dictionary lacks>" are that
organisation's, "forces loyal to <a state>" its forces; a noun of armed doers ("militiamen", "robbers") names the
doer; a common noun that only sounds like an actor's name ("Rioters", "Reuters") is not the actor; a world news
agency sets no report country; members of a family are civilians. Sentences and names written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext

from test_events_deeds import _violent
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


@pytest.mark.parametrize("text", [
    "Fighters loyal to the Zarvani Brigade attacked an army checkpoint near Homs on Monday, killing four soldiers.",
    "Militants linked to the Zarvani Brigade kidnapped two aid workers near Homs on Monday.",
])
def test_fighters_sworn_to_an_unlisted_group_are_that_group(ann, text):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Zarvani Brigade"


def test_an_adjective_phrase_after_the_noun_is_no_part_of_its_name(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Gunmen loyal to a local commander attacked the village on Monday.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Gunmen"


@pytest.mark.parametrize("text,doer", [
    ("The militiamen raided the village on Tuesday.", "militiamen"),
    ("Armed robbers shot dead a shopkeeper on Tuesday.", "Armed robbers"),
    ("Pirates attacked a cargo ship off the coast on Tuesday.", "Pirates"),
])
def test_nouns_of_armed_doers_name_the_doer(ann, text, doer):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == doer


def test_a_common_noun_that_sounds_like_an_outlet_is_not_the_outlet(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("Rioters set the police station on fire on Friday.", DocContext("d1", published=dt.date(2024, 5, 6)))
    assert not [m for m in an.entities if m.entity_id == "REUTERS"]
    an = ann.annotate("Reuters reported that gunmen attacked the village.", DocContext("d1", published=dt.date(2024, 5, 6)))
    assert [m for m in an.entities if m.entity_id == "REUTERS"]


def test_a_world_news_agency_does_not_set_the_report_country(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Reuters reported that gunmen attacked the village on Monday.")
    assert evs and evs[0].actor1 is not None and "United Kingdom" not in evs[0].actor1.name


def test_members_of_a_family_are_civilians(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Gunmen killed four members of a family in their home on Tuesday.")
    assert evs and evs[0].actor2 is not None and evs[0].actor2.entity_id == "CIVILIANS"


def test_forces_loyal_to_a_state_are_its_forces_and_a_person_is_no_group(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Forces loyal to Yemen's government attacked the rebel camp near Aden on Monday.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Military Forces of Yemen"
    evs = _violent(ann, "Troops loyal to President Zorin attacked the rebel camp on Monday.")
    assert all(e.actor1 is None or "Zorin" not in e.actor1.name for e in evs)


@pytest.mark.parametrize("raw,want", [
    ('the "Red Valley" group', "the Red Valley group"),
    ("the 'Red Valley' group", "the Red Valley group"),
    ("Good ol’ Boris", "Good ol’ Boris"),
    ("the president ’s coalition", "the president ’s coalition"),
])
def test_a_name_loses_its_quotation_marks_not_its_apostrophes(raw, want):  # type: ignore[no-untyped-def]
    from sitrep.events.roles import _unquote

    assert " ".join(_unquote(raw).split()) == want
