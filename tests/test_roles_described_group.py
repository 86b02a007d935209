"""A group named by a proper name and a description ("gunmen of the Zavara terrorist group") is the group by its
name, not the unidentified armed group the attackers' noun gives (events/described_group.py; attack_reports2 b20,
issue 16, branch attackers4); a people or a nation so described names no group. Sentences written for these tests;
groups, people and places made up."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import attackers


def test_members_of_a_described_group_are_the_group(ann):  # noqa: F811
    got = {text: attackers(ann, text) for text in (
        "Gunmen of the Zavara terrorist group attacked a farming community near Kalmoro on Friday, killing eleven "
        "villagers.",
        "Fighters of the Dunrig armed group killed six farmers in Kalmoro on Monday.",
        "Gunmen of the Fulani armed group killed six farmers in Kalmoro on Monday.",
        "Gunmen of the Malian armed group killed six farmers in Kalmoro on Monday.")}
    names = [bool(g & {"Zavara", "Dunrig"}) for g in got.values()]
    assert names == [True, True, False, False], got
    assert not any(g & {"Fulani", "Malian"} for g in got.values()), got
