"""Restatements of one incident merge; two incidents of one report, or two deeds of one sentence by different
agents, stay apart (issue 16). Hand-built mentions on text written for these tests (names and places made up)."""
from __future__ import annotations

import pytest
from storyfix import D, article, retake_mention, span, town_place

from sitrep.events.merge import merge_restatements
from sitrep.model import ActorRef

FILLER = " The town council met in the evening to discuss the harvest festival and the new library roof." * 4


def _victim(a, phrase, eid):  # type: ignore[no-untyped-def]
    return ActorRef(eid, phrase, span(a, phrase))


def _deed(a, phrase, sub, etype, actor1=None, actor2=None, day=D(2023, 5, 9), prec="day", place=None):  # type: ignore[no-untyped-def]
    m = retake_mention(a, phrase, place, day, prec=prec, actor1=actor1, actor2=actor2, sub=sub, etype=etype)
    m.place_source = "clause" if place is not None else ""
    return m


def _bomb(a, phrase, **kw):  # type: ignore[no-untyped-def]
    return _deed(a, phrase, "Remote explosive/landmine/IED", "Explosions/Remote violence", **kw)


def _attack(a, phrase, **kw):  # type: ignore[no-untyped-def]
    return _deed(a, phrase, "Attack", "Violence against civilians", **kw)


@pytest.mark.parametrize("first, phrase1, id1, second, phrase2, id2", [
    # a named group, and civilians killed elsewhere far down the report
    ("A bomb wrecked the offices of a dockworkers federation in Perrow on Tuesday.", "a dockworkers federation",
     "x:dockworkers-federation", " Civilians were shot dead by gunmen on Tuesday in another district.", "Civilians",
     "CIVILIANS"),
    # two named victims
    ("A grenade hit the farm of the Ostrava family near Perrow on Tuesday.", "the Ostrava family",
     "x:ostrava-family", " Gunmen also shot a retired magistrate on Tuesday.", "a retired magistrate",
     "x:retired-magistrate"),
])
def test_victims_told_apart_far_down_the_report_are_two_incidents(first, phrase1, id1, second, phrase2, id2):  # type: ignore[no-untyped-def]
    a = article("a1", first + FILLER + second, "Daily Courier", D(2023, 5, 10))
    ms = [_bomb(a, first.split()[1], actor2=_victim(a, phrase1, id1)),
          _attack(a, "shot", actor2=_victim(a, phrase2, id2))]
    assert len(merge_restatements(ms)) == 2


@pytest.mark.parametrize("text, deed1, victim1, deed2, victim2, place", [
    # the same paragraph
    ("A bomb wrecked the offices of a dockworkers federation in Perrow on Tuesday. Three civilians died in the blast.",
     "bomb", ("a dockworkers federation", "x:dockworkers-federation"), "died", ("Three civilians", "CIVILIANS"), None),
    # far down the report, but a noun pointing back ("the attack")
    ("Gunmen raided the farm of the Ostrava family near Perrow on Tuesday." + FILLER +
     " Two civilians were hurt in the attack.",
     "raided", ("the Ostrava family", "x:ostrava-family"), "attack", ("Two civilians", "CIVILIANS"), None),
    # far down the report, at the same town named by both clauses
    ("Gunmen attacked the farm of the Ostrava family in Perrow on Tuesday." + FILLER +
     " Civilians were shot in Perrow on Tuesday.",
     "attacked", ("the Ostrava family", "x:ostrava-family"), "shot", ("Civilians", "CIVILIANS"), "Perrow"),
    # a victim named again with more words
    ("Gunmen shot two reporters in Perrow on Tuesday." + FILLER + " The reporter Ana Tulo was hit twice.",
     "shot", ("two reporters", "x:reporters"), "hit", ("The reporter Ana Tulo", "x:reporter-ana-tulo"), None),
])
def test_one_incident_told_twice_with_other_victim_words_still_merges(text, deed1, victim1, deed2, victim2, place):  # type: ignore[no-untyped-def]
    a = article("a1", text, "Daily Courier", D(2023, 5, 10))
    where = town_place(a, place) if place else None
    ms = [_attack(a, deed1, actor2=_victim(a, *victim1), place=where),
          _attack(a, deed2, actor2=_victim(a, *victim2), place=where)]
    assert len(merge_restatements(ms)) == 1


POLICE = ActorRef("x:police", "police")
REBELS = ActorRef("x:rebels", "rebels")


def test_a_warning_shot_by_police_is_not_merged_into_a_bombing_of_its_sentence():
    text = "Two bombs were detonated near the Perrow market on Tuesday and the police fired shots in the air."
    a = article("a1", text, "Daily Courier", D(2023, 5, 10))
    bomb = _bomb(a, "detonated")
    shot = _attack(a, "fired", actor1=ActorRef("x:police", "police", span(a, "police")))
    out = merge_restatements([bomb, shot])
    assert len(out) == 2
    assert out[0].actor1 is None and out[1].actor1.entity_id == "x:police"
    # the other order: the police first
    text = "The police fired shots in the air as two bombs were detonated near the Perrow market on Tuesday."
    a = article("a2", text, "Daily Courier", D(2023, 5, 10))
    out = merge_restatements([_attack(a, "fired", actor1=ActorRef("x:police", "police", span(a, "police"))),
                              _bomb(a, "detonated")])
    assert len(out) == 2 and out[1].sub_event_type == "Remote explosive/landmine/IED" and out[1].actor1 is None


def test_one_deed_told_twice_in_a_sentence_still_merges():
    # the agent's bombing and a bare "attack" of the same sentence
    text = "Rebels bombed the Perrow bus depot on Tuesday, and two guards died in the attack."
    a = article("a1", text, "Daily Courier", D(2023, 5, 10))
    out = merge_restatements([_bomb(a, "bombed", actor1=REBELS), _attack(a, "attack")])
    assert len(out) == 1 and out[0].actor1 is REBELS and out[0].sub_event_type == "Remote explosive/landmine/IED"
    # the same weapon told twice: a bomb planted by rebels exploded
    text = "A bomb planted by rebels exploded in Perrow on Tuesday, and the bombing wrecked the depot."
    a = article("a2", text, "Daily Courier", D(2023, 5, 10))
    out = merge_restatements([_bomb(a, "planted", actor1=REBELS), _bomb(a, "bombing")])
    assert len(out) == 1 and out[0].actor1 is REBELS
