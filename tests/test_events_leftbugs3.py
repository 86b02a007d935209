"""Known extraction faults of issue 16 (branch leftbugs3): each with the sentences that showed it and their
negatives. Sentences and names written for these tests."""
from __future__ import annotations

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES

from test_events_leftbugs import _dead, _events, _violent  # noqa: F401
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def _name(a):  # type: ignore[no-untyped-def]
    return a.name if a is not None else None


# 1. a road or rail death is no violent event: a vehicle that hits or kills is no attacker
@pytest.mark.parametrize("text", [
    "A cyclist was hit and killed by a truck in Morvek on Tuesday.",
    "A pedestrian was killed after being hit by a bus in Delvora.",
    "A lorry hit and killed a schoolteacher on the ring road near Morvek.",
    "A van hit a police checkpoint near Tesmar, killing two officers.",
])
def test_vehicle_death_is_no_attack(ann, text):  # type: ignore[no-untyped-def]
    evs = _events(ann, text)
    assert not _violent(ann, text), [(e.trigger.text, e.event_type) for e in evs]
    assert [e.outside for e in evs] == ["man_made_disaster"]


@pytest.mark.parametrize("text,sub", [
    ("A soldier was hit by a roadside bomb near Tesmar on Monday.", "Remote explosive/landmine/IED"),
    ("Three soldiers were killed when their patrol was hit by a roadside bomb near Tesmar.", "Remote explosive/landmine/IED"),
    ("A farmer was killed by a car bomb in Morvek.", "Remote explosive/landmine/IED"),
    ("The convoy was struck by a missile near Morvek, killing four.", "Shelling/artillery/missile attack"),
    # (6.) a takeover with ground taken and a fight with people stay what they were
    ("Rebels took over the town of Dondar on Monday.", "Non-state actor overtakes territory"),
    ("The base near Dondar was taken over by rebels on Monday.", "Non-state actor overtakes territory"),
    ("Rebels fought government troops near Tesmar on Monday.", "Armed clash"),
    ("Rebels and soldiers fought for hours near Tesmar on Monday.", "Armed clash"),
])
def test_deed_stays_what_it_was(ann, text, sub):  # type: ignore[no-untyped-def]
    assert [e.sub_event_type for e in _violent(ann, text)] == [sub]


# 4. a stop negates only the deed it governs: a deed that names a place or a time near it is not stopped
@pytest.mark.parametrize("text,mod", [
    ("The van stopped seven blocks from where the mayor was killed.", ("background", "asserted")),
    ("The convoy halted near where a roadside bomb exploded on Monday near Tesmar.", ("background", "asserted")),
    ("The convoy stopped when a roadside bomb exploded near Tesmar on Monday.", ("asserted",)),
    ("Police stopped the attack on the bank in Morvek.", ("denied",)),
    ("Soldiers prevented the rebels from attacking the bridge near Tesmar.", ("denied",)),
])
def test_stop_negates_only_the_deed_it_governs(ann, text, mod):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert len(evs) == 1 and evs[0].modality in mod, [(e.trigger.text, e.modality) for e in evs]


# 3. a plot found out: whoever uncovers it is not its doer, and a deed still to come has no dead
@pytest.mark.parametrize("text", [
    "The ministry uncovered a plot to kill the judge in Morvek.",
    "Detectives unearthed a plan to murder the mayor of Tesmar.",
])
def test_uncovered_plot_has_no_doer_and_no_dead(ann, text):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert [(e.modality, _name(e.actor1), _dead(e)) for e in evs] == [("planned", None, None)]


def test_plot_keeps_its_own_plotter(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "The rebels revealed their plan to attack the capital.")
    assert [(e.modality, _name(e.actor1)) for e in evs] == [("planned", "rebels")]


def test_threat_to_kill_counts_no_dead(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "The rebels threatened to kill the two hostages.")
    assert [(e.plover, _dead(e)) for e in evs] == [("THREATEN", None)]


# 5. a side's defence ministry counting the other side's losses tells what its own forces did
@pytest.mark.parametrize("text,sides", [
    ("The Azerbaijani defence ministry said 12 Armenian military positions were hit and 20 Armenian soldiers were "
     "killed.", ("Military Forces of Azerbaijan", "Military Forces of Armenia")),
    ("Azerbaijan's defence ministry said its troops had neutralised 20 Armenian soldiers near the border.",
     ("Military Forces of Azerbaijan", "Military Forces of Armenia")),
    # its own losses, a ministry that speaks for no forces, and civilians: who killed them is not said
    ("The Azerbaijani defence ministry said five Azerbaijani soldiers were killed near the border.",
     (None, "Military Forces of Azerbaijan")),
    ("Azerbaijan's foreign ministry said 20 Armenian soldiers were killed near the border.",
     (None, "Military Forces of Armenia")),
    ("The Azerbaijani defence ministry said 20 civilians were killed near the border.", (None, "Civilians")),
])
def test_forces_ministry_counting_enemy_losses_is_the_doer(ann, text, sides):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert [(_name(e.actor1), _name(e.actor2)) for e in evs] == [sides]


