"""Attackers the sentence names that earlier rounds left blank (issue 16, attacker recall), on sentences written for
these tests: the "from" phrase of "came under fire" is who fired and the subject who was fired on
(events/under_fire_roles.py); a group described by its own sentence ("X is a rebel group") is still the one candidate
for "it" in the next (events/antecedents.said_of); a by-phrase hung on the deed's "of" object is the deed's doer
(events/nominal.patient_by). Negatives: no shooter named, a bare weapon, criticism, two bodies before the pronoun, a
date or a place after "by"."""
from __future__ import annotations

import pytest

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)


def on(evs, trigger):  # type: ignore[no-untyped-def]
    got = [e for e in evs if e.trigger.text == trigger]
    assert got, (trigger, [e.trigger.text for e in evs])
    return got[0]


def name(ref):  # type: ignore[no-untyped-def]
    return ref.name if ref is not None else None


@pytest.mark.parametrize("text,actor1,actor2", [
    ("A patrol came under fire from Crimson Brigade fighters near Brask on Monday.", "Crimson Brigade", None),
    ("Kenyan troops came under fire from al-Shabaab fighters near Kismayo on Monday.", "al-Shabaab",
     "Military Forces of Kenya"),
    ("The convoy came under heavy mortar fire from the rebels near Brask.", "rebels", None),
    # no shooter told: the troops were shot at, they did not shoot
    ("Kenyan troops came under fire near Kismayo on Monday.", None, "Military Forces of Kenya"),
])
def test_who_came_under_fire_was_shot_at_and_the_from_phrase_shot(ann, text, actor1, actor2):  # type: ignore[no-untyped-def]
    ev = on(violent(ann, text), "came")
    assert name(ev.actor1) == actor1
    assert name(ev.actor2) == actor2


def test_criticism_from_lawmakers_is_no_shooting(ann):  # type: ignore[no-untyped-def]
    from sitrep.model import VIOLENT_EVENT_TYPES
    from test_roles import DocContext, dt

    an = ann.annotate("The minister came under fire from lawmakers over the deal.", DocContext("r1", published=dt.date(2023, 5, 6)))
    assert not [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]


@pytest.mark.parametrize("text,trigger,want", [
    ("The Crimson Brigade is a rebel group in the north. It shelled the market in Brask on Monday.", "shelled",
     "Crimson Brigade"),
    ("Boko Haram is an armed group that wants a state of its own. It attacked a police post in Maiduguri on Sunday.",
     "attacked", "Boko Haram"),
    ("The Crimson Brigade is a rebel group, and it shelled the market in Brask on Monday.", "shelled",
     "Crimson Brigade"),
    # two bodies in the sentence before: a guess, left blank
    ("The army says the Crimson Brigade is a terrorist group. It shelled the market in Brask on Monday.", "shelled",
     None),
])
def test_a_group_described_by_its_sentence_is_still_the_one_candidate(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    assert name(on(violent(ann, text), trigger).actor1) == want


@pytest.mark.parametrize("text,want", [
    ("The massacre of 30 villagers by Crimson Brigade fighters shocked the country.", "Crimson Brigade"),
    ("The killing of a man by the river in Brask shocked residents.", None),
    ("The killing of a man by the end of March shocked residents of Brask.", None),
])
def test_a_by_phrase_hung_on_the_victims_names_the_doer(ann, text, want):  # type: ignore[no-untyped-def]
    ev = next(e for e in violent(ann, text) if e.trigger.text in ("massacre", "killing"))
    assert name(ev.actor1) == want


@pytest.mark.parametrize("text,want", [
    ("Police arrested Darek Volm on Tuesday. Prosecutors say he stabbed two guards in Brask.", "Darek Volm"),
    ("Police arrested Darek Volm on Tuesday. He had stabbed two guards in Brask, prosecutors said.", "Darek Volm"),
    ("Police arrested Darek Volm on Tuesday. Police said he stabbed two guards in Brask.", "Darek Volm"),
    # the speaker himself: "X said he shot ..."
    ("Darek Volm said he shot the guard in self-defence in Brask.", "Darek Volm"),
    # two people before the pronoun: a guess, left blank
    ("Darek Volm met Anna Berg on Tuesday. Police said she stabbed a guard in Brask.", None),
    ("Darek Volm argued with Piet Maarsen on Tuesday. Police said he stabbed him in Brask.", None),
])
def test_he_told_by_many_or_a_body_is_the_person_named_before(ann, text, want):  # type: ignore[no-untyped-def]
    ev = next(e for e in violent(ann, text) if e.trigger.text in ("stabbed", "shot"))
    assert name(ev.actor1) == want


@pytest.mark.parametrize("text,actor1", [
    ("The army accused the Crimson Brigade of killing 12 villagers in Brask.", "Crimson Brigade"),
    ("Kenya accused al-Shabaab of killing 12 soldiers near Kismayo.", "al-Shabaab"),
])
def test_a_killing_an_accusation_names_is_a_deed_of_its_own(ann, text, actor1):  # type: ignore[no-untyped-def]
    ev = on(violent(ann, text), "killing")  # it was folded into the accusation before, its doer lost
    assert name(ev.actor1) == actor1
    assert ev.modality == "claimed"  # the accuser's word, not a fact the report tells


@pytest.mark.parametrize("text,trigger,actor1", [
    ("A bomb exploded at the market in Brask on Monday. Officials blamed the Crimson Brigade.", "exploded",
     "Crimson Brigade"),
    ("The market in Brask was shelled on Monday, and the Crimson Brigade was blamed.", "shelled", "Crimson Brigade"),
    # a blame with a cause of its own, or an accusation that says not of what: the bombing's doer stays unnamed
    ("A bomb exploded at the market in Brask on Monday. Officials blamed the Crimson Brigade for the economic "
     "crisis.", "exploded", None),
    ("A bomb exploded at the market in Brask on Monday. Officials accused the Crimson Brigade.", "exploded", None),
    # a party's counter-blame: it denies its own part, or answers a blame of another side (merged main)
    ("A bomb exploded at the market in Mogadishu on Monday. Al-Shabaab denied any role and blamed government "
     "soldiers.", "exploded", None),
    ("A missile struck the bus station in Kharkiv on Friday. Russia's defence ministry said its forces did not fire "
     "it and blamed the Ukrainian army.", "struck", None),
])
def test_a_bare_blame_names_the_doer_of_the_deed_just_told(ann, text, trigger, actor1):  # type: ignore[no-untyped-def]
    assert name(on(violent(ann, text), trigger).actor1) == actor1


@pytest.mark.parametrize("text,actor1", [
    ("Last spring's battle for Brask was a costly victory for the Crimson Brigade.", "Crimson Brigade"),
    ("The fighting near Brask ended in a victory for the Crimson Brigade.", "Crimson Brigade"),
    ("The battle for Brask was a defeat for the Crimson Brigade.", None),  # the loser: which side acted is not said
    ("The battle for Brask was a victory for common sense.", None),  # no side at all
])
def test_the_side_a_fight_was_a_victory_for_fought_it(ann, text, actor1):  # type: ignore[no-untyped-def]
    ev = next(e for e in violent(ann, text) if e.trigger.text in ("battle", "fighting"))
    assert name(ev.actor1) == actor1
