"""Known extraction faults of issue 16 (branch leftbugs): each with the sentences that showed it and their
negatives. Sentences and names written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext

from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def _events(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("lb1", published=dt.date(2024, 5, 6))).events


def _violent(ann, text):  # type: ignore[no-untyped-def]
    return [e for e in _events(ann, text) if e.event_type in VIOLENT_EVENT_TYPES]


def _dead(e):  # type: ignore[no-untyped-def]
    return None if e.fatalities is None else e.fatalities.low


# 2. an indirect yes/no question leaves the deed open: neither told nor denied; a wh-question takes it as done
OPEN = ("conditional", "claimed", "disputed")
QUESTIONS = [
    ("Officials did not say whether the army shelled the village of Korvash.", OPEN),
    ("Police would not say if the gunmen killed the guard.", OPEN),
    ("It is unclear whether the rebels attacked the convoy near Tesmar.", OPEN),
    ("Officials did not say why the army shelled the village of Korvash.", ("asserted",)),
    ("The army did not shell the village of Korvash, officials said.", ("denied",)),
]


@pytest.mark.parametrize("text,allowed", QUESTIONS)
def test_whether_clause_is_neither_told_nor_denied(ann, text, allowed):  # type: ignore[no-untyped-def]
    mods = [(e.trigger.text, e.modality) for e in _violent(ann, text)]
    assert mods and all(m in allowed for _, m in mods), mods


# 11. a name the dictionary does not know loses the possessive ending of its phrase
@pytest.mark.parametrize("text,want", [
    ("Kaleo's attack on the village of Mirsk killed four people.", "Kaleo"),
    ("The Tavrin Front's fighters attacked the village of Mirsk on Monday.", "Tavrin Front"),
])
def test_unknown_name_without_possessive(ann, text, want):  # type: ignore[no-untyped-def]
    names = [e.actor1.name if e.actor1 else None for e in _violent(ann, text)]
    assert names == [want], names


# 8. the people a battle left dead are its toll, not its second side
@pytest.mark.parametrize("text,sides", [
    ("Clashes left 30 people dead in Durnholt on Monday.", (None, None)),
    ("Heavy fighting in Durnholt left 12 civilians dead on Monday.", (None, None)),
    ("Clashes between the army and the Tavrin Front left 30 people dead in Durnholt.", ("army", "Tavrin Front")),
])
def test_battle_dead_are_no_side(ann, text, sides):  # type: ignore[no-untyped-def]
    evs = [e for e in _violent(ann, text) if e.event_type == "Battles"]
    assert len(evs) == 1 and _dead(evs[0]) is not None
    got = tuple(a.name if a else None for a in (evs[0].actor1, evs[0].actor2))
    assert got == sides, got


def test_bomb_left_dead_keeps_its_victims(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "A bomb left 12 people dead at a market in Durnholt on Monday.")
    assert [e.actor2.name if e.actor2 else None for e in evs] == ["Civilians"]


# 10. one by-phrase for two passive conjuncts when the second has no auxiliary of its own
@pytest.mark.parametrize("text,doer", [
    ("14 villagers were killed and houses burned by the militia in Ostrava on Monday.", "militia"),
    ("Two farmers were shot and their homes looted by the rebels on Monday.", "rebels"),
    ("Two farmers were shot and their homes were looted by the rebels on Monday.", None),
])
def test_gapped_by_phrase_covers_both_conjuncts(ann, text, doer):  # type: ignore[no-untyped-def]
    first = _violent(ann, text)[0]
    assert first.trigger.text in ("killed", "shot")
    assert (first.actor1.name if first.actor1 else None) == doer


# 5. a unit word in the doer's own name is no unit formed ("launch" + "brigade")
@pytest.mark.parametrize("text,want", [
    ("The Kestrel Brigade launched an attack on the town of Orvik on Monday.", None),
    ("The Red Crescent Brigade established checkpoints around Orvik.", None),
    ("The rebels launched a new brigade in the north on Monday.", "launched"),
    ("A new militia was formed in Orvik last week.", "formed"),
    ("The Kestrel Group joined the Orvik Front on Monday.", "joined"),
])
def test_own_name_is_no_new_unit(ann, text, want):  # type: ignore[no-untyped-def]
    made = [e.trigger.text for e in _events(ann, text) if e.sub_event_type == "Change to group/activity"]
    assert made == ([want] if want else []), made


# 4. a plural deed noun whose count is told as a sum adds up several deeds: no toll of the one incident told
@pytest.mark.parametrize("text,dead", [
    ("Gunmen stormed a market in Talvic on Monday. The attacks killed 40 people in total.", None),
    ("Gunmen stormed a market in Talvic on Monday. Altogether the bombings have killed 40 people.", None),
    ("Gunmen stormed a market in Talvic on Monday. The attack killed 40 people.", 40),
    ("Clashes broke out in Talvic on Monday. The clashes killed 12 people.", 12),
])
def test_summed_plural_toll_not_lent(ann, text, dead):  # type: ignore[no-untyped-def]
    evs = [e for e in _violent(ann, text) if e.modality == "asserted"]
    assert [_dead(e) for e in evs][:1] == [dead], [(e.trigger.text, _dead(e)) for e in evs]


# 6. a vehicle that struck someone, named in the by-phrase of the coordinated verb, is a road death, not shelling
def test_struck_and_killed_by_a_car_is_no_shelling(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "A 9-year-old boy was struck and killed by a car in Brennford on Friday.")
    assert evs and all(e.event_type not in VIOLENT_EVENT_TYPES for e in evs), [(e.trigger.text, e.sub_event_type) for e in evs]


def test_struck_and_killed_by_a_rocket_stays_shelling(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "A soldier was struck and killed by a rocket in Brennford on Friday.")
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]



# 1. a deed noun with a relative clause that tells its dead is news of its own, beside a denied arrest
def test_denied_arrest_keeps_the_deadly_shooting(ann):  # type: ignore[no-untyped-def]
    text = "No arrests have been made in the shooting that killed two men in Dravenport on Sunday."
    evs = _events(ann, text)
    violent = [(e.modality, _dead(e)) for e in evs if e.event_type in VIOLENT_EVENT_TYPES]
    assert violent == [("asserted", 2)], violent
    assert [e.modality for e in evs if e.sub_event_type == "Arrests"] == ["denied"]


# 9. bare "soldiers": the forces of the report's one country, blank when it has none or two
@pytest.mark.parametrize("text,doer", [
    ("Soldiers opened fire on a crowd in Parvel on Monday, killing three.", None),
    ("Soldiers opened fire on a crowd in Nairobi on Monday, killing three.", "Military Forces of Kenya"),
    ("Ugandan troops crossed into Kenya on Monday. Soldiers opened fire on a crowd in Nairobi, killing three.", None),
])
def test_bare_soldiers_take_only_a_clear_country(ann, text, doer):  # type: ignore[no-untyped-def]
    evs = [e for e in _violent(ann, text) if _dead(e) == 3]
    assert [e.actor1.name if e.actor1 else None for e in evs] == [doer]
