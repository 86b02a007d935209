"""A siege that leads to an attack and the forces sent after it are parts of the attack (events/incident_steps), on
sentences written for these tests (made-up people; real towns only as places)."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def _subtypes(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2026, 2, 17)))
    return [(e.sub_event_type, e.trigger.text if e.trigger is not None else None) for e in an.events]


def test_gunmen_who_surround_a_church_and_open_fire_make_one_attack(ann):
    got = _subtypes(ann, "Gunmen on motorcycles attacked a church in Kutum on Sunday, killing six worshippers. "
                         "The gunmen surrounded the church during the morning service, a priest, Amos Delari, said.")
    assert not [t for t in got if t[0] == "Other"], got
    assert [t for t in got if t[0] == "Attack"], got


def test_troops_sent_to_the_area_after_an_attack_are_no_event_of_their_own(ann):
    got = _subtypes(ann, "Gunmen killed six villagers in Kutum on Sunday, residents said. The army deployed troops "
                         "to the area on Monday, the governor, Osman Telabi, said.")
    assert not [t for t in got if t[0] == "Change to group/activity"], got
    assert [t for t in got if t[0] == "Attack"], got



def test_a_side_that_withdraws_after_a_fight_hands_over_no_territory_of_its_own(ann):
    got = _subtypes(ann, "Government troops recaptured the village of Kutum on Sunday after a short battle, the "
                         "governor, Osman Telabi, said. The insurgents withdrew eastwards, residents said.")
    assert not [t for t in got if t[0] == "Non-violent transfer of territory"], got
    assert [t for t in got if t[0] == "Government regains territory"], got


def test_a_named_sides_convoy_sent_elsewhere_in_the_region_is_a_deployment_of_its_own(ann):
    # (a guard) a third side's forces arriving in the region of the fighting escalate; they answer no incident there;
    # the seeds' convoy that arrived in a town 8 km from the fighting is the case `_same_place` keeps
    got = _subtypes(ann, "Government troops seized the town of Kutum on Monday after heavy fighting with rebels, "
                         "the governor, Osman Telabi, said. A convoy of Chadian armoured vehicles arrived on Tuesday "
                         "in North Darfur, in a new deployment, a correspondent said.")
    assert [t for t in got if t[0] == "Change to group/activity"], got


def test_the_struck_sides_reinforcements_are_a_deployment_of_their_own(ann):
    got = _subtypes(ann, "Government shelling killed seven Chadian soldiers in Kutum on Monday, Chad's army said. "
                         "Chad sent more troops and armour to Kutum on Tuesday, the ministry said.")
    assert [t for t in got if t[0] == "Change to group/activity"], got
