"""A generic armed name standing for the one group a report names (events/generic_actors.py) and victims named by
what they are (events/victim_nouns.py), on sentences written for these tests; negatives included."""
from __future__ import annotations

import pytest
from sitrep.nlp.annotate import DocContext
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)


def test_the_guerrillas_are_the_one_group_the_report_calls_so(ann):
    ev = violent(ann, "FARC guerrillas rejected the peace offer on Sunday. On Tuesday the guerrillas ambushed a patrol "
                      "near Cali, killing four soldiers.")[-1]
    assert ev.actor1.entity_id == "FARC"
    assert ev.actor1.span.text == "the guerrillas"  # the evidence stays the words of the event's sentence


def test_the_one_group_named_is_not_the_guerrillas_unless_the_report_links_them(ann):
    ev = violent(ann, "The FARC rejected the peace offer on Sunday. On Tuesday the guerrillas ambushed a patrol near "
                      "Cali, killing four soldiers.")[-1]
    assert ev.actor1 is not None and ev.actor1.entity_id != "FARC"


def test_militants_are_the_one_islamist_group_called_so_before(ann):
    ev = violent(ann, "Boko Haram militants have been active in the region for years. Militants attacked a village "
                      "near Maiduguri on Friday, killing six farmers.")[0]
    assert ev.actor1.entity_id == "BOKO_HARAM"
    ev = violent(ann, "Boko Haram has been active in the region for years. Militants attacked a village near "
                      "Maiduguri on Friday, killing six farmers.")[0]
    assert ev.actor1 is None or ev.actor1.entity_id != "BOKO_HARAM"


def test_a_unit_of_the_side_is_the_group_and_a_unit_of_the_army_is_not(ann):
    ev = violent(ann, "FARC guerrillas rejected the peace offer on Sunday. On Tuesday a guerrilla commando ambushed a "
                      "patrol near Cali, killing four soldiers.")[-1]
    assert ev.actor1.entity_id == "FARC"
    ev = violent(ann, "FARC guerrillas rejected the peace offer on Sunday. On Tuesday an army commando ambushed a "
                      "rebel camp near Cali, killing four fighters.")[-1]
    assert ev.actor1 is None or ev.actor1.entity_id != "FARC"


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
    ("Rebels shot dead a colonel at a checkpoint on Monday.", "colonel"),
    ("Inspector Juan Flores died in the explosion at the station.", "Juan Flores"),  # who died in the deed
    ("The judge died in the attack on the courthouse on Monday.", "judge"),
    ("Two soldiers died when a bomb exploded near their truck.", "soldiers"),
    ("A grenade was thrown at the mayor on Monday.", "mayor"),  # the target of an aimed deed
])
def test_victims_named_by_occupation_or_as_who_died_in_the_deed(ann, text, victim):
    ev = violent(ann, text)[0]
    assert ev.actor2 is not None and victim in ev.actor2.span.text


def test_civilian_victims_are_coded_civilians_and_a_rank_keeps_its_words(ann):
    assert violent(ann, "Gunmen shot dead two reporters outside a cafe in Tampico on Monday.")[0].actor2.entity_id \
        == "CIVILIANS"
    assert violent(ann, "Rebels shot dead a colonel at a checkpoint on Monday.")[0].actor2.name == "colonel"


def test_a_thing_destroyed_is_no_victim_and_an_occupation_is_no_attacker(ann):
    ev = violent(ann, "An air strike destroyed two trucks near the depot on Friday.")[0]
    assert ev.actor2 is None or "truck" not in ev.actor2.name
    ev = violent(ann, "A teacher attacked the guard at the gate on Monday.")[0]
    assert ev.actor1 is None or "teacher" not in ev.actor1.name


