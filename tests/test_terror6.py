"""Terrorism reports, sixth round (issue 16, branch terror6), on sentences written for these tests with made-up
villages and people."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name

# a named doer in the lead, then "The raiders" alone telling the same raid with its place (merge_doers.lone_doer; after two
# groups' deeds "The attackers" names neither: tests/test_claimed_attackers.py)
RAIDERS = ("Six herders were killed when their camp in the south of the country was attacked by al-Shabaab "
           "fighters, police said on Tuesday. The raiders struck the camp at Dhuurow Bisle, some 20 kilometres from "
           "Afgooye, on Sunday night and drove off about 300 goats, an officer said.")


def test_the_raiders_after_one_named_doer_are_its_deed(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, RAIDERS)
    assert len(evs) == 1 and name(evs[0]) == "al-Shabaab"



# a group's own telling of the deed ("said ... that its fighters had killed"): the deed told before is its deed, once
# (merge_doers.own_deed_told)
OWN_TELLING = ("Militants attacked a gendarmerie patrol near Koygolo village in western Niger on Tuesday, killing "
               "eight gendarmes, the interior ministry said. Islamic State Sahel Province said in a message posted "
               "on Telegram that its fighters had killed 19 gendarmes near the village.")


def test_a_groups_own_telling_names_the_deed_told_before(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, OWN_TELLING)
    assert len(evs) == 1 and name(evs[0]) in ("Islamic State Sahel Province", "Islamic State (Sahel)")


# a background habit in the perfect ("has bombed shrines in the past") lends no weapon to the shooting it follows
# (merge_lend_type.habit_told)
HABIT = ("Gunmen opened fire on pilgrims leaving a shrine in Kunduz city on Thursday night, killing three people, "
         "police said. Police blamed the Islamic State. Islamic State Khorasan Province regards such shrines as "
         "heresy and has bombed shrines in the region in the past.")


def test_a_habit_in_the_perfect_lends_no_weapon(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, HABIT)
    assert evs and evs[0].sub_event_type == "Attack"
