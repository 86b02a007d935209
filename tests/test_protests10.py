"""Protest and riot readings, branch protests10 (issue 11; tests/data/protest_reports8): a crowd's arson is a violent
demonstration, a strike that people march in is a stoppage of work, a record in a present-perfect relative clause is
no force used on the protest, "blocks" of a street are no intervention, a mine that has guards is the pit. Sentences
written for these tests; people and incidents are made up, the towns real."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 6, 7)  # a Saturday


def _asserted(ann, text):  # type: ignore[no-untyped-def]
    evs = ann.annotate(text, DocContext("p10", published=PUB)).events
    return [e for e in evs if e.modality == "asserted" and e.event_type != "Political"]


def _subs(ann, text):  # type: ignore[no-untyped-def]
    return sorted(e.sub_event_type for e in _asserted(ann, text))


def test_crowd_arson_is_a_violent_demonstration(ann):  # type: ignore[no-untyped-def]
    subs = _subs(ann, "Villagers torched four trucks belonging to a quarry company outside Kitale on Friday, saying "
                      "its blasting had cracked their houses, police said.")
    assert subs == ["Violent demonstration"], subs
    subs = _subs(ann, "A crowd of about 300 people set two company tractors on fire at a sugar estate near Mumias on "
                      "Friday, police said.")
    assert subs == ["Violent demonstration"], subs


def test_crowd_that_beats_a_man_and_burns_his_motorbike_is_a_mob(ann):  # type: ignore[no-untyped-def]
    subs = _subs(ann, "A mob of residents beat a suspected thief to death in Kisii on Friday, police said. The crowd "
                      "chased the man, beat him with sticks and set his motorbike on fire.")
    assert "Violent demonstration" not in subs, subs


def test_strike_that_people_march_in_is_a_stoppage(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Hundreds of taxi drivers marched to the town hall in Eldoret on Friday in a strike against "
                         "rising fuel costs, police said.")
    assert not [e for e in evs if e.event_type == "Explosions/Remote violence"], [(e.sub_event_type, e.trigger.text) for e in evs]
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"], [e.sub_event_type for e in evs]


def test_record_in_a_relative_clause_is_no_force_on_the_march(ann):  # type: ignore[no-untyped-def]
    subs = _subs(ann, "Hundreds of traders marched through Mombasa on Friday against extortion gangs that have killed "
                      "six shopkeepers this year.")
    assert subs == ["Peaceful protest"], subs
    subs = _subs(ann, "Hundreds of taxi drivers rallied in Mombasa on Friday in a protest against gangs that have "
                      "killed six drivers this year.")
    assert subs == ["Peaceful protest"], subs


def test_blocks_of_an_avenue_are_no_intervention(ann):  # type: ignore[no-untyped-def]
    subs = _subs(ann, "Thousands of nurses marched through Nakuru on Friday to demand unpaid allowances. The march "
                      "filled six blocks of Kenyatta Avenue and ended with speeches outside the county offices.")
    assert subs == ["Peaceful protest"], subs


def test_a_mine_with_guards_is_the_pit(ann):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, "Youths threw stones at the mine's guards outside Tete on Friday after a digger was found "
                         "dead, police said.")
    assert not [e for e in evs if e.event_type == "Explosions/Remote violence"], [(e.sub_event_type, e.trigger.text) for e in evs]
