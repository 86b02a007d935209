"""A killing told as having happened in a fight with a named side ("killed in an encounter with the Indian Army",
"were killed during a gunfight with X", "shot dead in a shootout with X") was done by that side (issue 16, branch
attackers12; events/fight_opponent.py), on sentences written for these tests with made-up villages. A fight with no
one named ("an encounter with a tiger") names no doer."""
from __future__ import annotations

import pytest
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name, on


@pytest.mark.parametrize("text,trigger,want", [
    ("Four militants were killed in an encounter with the Indian Army near Tarkol village in Manipur on Friday, a "
     "defence spokesman said.", "killed", "Military Forces of India"),
    ("Two rebels were killed during a gunfight with the Philippine Army in the hills above Dalaguin in Negros "
     "Occidental on Sunday.", "gunfight", "Military Forces of Philippines"),
    ("A police officer was shot dead in a shootout with the Gulf Clan near Arvela in Colombia's Antioquia department "
     "on Monday.", "shootout", "Clan del Golfo"),
])
def test_the_other_side_of_the_fight_did_the_killing(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    assert name(on(violent(ann, text), trigger)) == want


def test_a_fight_with_no_side_named_names_no_doer(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, "A farmer was killed in an encounter with a tiger near Tarkol village in India's Assam state "
                       "on Friday.")
    assert all(e.actor1 is None or "tiger" not in e.actor1.name for e in evs)
