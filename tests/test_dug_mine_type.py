"""The pit where the victims worked is no weapon: "killed 11 miners at a small mine" is a shooting's attack, not a
landmine (the noun "mine" after a preposition of place, word_senses.dug_mine, is left out of the clause's words that
type the deed; war_reports7 h08, branch misses12). Sentences written for this test; places and events made up."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture)


def test_mine_as_workplace_is_no_landmine(ann):  # noqa: F811
    for text in ("Gunmen killed nine miners at a small mine near Kalmora early on Saturday, police said.",
                 "Armed men killed four guards near the mine outside Velmora on Monday."):
        assert [e.sub_event_type for e in violent(ann, text)] == ["Attack"], text


def test_mine_as_weapon_stays_a_landmine(ann):  # noqa: F811
    text = "Two soldiers were killed when their truck hit a mine near Kalmora on Monday."
    assert [e.sub_event_type for e in violent(ann, text)] == ["Remote explosive/landmine/IED"]
