"""A filled actor1 must be right (issue 16, branch fillprec): the phrase that fills it names who acted, not the
weapon used, and a bare kind of body ("a group", "members") is no actor. Sentences and names written for these
tests."""
from __future__ import annotations

import pytest

from test_events_deeds import _violent
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def _actor1s(ann, text):  # type: ignore[no-untyped-def]
    return [e.actor1 for e in _violent(ann, text) if e.actor1 is not None]


# ---- a weapon or war vehicle modifying the deed noun is what was used, not who used it

WEAPON_MODIFIER = [
    ("A drone strike killed four people near the village of Talmor on Sunday.", None),
    ("A helicopter attack left six herders dead near Talmor on Sunday.", None),
    ("Rebels of the Dawn Front attacked the barracks in Talmor with rifle and artillery fire on Tuesday.", "Rebels"),
]


@pytest.mark.parametrize("text,want", WEAPON_MODIFIER)
def test_weapon_modifier_is_no_doer(ann, text, want):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert evs, text
    names = [a.name.lower() for a in _actor1s(ann, text)]
    assert not any(w in n for n in names for w in ("drone", "helicopter", "artillery")), names
    if want:
        assert any(want.lower() in n for n in names), names


def test_owner_of_weapon_still_acts(ann):  # type: ignore[no-untyped-def]
    # the modifier that names a side is still read: "army artillery fire", "a Varnian drone strike"
    names = [a.name.lower() for a in _actor1s(ann, "Army artillery fire killed two farmers near Talmor on Monday.")]
    assert any("army" in n for n in names), names
