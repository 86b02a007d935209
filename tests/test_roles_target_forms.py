"""The target side (actor2) told in the forms wire copy uses (issue 16, branch roles12): "fighters of the group" as
the group named before, "opened fire on crowds of people, killing nine" as the people fired at, a country's unit,
position or warship as its armed forces, a US combatant command as the US military. Sentences made up."""
from __future__ import annotations

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import analyse


def _violent(ann, text):  # type: ignore[no-untyped-def]  # noqa: F811
    return [e for e in analyse(ann, text).events if e.event_type in VIOLENT_EVENT_TYPES]


@pytest.mark.parametrize("text,group", [
    ("A Turkish drone strike on a PKK hideout near Sidakan killed four fighters of the group on Sunday, a mayor said.",
     "Kurdistan Workers' Party"),
    ("U.S. air strikes against Houthi positions near Harf Sufyan killed six fighters of the group on Friday.",
     "Ansar Allah"),
])
def test_fighters_of_the_group_are_the_group_told(ann, text, group):  # noqa: F811
    (ev,) = _violent(ann, text)
    assert ev.actor2 is not None and ev.actor2.name == group


@pytest.mark.parametrize("target,side", [
    ("a Russian air defence unit", "Military Forces of Russia"),
    ("Ukrainian positions", "Military Forces of Ukraine"),
    ("an American warship", "Military Forces of the United States"),
    ("Russian supply lines", "Military Forces of Russia"),  # branch roles13
    ("a Ukrainian outpost", "Military Forces of Ukraine"),  # branch roles13
])
def test_a_countrys_unit_or_position_is_its_armed_forces(ann, target, side):  # noqa: F811
    text = f"Drones launched by the rebels struck {target} near the coast on Monday, officials said."
    evs = _violent(ann, text)
    assert evs and evs[0].actor2 is not None and evs[0].actor2.name == side


@pytest.mark.parametrize("phrase,want", [
    ("a Russian artillery unit", ("RUS_MIL", "Military Forces of Russia")),
    ("a police patrol", ("UKR_POLICE", "Police Forces of Ukraine")),
    ("army soldiers", ("UKR_MIL", "Military Forces of Ukraine")),
])
def test_a_formation_noun_after_its_owner(phrase, want):
    from sitrep.nlp.actor_lexicon import get_resolver

    assert get_resolver().resolve(phrase, ["UA"]) == want


def test_a_us_combatant_command_is_the_us_military(ann):  # noqa: F811
    text = ("The U.S. Africa Command said its aircraft had carried out a strike against al Shabaab near Bu'aale "
            "on Sunday.")
    (ev,) = _violent(ann, text)
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of the United States"


def test_territory_taken_from_a_group_when_the_villages_name_no_one(ann):  # noqa: F811
    text = ("BALCAD — Somali government troops backed by local clan militias recaptured three villages north-west of "
            "Balcad from al-Shabaab on Thursday, the regional administration said.")
    evs = [e for e in analyse(ann, text).events if e.sub_event_type == "Government regains territory"]
    assert evs and evs[0].actor2 is not None and evs[0].actor2.name == "al-Shabaab"


def test_a_passive_interception_takes_the_defender_who_says_it_and_the_launcher(ann):  # noqa: F811
    text = ("Ukraine's air force said Russia had launched 64 drones at the country overnight, and that 47 of the "
            "drones were shot down.")
    evs = [e for e in analyse(ann, text).events if e.sub_event_type == "Disrupted weapons use"]
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Military Forces of Ukraine"
    assert evs[0].actor2 is not None and evs[0].actor2.name == "Military Forces of Russia"


def test_a_governor_telling_an_interception_is_not_the_interceptor(ann):  # noqa: F811
    text = "The governor said Ukraine had launched 12 drones at the region overnight and that nine were shot down."
    evs = [e for e in analyse(ann, text).events if e.sub_event_type == "Disrupted weapons use"]
    assert evs and evs[0].actor1 is None


def test_an_acronym_tagged_as_a_common_noun_before_the_deed_is_the_doer(ann):  # noqa: F811
    text = "An ISWAP attack on an army base near Damasak killed six soldiers on Friday."
    (ev,) = _violent(ann, text)
    assert ev.actor1 is not None and ev.actor1.name == "Islamic State West Africa Province"


def test_an_ied_attack_names_no_doer(ann):  # noqa: F811
    (ev,) = _violent(ann, "An IED attack killed four soldiers near Menaka on Friday.")
    assert ev.actor1 is None


@pytest.mark.parametrize("text,side", [
    # who was fired at, when the dead are only counted ("killing seven")
    ("Soldiers opened fire on crowds of people queuing for flour near Beit Lahia on Friday, killing seven.", "Civilians"),
    ("Gunmen fired on a group of farmers near Bakassi on Sunday, killing three.", "Civilians"),
    # a ship's sailors hurt
    ("A Houthi drone struck a Maltese-flagged tanker off Mokha on Monday, injuring three sailors.", "Civilians"),
    # the people a struck vehicle carried
    ("A Turkish drone hit a car carrying SDF commanders near Amuda on Thursday, killing two.",
     "Syrian Democratic Forces"),
])
def test_the_target_named_by_whom_it_held(ann, text, side):  # noqa: F811
    (ev,) = _violent(ann, text)
    assert ev.actor2 is not None and ev.actor2.name == side
