"""Protests and riots, third round (issue 16, branch protests3): police kit and crowd weapons told with a riot,
arrests made as people march, a curfew after unrest, a labour strike, a participle that tells a day, acts dated only
by a year. Sentences written for these tests; people are made up, the towns real."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 6, 4)  # a Wednesday


def _events(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("p3", published=PUB)).events


def _asserted(ann, text):  # type: ignore[no-untyped-def]
    return [e for e in _events(ann, text) if e.modality == "asserted" and e.event_type != "Political"]


def test_fire_set_to_a_post_is_no_base_set_up(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "An angry crowd set fire to a police post in Kisumu on Tuesday after a trader died in custody.")
    assert not [e for e in evs if e.sub_event_type == "Headquarters or base established"], evs
    # (a base, not a checkpoint: checkpoints set up are no base since branch subtypes15, ACLED's permanent or
    # semi-permanent base)
    kept = _asserted(ann, "Soldiers set up a base outside Gao on Tuesday.")
    assert [e for e in kept if e.sub_event_type == "Headquarters or base established"]


def test_gas_grenades_fired_by_police_are_no_grenade_attack(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Police fired gas grenades at the marchers in Multan on Tuesday.")
    assert not [e for e in evs if e.event_type == "Explosions/Remote violence"], [e.sub_event_type for e in evs]


def test_arrest_as_people_march_is_an_intervention(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Police arrested 20 nurses in Mbale on Tuesday as they tried to march to the district "
                         "offices to protest against unpaid salaries.")
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]
    over = _asserted(ann, "Police arrested a teacher in Mbale on Tuesday who had organised a rally in May.")
    assert "Arrests" in [e.sub_event_type for e in over]


def test_curfew_and_force_told_with_a_riot_are_part_of_it(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Protesters hurled stones at police outside the governor's office in Kaduna on Tuesday. "
                         "Officers fired live rounds into the crowd, killing two protesters. "
                         "Authorities imposed a curfew on the city overnight.")
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"], [e.sub_event_type for e in evs]
    assert evs[0].fatalities is not None and evs[0].fatalities.low == 2


def test_petrol_bombs_thrown_in_a_riot_are_no_bombing(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Rioters torched two buses in Jos on Tuesday. Some threw stones and petrol bombs at the "
                         "police, witnesses said.")
    assert not [e for e in evs if e.event_type == "Explosions/Remote violence"], [e.sub_event_type for e in evs]


def test_participle_with_a_day_tells_an_incident(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Soldiers opened fire on farmers protesting in Sylhet on Tuesday, killing two of them, "
                         "a doctor said.")
    assert [e.sub_event_type for e in evs] == ["Excessive force against protesters"], [e.sub_event_type for e in evs]


def test_acts_told_only_by_a_year_are_background(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Police arrested 30 teachers at a march in Gulu on Tuesday. It was the third time this "
                         "year that teachers were detained by the police.")
    assert len(evs) == 1 and evs[0].date_start == dt.date(2025, 6, 3), [(e.sub_event_type, e.date_start) for e in evs]


def test_strike_over_prices_is_a_protest(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Bus drivers in Kumasi began a strike over fuel prices on Tuesday.")
    assert [e.event_type for e in evs] == ["Protests"], [e.sub_event_type for e in evs]


def test_called_strike_is_no_protest_held(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "The drivers' union called a strike over fuel prices for Friday.")
    assert not [e for e in evs if e.event_type == "Protests"], [(e.sub_event_type, e.date_start) for e in evs]


def _name(a):  # type: ignore[no-untyped-def]
    return a.name if a is not None else None


def _actor2_of(ann, text, sub):  # type: ignore[no-untyped-def]
    """The actor2 names of the asserted events of sub-type ``sub`` told by ``text``."""
    return [_name(e.actor2) for e in _asserted(ann, text) if e.sub_event_type == sub]


@pytest.mark.parametrize("text, sub, actor2", [
    # the riot's police told in a sentence of their own
    ("Student protesters hurled rocks and burnt tyres outside the town hall in Tamale on Tuesday. Police responded "
     "with tear gas.", "Violent demonstration", "Police Forces of Ghana"),
    # a mob that kills: the country's civilians, the police only the speaker
    ("A mob beat a trader to death at a market in Tamale on Tuesday, police said.", "Mob violence", "Civilians (Ghana)"),
    ("A mob beat a herder to death near Tamale on Tuesday, police and witnesses said.", "Mob violence",
     "Civilians (Ghana)"),
    # a mob that attacks a police post: the police
    ("An angry mob set fire to a police post in Tamale on Tuesday after a driver was shot at a checkpoint, residents "
     "said.", "Mob violence", "Police Forces of Ghana"),
])
def test_sides_of_riots_and_mobs_named_as_acled(ann, text, sub, actor2):  # type: ignore[no-untyped-def]
    assert _actor2_of(ann, text, sub)[:1] == [actor2], _actor2_of(ann, text, sub)


def test_riot_told_again_without_its_day_is_one_riot(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "A mob torched eight shops in Moradabad on Sunday after a dispute over a procession. "
                         "Hundreds of people armed with sticks pelted stones at the police near the market.")
    assert [e.event_type for e in evs] == ["Riots"], [(e.sub_event_type, e.date_start) for e in evs]


def test_march_called_off_is_no_protest_held(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Traders in Gulu said on Tuesday they had called off the march to the district offices.")
    assert not [e for e in evs if e.event_type == "Protests"], [(e.sub_event_type, e.modality) for e in evs]
