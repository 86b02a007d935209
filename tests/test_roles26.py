"""Doers a report does not give (issue 16, branch roles26), on sentences written for these tests (names made up):

- "investigators did not know ... whether a gang had ordered the killing": a plan only asked about names no planner
  (events/planner_doer._asked), so the deed told keeps its unnamed doer;
- "A suicide attacker set off explosives": the unnamed bomber is an unidentified armed group
  (data/agent_phrases.tsv), never a name of its own;
- "were shot dead and the trader's wife wounded": a verb the parser tags as a past tense, coordinated with a
  passive whose auxiliary it shares, is passive too, and its subject was hurt, not the doer
  (events/participants/voice.reduced_passive).
"""
from __future__ import annotations

import datetime as dt

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def told_attackers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("roles26", published=dt.date(2025, 4, 2)))
    return [e.actor1.name if e.actor1 else None for e in an.events
            if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


def test_a_plan_asked_about_names_no_planner(ann):  # type: ignore[no-untyped-def]
    text = ("Two men riding a motorcycle gunned down a taxi driver at a rank in Villa Serena on Tuesday, police said. "
            "A police spokesman said detectives did not yet know who the gunmen were or whether a gang had ordered "
            "the killing.")
    assert not any(a and "gang" in a.lower() for a in told_attackers(ann, text))


def test_a_plan_told_still_names_its_planner(ann):  # type: ignore[no-untyped-def]
    text = ("Two men riding a motorcycle gunned down a taxi driver at a rank in Villa Serena on Tuesday, police said. "
            "Police on Thursday arrested Oswaldo Ferrer, a transport boss. Ferrer had ordered the killing, a police "
            "spokesman said.")
    assert "Ferrer" in " ".join(a or "" for a in told_attackers(ann, text))


def test_a_suicide_attacker_is_no_name(ann):  # type: ignore[no-untyped-def]
    text = ("A suicide attacker set off explosives at the gate of a police station in Kohat on Friday, killing four "
            "policemen, officials said.")
    got = [a for a in told_attackers(ann, text) if a]
    assert got and all(a.startswith("Unidentified Armed Group") for a in got)


def test_one_wounded_beside_a_passive_is_no_doer(ann):  # type: ignore[no-untyped-def]
    # events/participants/voice.reduced_passive: "wounded" tagged as a past tense, its auxiliary shared with "were shot"
    text = ("A trader and his son were shot dead and the trader's wife wounded when gunmen invaded their home in "
            "Marabella on Tuesday night.")
    assert not any(a and "wife" in a.lower() for a in told_attackers(ann, text))
