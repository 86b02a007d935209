"""A unit of an armed group named after a person ("the Mateo Quirval mobile column", "the Ines Barvo front") is the
doer by its own name, before the group a description beside it names ("a faction of X") (events/described_group.
named_unit; attack_reports2 b06, issue 16, branch attackers4); a nation's unit keeps its state reading. Sentences
written for these tests; people, groups and places made up."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import attackers


def test_a_unit_named_after_a_person_is_the_doer(ann):  # noqa: F811
    got = {text: attackers(ann, text) for text in (
        "The Mateo Quirval mobile column attacked a police station in Kalmoro on Monday, killing two officers.",
        "The Mateo Quirval mobile column, a faction of the FARC dissidents, attacked a police station in Kalmoro on "
        "Monday, killing two officers.",
        "Troops of the Malian brigade attacked a camp near Kalmoro on Monday, killing two men.")}
    assert [("Mateo Quirval mobile column" in g) for g in got.values()] == [True, True, False], got
    assert not any("Malian brigade" in g for g in got.values()), got
