"""A count of the dead over a period ("killed 340 people in 2024", "had killed hundreds over the past year", "during
the year") or by a feud is a tally of many incidents, never one incident's toll (nlp/period_tally.py; issue 16,
branch tallies). Sentences written for these tests; people and events made up (places real)."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import deaths


def test_a_period_tally_is_no_toll(ann):  # noqa: F811
    assert deaths(ann, "Police in the state killed 340 people in 2024, a rights group said on Thursday.") is None
    assert deaths(ann, "Armed groups also killed 57 police officers in the state during the year, the report "
                       "said.") is None
    assert deaths(ann, "The army said air strikes had killed hundreds of people over the past year.") is None
    assert deaths(ann, "Clan feuds have killed hundreds of people in the region, the governor said.") is None


def test_one_incident_in_the_perfect_keeps_its_toll(ann):  # noqa: F811
    assert deaths(ann, "The attack has killed 12 people, police said on Monday.") == 12
    assert deaths(ann, "Gunmen have killed five villagers in Zamfara, police said on Monday.") == 5
    # (the bomber died too: ACLED counts every death, the attackers' own, since branch tolls8)
    assert deaths(ann, "A suicide bomber killed 14 people at a market in Maiduguri on Tuesday.") == 15
