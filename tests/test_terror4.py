"""Terrorism reports, fourth set (branch terror4): a claim told as "a claim by X" names the attacker and its boast is
no second incident; a group in the claimant's relative clause is no claimant; "suspected to belong to X"; "later said
N people had died" and "put the death toll at N" update the toll. Sentences written for these tests (made-up
incidents)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import Annotator, DocContext


@pytest.fixture(scope="module")
def ann():
    return Annotator()


def violent(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 3, 4)))
    return [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


def test_a_claim_by_the_group_names_the_attacker_and_its_boast_is_no_second_incident(ann):
    evs = violent(ann, "Gunmen ambushed a police patrol near Kunduz on Monday, killing three officers, a provincial "
                       "spokesman said.\n\nOn Tuesday, the Amaq news agency carried a claim by Islamic State Khorasan "
                       "Province, saying its fighters had killed eight policemen.")
    assert len(evs) == 1
    assert evs[0].actor1 is not None and "Khorasan" in evs[0].actor1.name


def test_a_group_in_the_claimants_relative_clause_is_no_claimant(ann):
    evs = violent(ann, "Four soldiers were killed on Sunday when a bomb hit their truck near Gao, a military source "
                       "said.\n\nThe convoy was taking fuel to a nearby camp.\n\nJNIM, which is linked to al Qaeda, "
                       "said its men had laid the bomb.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.entity_id == "JNIM"


def test_men_suspected_to_belong_to_a_group_are_that_group(ann):
    evs = violent(ann, "Gunmen suspected to belong to Boko Haram killed six fishermen near Baga on Friday, "
                       "residents said.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Boko Haram"


@pytest.mark.parametrize("update,count", [
    ("Doctors at the city hospital later said 9 people had died.", 9),
    ("A health official later put the death toll at 12.", 12),
])
def test_a_later_word_of_the_dead_updates_the_toll(ann, update, count):
    evs = violent(ann, "A bomb exploded at a bus station in Jos on Monday, killing five people, police said. " + update)
    assert evs and max(e.fatalities.low for e in evs if e.fatalities) == count