def test_enemy_losses_are_not_the_toll_of_the_enemy_shelling(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Baku vowed revenge for the heavy shelling of its border posts by Armenian forces. Azerbaijan's "
                        "defence ministry said 30 Armenian military targets were hit and 40 Armenian soldiers were killed.")
    forty = [e for e in evs if _dead(e) == 40]
    assert [(_name(e.actor1), _name(e.actor2)) for e in forty] == [("Military Forces of Azerbaijan", "Military Forces of Armenia")]


# 2. a bystander hit by a stray bullet is in the fight's toll, not its target; the fight keeps its sides
@pytest.mark.parametrize("text,sides", [
    ("During the gunfight, a ten-year-old boy was hit by a stray bullet and died.", (None, None)),
    ("A woman was killed by a stray bullet when soldiers and rebels clashed near Tesmar.", (None, "rebels")),
    ("A shopkeeper was caught in the crossfire and killed when police and smugglers exchanged fire in Morvek.",
     ("police", "smugglers")),
    ("A girl was killed by a stray bullet during a gunfight between police and gang members in Morvek.",
     ("police", "gang members")),
])
def test_stray_bullet_bystander_is_toll_not_target(ann, text, sides):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert [(e.event_type, _name(e.actor1), _name(e.actor2), _dead(e)) for e in evs] == [("Battles", *sides, 1)]


def test_attack_beside_a_stray_bullet_keeps_its_attacker(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Kelmorth Brigade fighters attacked a police post in Delvora, and a farmer was killed by a "
                        "stray bullet.")
    assert [(_name(e.actor1), _name(e.actor2), _dead(e)) for e in evs] == [("Kelmorth Brigade", None, 1)]


def test_victim_shot_on_purpose_stays_the_target(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Gunmen shot dead a shopkeeper in Morvek on Friday.")
    assert [(_name(e.actor1), _name(e.actor2)) for e in evs] == [("Gunmen", "Civilians")]


# 5b. one report's attack and the other side's answer to it are two events in the story, each with its own toll
def test_attack_and_its_answer_stay_two_events():  # type: ignore[no-untyped-def]
    from storyfix import D, article, figure, retake_mention, town_place

    from sitrep.model import ActorRef
    from sitrep.stories.merge import merge_mentions

    arm, aze = ActorRef("ARM_MIL", "Military Forces of Armenia"), ActorRef("AZE_MIL", "Military Forces of Azerbaijan")
    a = article("r1", "Armenian gunners killed two Azerbaijani soldiers in Dondar on Monday. Azerbaijan hit back in "
                      "Dondar, and its ministry said 25 Armenian soldiers were killed.", "Courier", D(2024, 5, 6))
    day = D(2024, 5, 6)
    m1 = retake_mention(a, "killed two", town_place(a, "Dondar"), day, actor1=arm, actor2=aze, sub="Armed clash",
                        fatalities=figure(a, "two", "killed", "Azerbaijani soldiers", 2, 2))
    m2 = retake_mention(a, "hit back", town_place(a, "Dondar"), day, actor1=aze, actor2=arm, sub="Armed clash", n=1,
                        fatalities=figure(a, "25", "killed", "Armenian soldiers", 25, 25))
    evs = merge_mentions([m1, m2], {"r1": a})
    assert sorted((e.actor1.name, e.fatalities_best) for e in evs) == [
        ("Military Forces of Armenia", 2), ("Military Forces of Azerbaijan", 25)]


# 6. words that name no incident (MUC-4 single-incident reports read extra events from them)
@pytest.mark.parametrize("text", [
    "The minister said the deficit dated from the years before we took over.",  # an office taken up
    "The front said the government is fighting the courts and the established order.",  # a struggle, no battle
    "Doctors at a clinic in Morvek treated the brigade's wounded.",  # people, not a deed
])
def test_no_incident_in_these_words(ann, text):  # type: ignore[no-untyped-def]
    assert _violent(ann, text) == []


def test_person_captured_with_a_shared_subject_is_no_ground_taken(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "A raider, who was shot and captured near the farm, is being questioned by police in Morvek.")
    assert all(e.sub_event_type != "Non-state actor overtakes territory" for e in evs), evs
