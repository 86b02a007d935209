"""Doers told by a later claim or statement, by a spokesman's word, by a commander's order to his men, by a relative
clause of saying or a passive "hired by" (issue 16, branch attackers30). Sentences written for these tests; the
incidents, people and the bandit leader are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _doers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 3, 6)))
    evs = [e for e in an.events if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES]
    assert evs, (text, [(e.trigger.text if e.trigger else None, e.event_type) for e in an.events])
    return [e.actor1.name if e.actor1 is not None else "" for e in evs]


NAMED = [
    # "X, whose ..., said its men had led the raid" (events/claims._OWN_MEN_DID: a whose-clause, "led")
    ("Gunmen attacked a police post near Kaya on Sunday, killing six officers, a security source said. In a "
     "statement on Telegram, JNIM, whose fighters have blockaded the town for months, said its men had led the raid.",
     "Jama'at Nusrat"),
    # "X, an al Qaeda ally, said ... its men had seized the post" (an apposition; the men's own verb on a target)
    ("Jihadists overran a gendarmerie post near Koutiala on Tuesday, killing four gendarmes, the army said. JNIM, an "
     "al Qaeda ally, said on its channel that its men had seized the post.", "Jama'at Nusrat"),
    # "A spokesman for X said the group carried it out" (events/claims._SPOKESMAN_FOR, _GROUP_DID)
    ("A car bomb exploded at a checkpoint in Jowhar on Monday, killing five people, police said. A spokesman for "
     "al Shabaab said the group carried it out.", "Shabaab"),
    # a claim whose subject the parse loses in a participle apposition (events/claims._claimant_before)
    ("Militants stormed a police post in Tank on Tuesday, killing three officers, police said. Tehreek-e-Taliban "
     "Pakistan, a coalition of militant factions often called the Pakistani Taliban, later claimed the attack in a "
     "message to journalists.", "Taliban"),
    # a commander of a group orders his men (events/ordered_men)
    ("A commander of the Rapid Support Forces ordered his men to attack a village near Sodari, survivors said on "
     "Friday, in an assault that a rights group said killed 14 people.", "Rapid Support"),
    # a leader told by the name he goes by: his men take his name
    ("Police said a bandit leader known as Kachalla Bako Dangiwa ordered his men to attack a village near Anka, "
     "where nine farmers were shot dead on Sunday.", "Bako Dangiwa"),
    # the doers in a relative clause of saying the parser reads as an xcomp (events/member_doer._said_in_relative)
    ("Gunmen killed five men at a car wash in Celaya on Sunday, officials said. The attackers, who prosecutors said "
     "belonged to the Santa Rosa de Lima Cartel, fled in a white van.", "Santa Rosa de Lima"),
    # "the gunmen were hired by X" (events/member_doer._SENT_BY)
    ("Gunmen shot dead a councillor in Irapuato on Friday, prosecutors said. A prosecutor said on Saturday that the "
     "gunmen were hired by the Jalisco New Generation Cartel.", "Jalisco"),
]


@pytest.mark.parametrize("text,name", NAMED)
def test_doer_named(ann, text, name):  # type: ignore[no-untyped-def]
    doers = _doers(ann, text)
    assert any(name in d for d in doers), doers


UNNAMED = [
    # a claim not made names nobody, past the same apposition
    ("Militants stormed a police post in Tank on Tuesday, killing three officers, police said. Tehreek-e-Taliban "
     "Pakistan, a coalition of militant factions often called the Pakistani Taliban, has not claimed the attack.",
     "Taliban"),
    # a spokesman who says the group did not do it
    ("A car bomb exploded at a checkpoint in Jowhar on Monday, killing five people, police said. A spokesman for "
     "al Shabaab said the group had nothing to do with it.", "Shabaab"),
]


@pytest.mark.parametrize("text,name", UNNAMED)
def test_doer_not_named(ann, text, name):  # type: ignore[no-untyped-def]
    doers = _doers(ann, text)
    assert not any(name in d for d in doers), doers


def test_owner_in_apposition_no_claimant(ann):  # type: ignore[no-untyped-def]
    """ "X, al Qaeda's Sahel branch, said ... that its fighters attacked the patrol": X claims, the owner in its
    apposition does not (events/claims._in_relative_clause, _OWN_MEN_DID)."""
    doers = _doers(ann, "Four soldiers were killed on Sunday in an attack on a patrol near Karimama, a military "
                        "source said. Jama'at Nusrat al-Islam wal-Muslimin, al Qaeda's Sahel branch, said in a "
                        "message on Monday that its fighters attacked the patrol.")
    assert any("Jama'at Nusrat" in d for d in doers) and not any("Qaeda" in d for d in doers), doers
