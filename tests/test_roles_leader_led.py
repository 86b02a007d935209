"""A leader's name before "regime", "government" or "forces" in a compound naming a deed ("a Bashar al Assad regime
attack") is that leader's state body, never the leader in person (events/leader_led.py; issue 16). Sentences written
for these tests; people and villages made up (the leaders are real ones, so that the dictionary knows them)."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import analyse


def doers(ann, text, trigger):  # type: ignore[no-untyped-def]
    return [e.actor1.name if e.actor1 else None for e in analyse(ann, text).events
            if e.trigger is not None and e.trigger.text == trigger]


def test_leader_before_regime_is_the_state_not_the_man(ann):  # noqa: F811
    text = ("Three Turkish soldiers were killed on Monday in a Bashar al Assad regime attack near Kafr Tulmis, the "
            "defence ministry in Ankara said.")
    got = doers(ann, text, "attack")
    assert got and got[0] in ("Military Forces of Syria", "Government of Syria"), got


def test_leader_before_government_and_a_weapon_is_the_state(ann):  # noqa: F811
    text = "Five Kurdish fighters died on Sunday in a Recep Tayyip Erdogan government drone strike near Tell Qarmush."
    got = doers(ann, text, "strike")
    assert got and got[0] in ("Military Forces of Turkey", "Government of Turkey"), got


def test_leader_before_regime_abroad_is_that_leaders_state(ann):  # noqa: F811
    text = "Five villagers died on Sunday in a Vladimir Putin regime attack on the village of Zelene Kutove."
    got = doers(ann, text, "attack")
    assert got and got[0] in ("Military Forces of Russia", "Government of Russia"), got


def test_a_leader_named_alone_or_a_group_before_the_deed_is_unchanged(ann):  # noqa: F811
    text = "Four villagers were killed in a Taliban rocket attack near Sar Kandao on Friday."
    assert doers(ann, text, "attack") == ["Taliban"]
