"""Branch subtypes12 tests (own sentences, made-up names and places): a blast first told as shelling and then
corrected is no shelling (events/first_account); a result participle's weapon is told by the clause it follows
(events/carrier); shots fired into the air are no air strike, no deed (word_senses.shots_in_air); the crater or
pieces of a weapon found after a blast are no disrupted weapons use (events/blast_traces); a takeover after "no shots
were fired" is a non-violent transfer (events/unopposed); people rounded up by gunmen are abducted, not arrested, and
"marched them" is no protest march (subtype ``nonstate_roundup``, word_senses.forced_march); "broke away and formed
a new force" is a change to group/activity; "fighting alongside" an ally is no clash of its own; "fighting has killed
hundreds since March" is a tally over a period (nlp/period_tally)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.nlp.annotate import DocContext

D = dt.date


def _events(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=D(2025, 6, 11)))
    return [e for e in an.events if e.event_type != "Political" and e.modality == "asserted"]


def _subs(ann, text):  # type: ignore[no-untyped-def]
    return sorted({e.sub_event_type for e in _events(ann, text)})


# -- a first account corrected (events/first_account) ------------------------------------------------------------------

def test_blast_first_taken_for_shelling_is_a_mine(ann):
    text = ("A landmine blew up under a lorry on a farm track outside Dravost on Tuesday, killing two labourers, "
            "the mayor said. Villagers at first believed the track had come under mortar fire, but engineers later "
            "found that a buried mine had gone off.")
    assert _subs(ann, text) == ["Remote explosive/landmine/IED"]


def test_uncorrected_first_account_stays(ann):
    # a guard: "initially said" with no correction after it keeps its deed
    text = "Officials initially said that artillery had shelled the market in Dravost on Tuesday, killing three."
    assert "Shelling/artillery/missile attack" in _subs(ann, text)


# -- the weapon told by the clause a participle follows (events/carrier) ----------------------------------------------

def test_drone_dropped_bomb_killing_two_is_a_drone_strike(ann):
    text = ("An explosive dropped from a small drone hit a house in Dravost on Tuesday, killing two boys and "
            "wounding their uncle, police said.")
    assert _subs(ann, text) == ["Air/drone strike"]


def test_gunmen_stormed_killing_stays_an_attack(ann):
    text = "Gunmen attacked a village outside Dravost on Tuesday, killing two farmers, police said."
    assert _subs(ann, text) == ["Attack"]


# -- warning shots (word_senses.shots_in_air) ---------------------------------------------------------------------------

def test_shots_into_the_air_are_no_air_strike(ann):
    text = ("A man blew himself up at the gate of a clinic in Dravost on Tuesday, killing four people, police said. "
            "Guards at the gate fired shots into the air after the blast to keep the crowd back.")
    assert _subs(ann, text) == ["Suicide bomb"]


# -- traces of a blast found (events/blast_traces) ---------------------------------------------------------------------

def test_crater_of_a_mine_found_is_no_disrupted_weapons_use(ann):
    text = ("A tractor overturned on a track near Dravost on Tuesday, the mayor said. Engineers found the crater "
            "of a buried mine beside the road on Wednesday.")
    assert "Disrupted weapons use" not in _subs(ann, text)


def test_cache_found_stays_disrupted_weapons_use(ann):
    text = "Soldiers found a cache of rifles and mines in a barn outside Dravost on Tuesday, the army said."
    assert _subs(ann, text) == ["Disrupted weapons use"]


# -- a takeover met by no fight (events/unopposed) ---------------------------------------------------------------------

def test_takeover_after_no_shots_is_a_transfer(ann):
    text = ("A militia that had held the Korvo quarter of Dravost pulled its men out on Tuesday, officials said. "
            "No shots were fired.\n\nPolice units took over the militia's checkpoints within hours, a ministry "
            "spokesman said.")
    subs = _subs(ann, text)
    assert "Government regains territory" not in subs
    assert "Non-violent transfer of territory" in subs


# -- people rounded up by gunmen (subtype nonstate_roundup, word_senses.forced_march) ---------------------------------

def test_gunmen_round_up_and_march_villagers(ann):
    text = ("Korvath rebels abducted nine farmers near Dravost on Tuesday night, an official said. The rebels "
            "rounded up the farmers at gunpoint and marched them into the forest.")
    subs = _subs(ann, text)
    assert "Arrests" not in subs and "Peaceful protest" not in subs
    assert "Abduction/forced disappearance" in subs


def test_police_round_up_stays_arrests(ann):
    text = "Police rounded up 30 traders at a market in Dravost on Tuesday, a police spokesman said."
    assert _subs(ann, text) == ["Arrests"]


# -- a split told as "broke away ... and formed a new force" ----------------------------------------------------------

def test_breakaway_force_is_a_change_to_group(ann):
    text = ("Two commanders of the Korvath Liberation Army said on Tuesday in Dravost that they had broken away "
            "from the group and formed a new force.")
    assert _subs(ann, text) == ["Change to group/activity"]


# -- fighting alongside an ally ----------------------------------------------------------------------------------------

def test_fighting_alongside_is_no_clash(ann):
    text = ("Army troops, fighting alongside local militias, recaptured the town of Dravost from Korvath rebels "
            "on Tuesday, a commander said.")
    assert _subs(ann, text) == ["Government regains territory"]


def test_fighting_alongside_as_the_clause_verb_is_a_fight(ann):
    # the clause's own verb is its deed: only a participle beside another deed tells no fight of its own
    text = ("The Korvath Front is fighting alongside the army to retake the camp at Dravost from the rebels, a "
            "commander said on Tuesday.")
    assert _subs(ann, text) != []


def test_drone_released_bombs_is_a_drone_strike(ann):
    # the subject a conjoined verb shares ("a drone flew over ... and released two small bombs")
    text = ("A drone flew over an army checkpoint outside Dravost at dawn on Tuesday and released two small bombs, "
            "the ministry said.")
    assert _subs(ann, text) == ["Air/drone strike"]


# -- a gerund subject's tally over a period (nlp/period_tally) --------------------------------------------------------

def test_fighting_has_killed_hundreds_since_march_is_a_tally(ann):
    text = ("Fighting between rival gangs has killed hundreds of people in the province of Dravost since March, "
            "officials said.")
    assert _subs(ann, text) == []


# -- the dead of a fight the taking's own sentence tells (events/takeover_fight) ---------------------------------------

def test_toll_after_a_retaking_after_a_battle_folds_in(ann):
    text = ("Army troops recaptured the town of Jalalaqsi from Korvath rebels on Tuesday after a battle that lasted "
            "most of the day, a commander said. The commander said 12 rebels and two soldiers were killed.")
    evs = _events(ann, text)
    assert [e.sub_event_type for e in evs] == ["Government regains territory"]
    assert evs[0].fatalities is not None
