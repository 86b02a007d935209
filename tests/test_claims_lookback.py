"""A claim or blame of "the attack" a few sentences after a deed whose attacker the report leaves unnamed names the
attacker (branch terror, events/claims._claim_looks_back), on sentences written for these tests. Limits: at most
five sentences between, never past a sentence that opens another incident, never past a deed whose doer is named,
never a claim denied; the attacker told only as a side ("insurgents", "gunmen") takes the claiming group."""
from __future__ import annotations

import pytest
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name, on

_MID = ("The wounded were taken to the district hospital. Two of them were in critical condition. "
        "Police sealed off the area. ")

CASES = [
    # a claim three sentences later
    ("Gunmen shot dead nine labourers near Kelvar on Sunday. " + _MID
     + "The Red Dawn Front claimed responsibility for the killings in a statement.", "shot", "Red Dawn Front"),
    # an acronym in brackets before the claim
    ("Gunmen shot dead nine labourers near Kelvar on Sunday. " + _MID
     + "The outlawed Red Dawn Front (RDF) claimed responsibility for the killings.", "shot", "Red Dawn Front"),
    # insurgents: a side, which the claiming group names
    ("Insurgents killed seven villagers in Kelvar on Sunday. " + _MID
     + "The Red Dawn Front claimed the attack on Tuesday.", "killed", "Red Dawn Front"),
    # blame by officials a few sentences later
    ("A bomb exploded at a market in Kelvar on Sunday, killing four people. " + _MID
     + "No group has claimed responsibility, but police blamed Boko Haram for the attack.", "exploded", "Boko Haram"),
]

NOT = [
    # another incident opened between
    ("Gunmen shot dead nine labourers near Kelvar on Sunday. " + _MID
     + "Separately, the Red Dawn Front claimed responsibility for the attack on a bank in Marro.", "shot"),
    # a deed with a named doer between: the claim is about that one
    ("Gunmen shot dead nine labourers near Kelvar on Sunday. Police sealed off the area. "
     "On Monday, Boko Haram fighters attacked an army post in Marro. "
     "The Red Dawn Front claimed responsibility for the attack.", "shot"),
    # too far off
    ("Gunmen shot dead nine labourers near Kelvar on Sunday. " + _MID + _MID
     + "The Red Dawn Front claimed responsibility for the killings.", "shot"),
    # a claim denied
    ("Gunmen shot dead nine labourers near Kelvar on Sunday. " + _MID
     + "The Red Dawn Front has not claimed responsibility for the killings.", "shot"),
]


@pytest.mark.parametrize("text,trigger,want", CASES)
def test_a_later_claim_names_the_attacker(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    evs = violent(ann, text)
    assert name(on(evs, trigger)) == want, [(e.trigger.text, name(e)) for e in evs]


@pytest.mark.parametrize("text,trigger", NOT)
def test_a_claim_of_another_deed_or_far_off_names_nobody(ann, text, trigger):  # type: ignore[no-untyped-def]
    evs = violent(ann, text)
    got = name(on(evs, trigger))
    assert got not in ("Red Dawn Front",), [(e.trigger.text, name(e)) for e in evs]
