""""these groups" / "all those militias" as the doer: the armed groups named just before when they were named as one
list, else nobody; never an actor called "all these groups" (events/demonstrative_groups.py; issue 16, branch
attackers4). Sentences written for these tests; people and places made up (the groups are real ones, so that the
dictionary knows them)."""
from __future__ import annotations

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import analyse


def doers(ann, text):  # type: ignore[no-untyped-def]
    return [(e.actor1.name if e.actor1 else None, sorted(x.name for x in e.associates))
            for e in analyse(ann, text).events if e.trigger is not None and e.trigger.text == "attacked"]


def test_these_groups_stand_for_the_list_before(ann):  # noqa: F811
    text = ("Al-Shabaab and the Islamic State operate near Kalmoro. On Monday all these groups attacked an army post, "
            "killing four soldiers.")
    assert doers(ann, text) == [("al-Shabaab", ["Islamic State"])]


def test_these_groups_named_as_two_sides_or_not_named_stand_for_nobody(ann):  # noqa: F811
    for text in ("Al-Shabaab fought the Islamic State near Kalmoro last year. On Monday these groups attacked an "
                 "army post, killing four soldiers.",
                 "Several militias operate near Kalmoro. On Monday these groups attacked an army post, killing four "
                 "soldiers."):
        assert doers(ann, text) == [(None, [])], text
