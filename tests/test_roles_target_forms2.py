"""The target side (actor2) in more forms of wire copy (issue 16, branch roles13; a country's supply lines or outpost
as its armed forces: tests/test_roles_target_forms.py): a faith's or people's adjective before a building struck names
no side, so the people killed there are the target. Sentences made up."""
from __future__ import annotations

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import analyse


def _violent(ann, text):  # type: ignore[no-untyped-def]  # noqa: F811
    return [e for e in analyse(ann, text).events if e.event_type in VIOLENT_EVENT_TYPES]


@pytest.mark.parametrize("text", [
    "A military air strike hit a Baptist church in the village of Tolvar on Sunday, killing six worshippers.",
    "Gunmen attacked a Sufi shrine near the town of Kessaro on Friday, killing four pilgrims.",
])
def test_a_faith_word_before_a_building_names_no_side(ann, text):  # noqa: F811
    evs = _violent(ann, text)
    assert evs and evs[0].actor2 is not None and evs[0].actor2.name == "Civilians"


@pytest.mark.parametrize("text,attackers,defenders", [
    ("Soldiers repulsed an attack by al Shabaab fighters on their base near Jowhar on Sunday.",
     "al-Shabaab", "Military Forces of Somalia"),
    ("Nigerian troops repelled an assault on an army base in Gubio by fighters of Boko Haram on Sunday night.",
     "Boko Haram", "Military Forces of Nigeria"),
    ("An attack by Islamic State fighters on an army post near Tera was repelled by Nigerien troops on Sunday.",
     "Islamic State", "Military Forces of Niger"),
])
def test_a_repelled_attack_has_its_attackers_as_doers(ann, text, attackers, defenders):  # noqa: F811
    (ev,) = _violent(ann, text)
    assert ev.actor1 is not None and ev.actor1.name == attackers
    assert ev.actor2 is not None and ev.actor2.name == defenders


def test_the_attackers_dead_of_a_repelled_attack_are_no_target_and_count_in_the_toll(ann):  # noqa: F811
    text = ("The army said on Sunday it had repelled an attack by Islamic State fighters on a post near Tera, killing "
            "15 of the assailants. Dozens of fighters on motorbikes attacked the post at dawn on Friday, the ministry "
            "said. Three soldiers were killed in the fighting.")
    evs = [e for e in _violent(ann, text) if e.trigger is not None and e.trigger.text == "repelled"]
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Islamic State"
    assert evs[0].actor2 is None or "assailant" not in evs[0].actor2.name.lower()
    assert max(e.fatalities.low for e in _violent(ann, text) if e.fatalities is not None) == 18
