"""Known extraction faults of issue 16 (branch leftbugs2): each with the sentences that showed it and their
negatives. Sentences and names written for these tests."""
from __future__ import annotations

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES

from test_events_leftbugs import _dead, _events, _violent  # noqa: F401
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def _name(a):  # type: ignore[no-untyped-def]
    return a.name if a is not None else None


# 1. a fight's noun as the subject of "killed": a battle whose dead are its toll, not its second side
@pytest.mark.parametrize("text,sides,dead", [
    ("Clashes killed 30 people in the hill villages above Tesmar.", (None, None), 30),
    ("Heavy fighting killed 12 civilians near Tesmar on Monday.", (None, None), 12),
    ("Clashes between the army and the Kelmorth Brigade killed 30 people near Tesmar.", ("army", "Kelmorth Brigade"), 30),
])
def test_fight_that_killed_is_a_battle(ann, text, sides, dead):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Battles", "Armed clash")], evs
    assert (_name(evs[0].actor1), _name(evs[0].actor2)) == sides
    assert _dead(evs[0]) == dead


def test_bomb_that_killed_keeps_its_victims(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "A bomb killed 12 people at a market near Tesmar on Monday.")
    assert [_name(e.actor2) for e in evs] == ["Civilians"]


# 2. a deed told in a clause under a denial is an event of its own, denied, beside the denial
@pytest.mark.parametrize("text,trig,doer", [
    ("The army denied that it shelled the village of Morvek.", "shelled", "army"),
    ("The army denied that its soldiers killed three farmers near Morvek on Monday.", "killed", "army"),
])
def test_deed_under_denial_is_denied(ann, text, trig, doer):  # type: ignore[no-untyped-def]
    evs = _events(ann, text)
    deeds = [e for e in evs if e.event_type in VIOLENT_EVENT_TYPES]
    assert [(e.trigger.text, e.modality, _name(e.actor1)) for e in deeds] == [(trig, "denied", doer)]
    assert [e.plover for e in evs if e.event_type == "Political"] == ["REJECT"]


def test_denying_who_did_a_deed_told_before_adds_no_deed(ann):  # type: ignore[no-untyped-def]
    # the strike was told as done: the denial is about who did it, not another (denied) strike
    evs = _events(ann, "A missile struck the station in Morvek on Friday, killing 12 people. The ministry denied that "
                       "its forces fired the missile.")
    deeds = [e for e in evs if e.event_type in VIOLENT_EVENT_TYPES]
    assert [(e.modality, _dead(e)) for e in deeds] == [("asserted", 12)]
    assert [e.plover for e in evs if e.event_type == "Political"] == ["REJECT"]


def test_own_deed_said_not_done_stays_a_rejection(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "The ministry said it did not strike the station in Morvek.")
    assert [(e.event_type, e.plover) for e in evs] == [("Political", "REJECT")]


# 3. a deed a protest is against is the protest's grievance: neither its dead nor its victims are the protest's
@pytest.mark.parametrize("text", [
    "Hundreds marched in Delvora to protest the killing of ten workers.",
    "Thousands rallied in Delvora against the killing of three students.",
])
def test_protest_grievance_is_no_toll_of_the_protest(ann, text):  # type: ignore[no-untyped-def]
    evs = _events(ann, text)
    protests = [e for e in evs if e.event_type == "Protests"]
    assert len(protests) == 1, [(e.trigger.text, e.modality) for e in protests]
    assert protests[0].modality == "asserted" and protests[0].fatalities is None and protests[0].actor2 is None
    deeds = [e for e in evs if e.event_type in VIOLENT_EVENT_TYPES]
    assert all(e.modality in ("asserted", "background") for e in deeds)


def test_grievance_beside_other_news_adds_no_count(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Gunmen killed two guards in Kelmorth on Sunday. Hundreds marched in Delvora to protest the "
                       "killing of ten workers.")
    assert [_dead(e) for e in evs if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES] == [2]


def test_force_used_on_a_march_stays_its_toll(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Soldiers fired on a march in Delvora, killing four protesters.")
    assert [(e.event_type, _dead(e)) for e in evs] == [("Protests", 4)]