@pytest.mark.parametrize("text", [
    "The police attributed the attack on the bank to the ELN.",
    "The killing of the mayor was attributed to the ELN.",
    "Police blamed the bombing of the bank on the ELN.",
    "The bombing of the bank was blamed on the ELN.",
    "Police hold the ELN responsible for the bombing of the bank.",
])
def test_a_deed_put_down_to_a_group_names_the_group_as_attacker(ann, text):
    ev = violent(ann, text)[0]
    assert ev.actor1 is not None and ev.actor1.entity_id == "ELN_CO"
    assert ev.actor2 is None or ev.actor2.entity_id != "ELN_CO"


def test_who_puts_the_deed_down_to_another_is_not_its_attacker(ann):
    ev = violent(ann, "Police blamed the bombing on Hamas.")[0]
    assert ev.actor1 is not None and ev.actor1.entity_id == "HAMAS"
    for text in ("Police hold the ELN responsible for the bombing of the bank.",
                 "Police blamed the bombing of the bank on the ELN."):
        assert "POLICE" not in (violent(ann, text)[0].actor1.entity_id or "")


def test_blame_for_still_names_the_accused_and_a_place_after_on_is_no_attacker(ann):
    ev = violent(ann, "Residents blamed the police for the killing of the student.")[-1]
    assert ev.actor1 is not None and ev.actor1.span.text == "the police"
    an = ann.annotate("Police blamed the attack on the embassy.", DocContext("r1"))
    assert not any(e.actor1 is not None and "embassy" in e.actor1.name for e in an.events)


def test_a_claim_not_made_names_no_attacker(ann):
    ev = violent(ann, "A bomb exploded outside a bank in Lima on Monday. The MRTA has not claimed responsibility for "
                      "the explosion.")[0]
    assert ev.actor1 is None
    ev = violent(ann, "A suicide bomber killed 20 people at a market in Kabul on Sunday. The Taliban claimed "
                      "responsibility for the attack.")[0]
    assert ev.actor1 is not None and ev.actor1.entity_id == "TALIBAN"


def test_a_death_verb_elsewhere_names_no_victim(ann):
    an = ann.annotate("The mayor spoke in the debate about the attack.", DocContext("r1"))
    assert all(e.actor2 is None for e in an.events)


def test_a_person_owning_a_deed_done_to_a_person_is_its_victim_not_its_doer(ann):
    ev = violent(ann, "The senator's assassination shocked the country.")[0]
    assert ev.actor1 is None and ev.actor2 is not None and ev.actor2.span.text == "senator"
    ev = violent(ann, "Police have no suspects in Maria Lopez's murder last week.")[0]
    assert ev.actor1 is None and ev.actor2 is not None and "Lopez" in ev.actor2.name


def test_a_side_owning_a_deed_is_its_doer(ann):
    ev = violent(ann, "ISIS's execution of the pilot drew condemnation.")[-1]
    assert ev.actor1 is not None and ev.actor1.entity_id == "ISIS"
    ev = violent(ann, "The regime's shelling of the town killed five people.")[0]
    assert ev.actor1 is not None and "regime" in ev.actor1.name.lower()


def test_an_aim_names_the_target_but_a_time_or_a_manner_does_not(ann):
    ev = violent(ann, "Gunmen opened fire on a group of students near the campus.")[0]
    assert ev.actor2 is not None and ev.actor2.span.text.startswith("a group")
    for text in ("Rebels attacked on Sunday near the river.", "Gunmen shot at close range."):
        assert violent(ann, text)[0].actor2 is None


def test_two_victim_groups_are_two_incidents_and_an_old_counted_deed_is_background(ann):
    evs = violent(ann, "Gunmen shot two guards at the gate on Friday. Officials said the killing of three farmers last "
                       "year was never solved.")
    shot = [e for e in evs if e.trigger.text == "shot"]
    old = [e for e in evs if e.trigger.text == "killing"]
    assert shot and shot[0].date_start is not None and shot[0].date_start.year == 2023  # not last year's date
    assert not old or old[0].modality == "background"
