"""Protest and riot readings, branch protests10 (issue 11; tests/data/protest_reports8): a crowd's arson is a violent
demonstration, a strike that people march in is a stoppage of work, a record in a present-perfect relative clause is
no force used on the protest, "blocks" of a street are no intervention, a mine that has guards is the pit, a crowd's
own road block is no intervention, a crowd singing on the road it blocked no riot, a fight told by police has no
police side, the dead a funeral march carries are its cause, people dispersed for a block are an intervention.
Sentences written for these tests; people and incidents are made up, the towns real."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 6, 7)  # a Saturday


def _asserted(ann, text):  # type: ignore[no-untyped-def]
    evs = ann.annotate(text, DocContext("p10", published=PUB)).events
    return [e for e in evs if e.modality == "asserted" and e.event_type != "Political"]


CASES = [
    # a crowd's arson is a violent demonstration (events/crowd_violence.crowd_destruction)
    ("Villagers torched four trucks belonging to a quarry company outside Kitale on Friday, saying its blasting had "
     "cracked their houses, police said.", ["Violent demonstration"]),
    ("A crowd of about 300 people set two company tractors on fire at a sugar estate near Mumias on Friday, police "
     "said.", ["Violent demonstration"]),
    # a record in a present-perfect relative clause is the protest's cause (crowd_violence.record_only_lemmas)
    ("Hundreds of traders marched through Mombasa on Friday against extortion gangs that have killed six shopkeepers "
     "this year.", ["Peaceful protest"]),
    ("Hundreds of taxi drivers rallied in Mombasa on Friday in a protest against gangs that have killed six drivers "
     "this year.", ["Peaceful protest"]),
    # "blocks" of an avenue are no intervention (crowd_violence._block_nouns_only)
    ("Thousands of nurses marched through Nakuru on Friday to demand unpaid allowances. The march filled six blocks of "
     "Kenyatta Avenue and ended with speeches outside the county offices.", ["Peaceful protest"]),
    # the crowd's own blocking is no intervention (subtype.crowd_only_block_lemmas)
    ("Hundreds of students blocked a busy junction in Khulna on Friday, sitting on the road for three hours, in a "
     "protest that police watched from a distance.", ["Peaceful protest"]),
    # the police who tell a fight are no side of it (subtype._communal_clash)
    ("Supporters of two rival factions of a ruling party fought with sticks and machetes in Jessore on Friday evening, "
     "police said.", ["Mob violence"]),
    # people dispersed for a block they had made: an intervention (subtype._blockade_dispersed)
    ("Riot police used water cannon to disperse about 200 demonstrators who had blocked a street in Kutaisi on Friday, "
     "and detained nine of them, the interior ministry said.", ["Protest with intervention"]),
    # a road blockade cleared is a protest's, no territory (events/crowd_blockade.blockade_cleared)
    ("Police cleared a road blockade on Friday near Espinar in the southern Cusco region, where farmers had stopped "
     "ore trucks for a week.", ["Protest with intervention"]),
]

DEMO_CASES = [
    # a crowd singing on the road it blocked holds it as its protest (crowd_violence.told_unarmed)
    ("Police fired on demonstrators in Bo on Friday, killing three men, witnesses said.\n\nThe demonstrators had "
     "blocked the main road to protest against water shortages and were singing when officers opened fire.",
     ["Excessive force against protesters"]),
    # the dead a funeral march carries are its cause (events/mourned)
    ("Thousands of people marched through Puno on Friday behind the coffins of three men who died of wounds from last "
     "month's clashes, local radio reported.", ["Peaceful protest"]),
]


@pytest.mark.parametrize("text,want", CASES)
def test_sub_types(ann, text, want):  # type: ignore[no-untyped-def]
    subs = sorted(e.sub_event_type for e in _asserted(ann, text))
    assert subs == want, subs


@pytest.mark.parametrize("text,want", DEMO_CASES)
def test_protest_and_riot_sub_types(ann, text, want):  # type: ignore[no-untyped-def]
    subs = sorted(e.sub_event_type for e in _asserted(ann, text) if e.event_type in ("Protests", "Riots"))
    assert subs == want, subs


def test_crowd_that_beats_a_man_and_burns_his_motorbike_is_a_mob(ann):  # type: ignore[no-untyped-def]
    subs = [e.sub_event_type for e in _asserted(ann, "A mob of residents beat a suspected thief to death in Kisii on "
                                                     "Friday, police said. The crowd chased the man, beat him with "
                                                     "sticks and set his motorbike on fire.")]
    assert "Violent demonstration" not in subs, subs


@pytest.mark.parametrize("text", [
    # a strike that people march in is a stoppage of work (word_senses._strike_joined)
    "Hundreds of taxi drivers marched to the town hall in Eldoret on Friday in a strike against rising fuel costs, "
    "police said.",
    # a mine that has guards is the pit (word_senses.dug_mine)
    "Youths threw stones at the mine's guards outside Tete on Friday after a digger was found dead, police said.",
])
def test_no_explosion_read(ann, text):  # type: ignore[no-untyped-def]
    evs = _asserted(ann, text)
    assert not [e for e in evs if e.event_type == "Explosions/Remote violence"], [(e.sub_event_type, e.trigger.text) for e in evs]
