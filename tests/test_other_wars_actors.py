"""Actors in wars other than Syria's (tests/data/war_reports, branch `otherwars`), on sentences written for
these tests: a named armed group's members ("RSF fighters", "al-Shabaab militants") are the group; countries and
armed groups of those wars are in the actor dictionary; a weapon with no owner ("the first drone", "a fighter jet")
is no actor."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.actor_lexicon import get_resolver, to_units
from sitrep.nlp.annotate import DocContext
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)


# -- a named group's members are the group (nlp/actor_lexicon.resolve) ------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("JNIM fighters", "JNIM"), ("RSF fighters", "RSF"), ("al-Shabaab militants", "AL_SHABAAB"),
    ("the RSF troops", "RSF"),
])
def test_a_named_groups_members_are_the_group(text, want):
    assert get_resolver().resolve(text, ["SO"])[0] == want


def test_a_country_before_the_members_word_is_still_its_army():
    assert get_resolver().resolve("Malian soldiers", ["ML"])[0] == "MLI_MIL"
    assert get_resolver().resolve("the militants", ["SO"])[0] == "SOM_ISLAMIST"

# -- the dictionary knows the countries and groups of these wars (data/actors.jsonl) ------------------------------

@pytest.mark.parametrize("text,focus,want", [
    ("Nigerien soldiers", ["NE"], "NER_MIL"), ("Fano militiamen", ["ET"], "FANO"), ("the White Army", ["SS"], "WHITE_ARMY_SS"),
    ("CODECO fighters", ["CD"], "CODECO"), ("the Clan del Golfo", ["CO"], "CLAN_DEL_GOLFO"),
    ("Viv Ansanm", ["HT"], "VIV_ANSANM"), ("the Ta'ang National Liberation Army", ["MM"], "TNLA"),
])
def test_countries_and_groups_of_other_wars_resolve(text, focus, want):
    assert get_resolver().resolve(text, focus)[0] == want


def test_a_state_named_like_a_country_is_not_that_country(ann):
    """Nigeria's Niger State (the country Niger is in the dictionary since this branch): "Niger State police" are
    Nigeria's, and the gunmen of a report set there are Nigeria's unidentified armed group."""
    text = ("MINNA, Nigeria — Gunmen killed six farmers near Dorvali in Mashegu local government area of Niger "
            "State on Sunday, the Niger State police said.")
    ev = violent(ann, text)[0]
    assert ev.actor1 is not None and ev.actor1.name == "Unidentified Armed Group (Nigeria)"
    units = to_units("troops crossed from Niger into Mali; the Niger State governor said")
    assert [units[m.i].raw for m in get_resolver().match_units(units) if m.what == "country"] == ["Niger", "Mali"]



@pytest.mark.parametrize("text", [
    "a bank was robbed in Benin City on Monday", "a man was shot in Panama City, Florida",
    "militants blew up a pipeline in the Niger Delta", "settlers fenced land in the Jordan Valley",
    "a car was set alight on Togo Road",
])
def test_a_place_named_after_a_country_is_not_the_country(text):
    units = to_units(text)
    assert [m for m in get_resolver().match_units(units) if m.what == "country"] == []


def test_a_persons_name_is_no_country(ann):
    """"Chad" as a first name lent Chad's police to an Ohio shooting."""
    text = ("DAYTON, Ohio — Chad Morrow, 24, was shot and killed outside a bar on Friday. Police arrested a "
            "19-year-old man on Saturday.")
    an = ann.annotate(text, DocContext("r1", published=dt.date(2023, 5, 6)))
    assert not any(m.entity_id and m.entity_id.startswith("TCD") for m in an.entities)


# -- a weapon with no owner is no actor (events/roles.unowned_craft) ----------------------------------------------

def test_a_drone_with_no_owner_is_no_actor(ann):
    evs = violent(ann, "The second drone struck a bakery in the old quarter of Omdurman on Friday, killing four women.")
    assert all(e.actor1 is None or "drone" not in e.actor1.name.lower() for e in evs)


def test_a_fighter_jet_is_no_actor_but_an_owned_one_is(ann):
    evs = violent(ann, "A fighter jet dropped two bombs on a clinic in Mogok on Sunday, killing six patients.")
    assert all(e.actor1 is None or "jet" not in e.actor1.name.lower() for e in evs)
    evs = violent(ann, "Russian jets dropped two bombs on a clinic in Kherson on Sunday, killing six patients.")
    assert any(e.actor1 is not None and e.actor1.name == "Military Forces of Russia" for e in evs)


# -- a group from abroad does not unsettle a report's one country (events/roles.ActorFinder.report_country) ---------

def test_an_army_unit_fought_by_a_group_from_abroad_is_the_named_state_s(ann):
    an = ann.annotate("JNIM fighters attacked an army detachment near Fada N'Gourma in eastern Burkina Faso on Sunday, "
                      "a local official, Idrissa Kombele, said. The government of Burkina Faso condemned the attack.",
                      DocContext("r1", published=dt.date(2025, 5, 27)))
    ev = next(e for e in an.events if e.event_type == "Battles")
    assert ev.actor2 is not None and ev.actor2.name == "Military Forces of Burkina Faso", ev.actor2
