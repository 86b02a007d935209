"""subtypes13: ACLED sub-type and trigger-sense boundaries from mixed_reports7 and date_reports5 h09: a burning told
killing people is one attack on the burning's day, "attack drones" and a shell a bomb is made of name no deed,
"made safe" is a defusal, "named a new commander" a change to the group, a road blocked by an unarmed crowd is no
violent demonstration, youths
burning an office while blocking roads are rioters. Sentences written for these tests; names and places made up
(Tessor: no gazetteer entry)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader; published Monday 2024-05-06)


def asserted(an):  # type: ignore[no-untyped-def]
    return [e for e in an.events if e.modality == "asserted" and e.event_type != "Political"]


def kinds(an):  # type: ignore[no-untyped-def]
    return sorted(e.sub_event_type or "" for e in asserted(an))


def test_a_burning_told_killing_people_is_one_attack_on_its_day(ann):
    an = read(ann, "Raiders set fire to huts in Tessor on Saturday night while the herders slept, killing four people, "
                   "a councillor said.")
    got = [(e.sub_event_type, e.date_start) for e in asserted(an)]
    assert got == [("Attack", dt.date(2024, 5, 4))], got



def test_a_bomb_made_safe_from_a_shell_is_a_defusal_not_shelling(ann):
    an = read(ann, "Army experts made safe a bomb near the Tessor bus station on Sunday. The device, made of an old "
                   "artillery shell wired to a timer, had been left in a sack.")
    assert set(kinds(an)) == {"Disrupted weapons use"}, kinds(an)


def test_naming_a_new_commander_is_a_change_to_the_group(ann):
    an = read(ann, "The Tessor Liberation Front said on Sunday it had named a new commander after its founder stepped down.")
    assert "Change to group/activity" in kinds(an), kinds(an)


def test_a_road_blocked_by_an_unarmed_crowd_is_no_violent_demonstration(ann):
    an = read(ann, "Riot police turned water cannon on about 300 demonstrators outside the Tessor town hall on Sunday "
                   "night and detained 12 of them, the ministry said. The protesters, who were demanding a recount, had "
                   "blocked a main street but were not armed, witnesses said.")
    assert "Violent demonstration" not in kinds(an) and "Protest with intervention" in kinds(an), kinds(an)



def test_nobody_killed_or_injured_denies_the_joined_verb_too(ann):
    an = read(ann, "Rebels set fire to a school in Tessor on Sunday after the pupils had gone home. Nobody was killed "
                   "or injured, the headmaster said.")
    assert "Attack" not in kinds(an), kinds(an)



def test_clans_whose_militias_have_fought_sign_a_truce_with_no_clash(ann):
    an = read(ann, "Elders of two clans whose militias have fought over water around Tessor signed a truce in the "
                   "town on Sunday, the mayor said.")
    assert "Armed clash" not in kinds(an) and "Agreement" in kinds(an), kinds(an)


ONE_KIND = [
    # "attack drones" name a kind of drone: the interception is the one event (events/weapon_kind)
    ("Army air defence units shot down 12 Russian attack drones over the region of Tessor overnight into Monday, the "
     "governor said. Nobody was hurt.", "Disrupted weapons use"),
    # the jet in the first verb's "by" phrase carries the bombs that struck (events/carrier)
    ("Three bombs dropped by an air force jet struck a village near Tessor on Sunday and killed six farmers, residents "
     "said.", "Air/drone strike"),
    # youths burning an office while blocking roads with rocks riot (subtype._crowd_burning)
    ("On Sunday, youths set fire to a council office in Tessor and blocked roads with rocks, police said.",
     "Violent demonstration"),
]


@pytest.mark.parametrize("text,kind", ONE_KIND)
def test_one_event_of_its_kind(ann, text, kind):  # type: ignore[no-untyped-def]
    assert kinds(read(ann, text)) == [kind], kinds(read(ann, text))

