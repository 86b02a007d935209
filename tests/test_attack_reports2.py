"""Tolls of violent events as the second held-out attack set (tests/data/attack_reports2, issue 16, branch
attackers3) showed them missed: a breakdown list of several members ("including five women and three children"), a
toll raised by a later death ("raising the death toll to four"), and a count of attackers in a "by" phrase the parser
hung far from its passive verb. Sentences written for these tests; people and events made up (towns real). Also: the
held-out set parses."""
from __future__ import annotations

from pathlib import Path

from test_attack_reports import attack_set_rows
from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import analyse, deaths  # the first set's helpers (same record date)

SET = Path(__file__).parent / "data" / "attack_reports2"


def test_the_set_parses():
    assert 4 <= sum(1 for r in attack_set_rows(SET, most_words=250) if not r["attacker"]) <= 5


def test_a_breakdown_of_several_members_and_a_raised_toll(ann):  # noqa: F811
    want = {
        # the last member of the "including" list is as much a part of the whole as the first
        "At least 14 villagers, including six women and two children, were killed in an attack on Kamba on Friday, "
        "officials said.": 14,
        # a toll raised by deaths told with no count of their own
        "Three policemen were killed when a bomb exploded near a checkpost in Peshawar on Thursday. Rescue officials "
        "said on Friday that more bodies had been found in the rubble, raising the death toll to five.": 5,
    }
    assert {text: deaths(ann, text) for text in want} == want


def test_attackers_counted_in_a_far_by_phrase_are_not_the_dead(ann):  # noqa: F811
    text = ("Twelve Nigerien soldiers were killed on Friday when their base was stormed near Tahoua, in the north of the "
            "country, by \"hundreds of terrorists\", the army said.")
    an = analyse(ann, text)
    assert not [f for f in an.figures if f.what == "killed" and (f.low or 0) > 12]
