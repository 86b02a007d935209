"""Branch subtypes10 tests (own sentences, made-up names): a fight with gunfire and grenades or charges is an armed
clash, as a clause of its own (events/subtype ``firefight``) and as a retelling folded into its lead
(events/merge_lend.absorb with events/firefight); a clash told again from the other side is one clash with both sides
(events/clash_sides); papers seized by police are no ground taken (cue ``seized_goods``)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.events.firefight import gunfire_told
from sitrep.nlp.annotate import DocContext

D = dt.date


def _events(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=D(2025, 6, 11)))
    return [e for e in an.events if e.event_type != "Political" and e.modality == "asserted"]


# -- gunfire words (events/firefight) --------------------------------------------------------------------------------

@pytest.mark.parametrize("words,want", [
    (["open", "fire", "grenade"], True), (["rifles", "explosive"], True), (["exchanged", "fire"], True),
    (["set", "fire", "house"], False), (["gunmen", "bomb"], False),
])
def test_gunfire_told(words, want):
    assert gunfire_told(words) is want


# -- a firefight with grenades or charges: an armed clash -------------------------------------------------------------

_FIGHTS = [
    # clauses of their own: the rebels' fire and grenades, or charges, at the troops
    "Korvath rebels opened fire on an army patrol and threw grenades at the soldiers on Tuesday, the army said.",
    "Velmar soldiers fought Korvath rebels near a border post on Tuesday, the army said. The rebels opened fire on "
    "the patrol and hurled explosive charges at the troops, who fired back.",
    # a retelling folded into the lead: "fired rifles and launched improvised explosives at the post"
    "Gunmen attacked an army post outside a mining village on Saturday night, wounding two soldiers, the army said. "
    "The attackers fired rifles and launched improvised explosives at the post for two hours.",
]


@pytest.mark.parametrize("text", _FIGHTS)
def test_firefight_with_explosives_is_an_armed_clash(ann, text):
    got = [e.sub_event_type for e in _events(ann, text) if e.event_type != "Strategic developments"]
    assert "Armed clash" in got
    assert not {"Grenade", "Remote explosive/landmine/IED"} & set(got)


def test_grenade_thrown_at_shoppers_stays_a_grenade(ann):
    # a guard: no armed side is hit; no gunfire told with the grenade
    got = [e.sub_event_type for e in _events(ann, "A man threw a grenade into a crowded market in a river town on "
                                                  "Tuesday, wounding six shoppers, police said.")]
    assert got == ["Grenade"]


def test_gunfire_and_grenade_at_shoppers_stays_a_grenade(ann):
    # a guard: gunfire and a grenade aimed at people with no arms is no clash
    got = [e.sub_event_type for e in _events(ann, "Gunmen opened fire on shoppers and threw a grenade into a market "
                                                  "on Tuesday, police said.")]
    assert "Armed clash" not in got


def test_planted_bomb_on_a_patrol_stays_an_ied(ann):
    # a guard: a bomb with no gunfire keeps its weapon's sub-type
    got = [e.sub_event_type for e in _events(ann, "A roadside bomb struck an army patrol near a hill town on "
                                                  "Tuesday, killing three soldiers, the military said.")]
    assert got == ["Remote explosive/landmine/IED"]


# -- a clash told from the other side (events/clash_sides) ------------------------------------------------------------

def test_clash_retold_from_the_other_side_is_one_clash_with_both_sides(ann):
    text = ("Velmar soldiers battled through the afternoon in farmland near a border post on Tuesday, leaving five "
            "dead, the army said. Korvath rebels opened fire on the Velmar soldiers from a ridge and hurled explosive "
            "charges at them.")
    clashes = [e for e in _events(ann, text) if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1
    sides = {clashes[0].actor1.name if clashes[0].actor1 else None, clashes[0].actor2.name if clashes[0].actor2 else None}
    assert None not in sides and len(sides) == 2


# -- papers seized by police (cue seized_goods) ----------------------------------------------------------------------

def test_leaflets_seized_by_police_are_no_territory(ann):
    got = [e.sub_event_type for e in _events(ann, "Police arrested eight activists at a hotel on Tuesday. Officers "
                                                  "seized leaflets calling for a march.")]
    assert "Non-state actor overtakes territory" not in got and "Government regains territory" not in got


# -- a withdrawal with a handover conjoined: the taker is actor1 (events/handover) -----------------------------------

def test_withdrawal_and_handover_names_the_taker(ann):
    an = ann.annotate("Ethiopian troops pulled out of their base in Luuq on Monday and handed it to the Somali "
                      "National Army, officials said.", DocContext("r1", published=D(2025, 8, 20)))
    got = [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in an.events
           if e.sub_event_type == "Non-violent transfer of territory"]
    assert got == [("Military Forces of Somalia", "Military Forces of Ethiopia")]


def test_withdrawal_alone_keeps_its_side(ann):
    # a guard: no handover conjoined, the side that left stays actor1
    an = ann.annotate("Ethiopian troops pulled out of their base in Luuq on Monday, officials said.",
                      DocContext("r1", published=D(2025, 8, 20)))
    got = [e.actor1.name if e.actor1 else None for e in an.events
           if e.sub_event_type == "Non-violent transfer of territory"]
    assert got == ["Military Forces of Ethiopia"]


# -- "sent by the forces": the forces are the doer, none sent (events/triggers MOBILIZE) ------------------------------

def test_weapons_sent_by_forces_are_no_deployment(ann):
    got = [e.sub_event_type for e in _events(ann, "Drones sent by the rebel forces struck a power station in the "
                                                  "city on Tuesday.")]
    assert "Change to group/activity" not in got and "Air/drone strike" in got


def test_forces_sent_are_a_deployment(ann):
    # a guard: the forces as what is sent
    an = ann.annotate("The army sent forces to the border town on Tuesday.", DocContext("r1", published=D(2025, 6, 11)))
    assert [e.sub_event_type for e in an.events if e.sub_event_type] == ["Change to group/activity"]
