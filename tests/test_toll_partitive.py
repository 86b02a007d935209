"""A count told as part of the dead counted before it ("Two of the bodies had been beheaded") is how some of them
died, not the toll: the whole is (events/toll_later_deaths._partitive_whole; attack_reports2 b22, issue 16, branch
attackers4). Sentences written for these tests; people, places and events made up."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import deaths


def test_part_of_the_bodies_found_is_no_toll(ann):  # noqa: F811
    want = {
        "The bodies of four herders were found on Monday near Kalmoro, two days after they were taken by rebels. "
        "Two of the bodies had been beheaded.": 4,
        "The bodies of six traders were found in a ditch outside Velmora on Tuesday. Relatives said the men had left "
        "the market on Sunday. Three of the victims had been shot in the head.": 6,
        # nothing counted before the part: its own count is all the report tells
        "Gunmen attacked a convoy near Kalmoro on Monday. Two of the victims were beheaded.":
            deaths(ann, "Gunmen attacked a convoy near Kalmoro on Monday. Two victims were beheaded."),
    }
    assert {text: deaths(ann, text) for text in want} == want
