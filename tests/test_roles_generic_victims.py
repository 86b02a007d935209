"""A generic armed name standing for the one group a report names (events/generic_actors.py) and victims named by
what they are (events/victim_nouns.py), on sentences written for these tests; negatives included."""
from __future__ import annotations

import pytest
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)


def test_the_guerrillas_are_the_one_group_the_report_names(ann):
    ev = violent(ann, "The FARC rejected the peace offer on Sunday. On Tuesday the guerrillas ambushed a patrol near "
                      "Cali, killing four soldiers.")[-1]
    assert ev.actor1.entity_id == "FARC"
    assert ev.actor1.span.text == "the guerrillas"  # the evidence stays the words of the event's sentence


def test_militants_are_the_one_islamist_group_named_before(ann):
    ev = violent(ann, "Boko Haram has been active in the region for years. Militants attacked a village near "
                      "Maiduguri on Friday, killing six farmers.")[0]
    assert ev.actor1.entity_id == "BOKO_HARAM"


def test_two_groups_named_leave_the_generic_side(ann):
    ev = violent(ann, "The FARC and the ELN both operate in the province. On Tuesday the guerrillas ambushed a patrol "
                      "near Cali, killing four soldiers.")[-1]
    assert ev.actor1.entity_id not in ("FARC", "ELN_CO")


def test_a_group_of_another_country_is_not_the_generic_side(ann):
    ev = violent(ann, "Hamas said on Monday it would respond. Rebels in Colombia ambushed a patrol near Cali, "
                      "killing four soldiers.")[-1]
    assert ev.actor1.entity_id != "HAMAS"


def test_no_group_named_keeps_the_generic_rebels(ann):
    ev = violent(ann, "The rebels ambushed a patrol near the border on Tuesday, killing four soldiers.")[0]
    assert ev.actor1 is not None and ev.actor1.name.lower() == "rebels"


def test_gunmen_are_never_the_group_named(ann):
    ev = violent(ann, "The FARC rejected the peace offer on Sunday. On Tuesday gunmen shot dead a shopkeeper in Cali.")[-1]
    assert ev.actor1 is None or ev.actor1.entity_id != "FARC"


@pytest.mark.parametrize("text,victim", [
    ("Gunmen shot dead two reporters outside a cafe in Tampico on Monday.", "reporters"),
    ("Police are investigating the murder of a judge in the northern city.", "judge"),
    ("A bomb killed the mayor and his driver in the town square on Friday.", "mayor"),
])
def test_victims_named_by_occupation(ann, text, victim):
    ev = violent(ann, text)[0]
    assert ev.actor2 is not None and ev.actor2.name == victim


def test_a_thing_destroyed_is_no_victim_and_an_occupation_is_no_attacker(ann):
    ev = violent(ann, "An air strike destroyed two trucks near the depot on Friday.")[0]
    assert ev.actor2 is None or "truck" not in ev.actor2.name
    ev = violent(ann, "A teacher attacked the guard at the gate on Monday.")[0]
    assert ev.actor1 is None or "teacher" not in ev.actor1.name
