"""Crowd-control kit, people on strike and people made to march are no weapon's strike and no protest (events/munitions,
events/word_senses).

"Police fired teargas shells at the students" is an intervention in a protest (ACLED), not a shelling; "stun
grenades" are no grenade attack; "rubber bullets" are no live fire; "striking teachers marched" tells people on a
labour strike, no strike of a weapon. Sentences written for these tests; people are made up, the towns real."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 6, 4)  # a Wednesday
_WEAPONS = frozenset({"Shelling/artillery/missile attack", "Grenade"})


def _asserted(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("m1", published=PUB))
    return [e for e in an.events if e.modality == "asserted"]


def test_teargas_shells_are_no_shelling(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Police fired teargas shells at a crowd of students in Meerut on Monday.")
    assert not [e for e in evs if e.sub_event_type in _WEAPONS], [(e.sub_event_type, e.trigger.text) for e in evs]


def test_stun_grenades_are_no_grenade_attack(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Officers threw stun grenades at the marchers outside parliament in Quito on Friday.")
    assert not [e for e in evs if e.sub_event_type in _WEAPONS], [(e.sub_event_type, e.trigger.text) for e in evs]


def test_rubber_bullets_to_disperse_are_an_intervention(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Police fired tear gas shells and rubber bullets to disperse hundreds of protesters "
                         "in Dhaka on Sunday.")
    subs = [e.sub_event_type for e in evs]
    assert "Protest with intervention" in subs and not set(subs) & (_WEAPONS | {"Excessive force against protesters"}), subs


def test_live_bullets_and_real_shells_stay_weapons(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Police fired live bullets at protesters in Bamako on Friday, killing three.")
    assert [e for e in evs if e.sub_event_type == "Excessive force against protesters"], [e.sub_event_type for e in evs]
    evs = _asserted(ann, "Rebels lobbed mortar shells at the army base in Kidal on Monday.")
    assert [e for e in evs if e.sub_event_type == "Shelling/artillery/missile attack"], [e.sub_event_type for e in evs]
    evs = _asserted(ann, "A man threw a grenade into a bar in Cali on Friday, killing two.")
    assert [e for e in evs if e.sub_event_type == "Grenade"], [e.sub_event_type for e in evs]


def test_striking_workers_are_no_strike_of_a_weapon(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Striking teachers marched to the education ministry in Nairobi on Monday.")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"], [(e.sub_event_type, e.trigger.text) for e in evs]
    evs = _asserted(ann, "Striking dockworkers blocked the port gates in Mombasa on Tuesday.")
    assert not [e for e in evs if e.event_type == "Explosions/Remote violence"], [e.sub_event_type for e in evs]


def test_people_made_to_march_are_no_protest(ann):  # type: ignore[no-untyped-def]
    # (a deed of a past year is background since precision9, events/whole_year: its sense is what is tested here)
    evs = [e for e in ann.annotate("In 1915 thousands of villagers were deported, massacred, or marched to their "
                                   "deaths in the desert.", DocContext("m1", published=PUB)).events
           if e.event_type != "Political"]
    assert [e.sub_event_type for e in evs] == ["Attack"], [(e.sub_event_type, e.trigger.text) for e in evs]
    evs = _asserted(ann, "The prisoners were marched to a camp outside Goma by the rebels on Monday.")
    assert not [e for e in evs if e.event_type == "Protests"], [e.sub_event_type for e in evs]
    evs = _asserted(ann, "Thousands of teachers marched to parliament in Nairobi on Monday.")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"], [e.sub_event_type for e in evs]
