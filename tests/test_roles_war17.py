"""Doers and sub-types of armed-conflict reports (issue 16, branch `roles17`, held-out war_reports9): a claim told past
a relative clause or an apposition on the claimant's name (events/claims), "fighters of the X Brotherhood" (a
coalition's name, data/armed_name_words.tsv), "drones sent by X" (data/agent_frames.tsv) and a capitalised "Drones"
after a heading (events/machine_agents), the doers' own bare "neutralised terrorists" against the witnesses' account
of a killing of civilians (events/victims_account), mortars used in a fight (events/firefight.shelling_in_fight), and
a named pensioner soaked by police water cannon at a protest (events/protest_actors). Sentences written for these
tests; the incidents, the people and the groups other than the RSF and Jaish-e-Mohammed are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_recall_forms import name, on


@pytest.mark.parametrize("text,trigger,want", [
    # a bare claim past a relative clause on the claimant (a second name inside it is not the claimant)
    ("Militants ambushed an army truck near Kathua on Wednesday, killing four soldiers, officials said.\n\n"
     "The Hill Tigers, which Indian agencies regard as a cover name used by Jaish-e-Mohammed, a group based in "
     "Pakistan, claimed responsibility in a statement on Thursday.", "ambushed", "Hill Tigers"),
    ("Gunmen stormed a village near Korra on Sunday, killing six farmers, police said.\n\n"
     "The Harvest Front, a splinter of the Tovan Liberation Army, claimed responsibility on Monday.",
     "stormed", "Harvest Front"),
    # fighters of a coalition the dictionary does not know, told by its name's head word
    ("Fighters of the Tovan Brotherhood, a coalition of resistance groups in the west, overran a military camp near "
     "Korra on Sunday, a spokesman for the alliance said.", "overran", "Tovan Brotherhood"),
    # drones sent by a group; a capitalised "Drones" after a heading is a weapon, not a name
    ("Drones sent by the Rapid Support Forces struck a power station in Korra on Tuesday, the power company said.",
     "struck", "Rapid Support Forces"),
    ("Korra: Drones launched by the RSF struck the town's main power station overnight, cutting electricity.",
     "struck", "Rapid Support Forces"),
])
def test_the_doer_named_past_a_clause_or_by_its_group(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    got = name(on(violent(ann, text), trigger).actor1)
    assert want.lower() in (got or "").lower(), got


def _events(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("r1", published=dt.date(2025, 6, 12))).events


@pytest.mark.parametrize("text,trigger,want", [
    # the doers' own "neutralised terrorists" lends no clash to a killing of rounded-up civilians
    ("BAMAKO, June 12 (2025) - Malian soldiers killed fourteen men in a village near Bandiagara on Tuesday after "
     "rounding them up at the market, residents said.\n\nThe men were shot outside the village, one resident said. "
     "Mali's army said in a statement on Wednesday that an operation in the area had \"neutralised terrorists\".",
     "killed", "Attack"),
    # mortars or rockets used in a fight: an armed clash, not a shelling
    ("GOMA, June 12 (2025) - Two positions held by Tovan militias in hills west of Rutshuru were attacked by M23 "
     "rebels on Tuesday, and fighting lasted into the night, a militia leader said.\n\nThe militia leader said "
     "six of his fighters were killed and that the rebels used mortars.", "attacked", "Armed clash"),
    ("QUETTA, June 12 (2025) - Separatist militants attacked a convoy of the paramilitary Frontier Corps near Korra "
     "on Tuesday, killing five soldiers, officials said.\n\nThe Tovan Liberation Army claimed the attack. Its "
     "spokesman said that the group's fighters had fired rockets at the trucks and then fought the troops for an "
     "hour.", "attacked", "Armed clash"),
])
def test_the_sub_type_of_one_incident_told_twice(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    got = [e.sub_event_type for e in _events(ann, text) if e.trigger is not None and e.trigger.text == trigger]
    assert got and got[0] == want, got


def test_a_named_pensioner_soaked_by_police_is_one_of_the_crowd(ann):  # type: ignore[no-untyped-def]
    text = ("LA PLATA, Argentina, June 12 (2025) - Argentine police fired water cannon at pensioners protesting "
            "outside the provincial legislature in La Plata on Wednesday.\n\n\"We cannot buy medicine,\" said "
            "Marta Quiroga, 74, who was soaked by the water cannon.")
    evs = [e for e in _events(ann, text) if e.sub_event_type == "Protest with intervention"]
    assert evs, [(e.trigger.text, e.sub_event_type) for e in _events(ann, text)]
    assert name(evs[0].actor1) == "Protesters (Argentina)" and name(evs[0].actor2) == "Police Forces of Argentina", \
        (name(evs[0].actor1), name(evs[0].actor2))
