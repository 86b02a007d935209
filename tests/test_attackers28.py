"""Crime and attack doers told later or by a name of their own (issue 16, branch attackers28): a told-back deed
"carried out on the orders of (a leader of) X", "the work of X", "ordered by X"; a named leader's fighters ("on the
orders of the bandit leader X": X); a Spanish plural nickname the entity layer takes for a place ("members of Los
X"); a gang named by a place or a plural demonym ("the X de Y gang", "the Germans gang"); "men believed to be X".
Sentences written for these tests; people, gangs and incidents made up ("Los Cuervos", "Kestrel", "Villa Rosada",
"Germans gang", "Kestrel Boys" are made-up names)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _doers(ann, text, published=dt.date(2025, 3, 4), dateline=None):  # type: ignore[no-untyped-def]
    """The doers (actor1 names, None for a blank) of the asserted violent events read from ``text``, by trigger."""
    an = ann.annotate(text, DocContext("r1", published=published, dateline=dateline))
    told = {(e.trigger.text if e.trigger else "", e.actor1.name if e.actor1 else None) for e in an.events
            if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES}
    assert told, (text, [(e.trigger.text if e.trigger else None, e.event_type) for e in an.events])
    return told


DOERS = [
    # the deed told back, done on the orders of a leader of a gang, a sentence of background between
    ("SAN PEDRO SULA, Honduras - Three taxi drivers were shot dead in San Pedro Sula on Monday. Gunmen on foot fired "
     "at them at a rank near the market. A fourth driver was hurt. Police said the killings were carried out on the "
     "orders of a leader of Los Cuervos, a gang that extorts taxi firms.", "Los Cuervos"),
    # "the work of the X gang", a name the dictionary does not know, the day after
    ("CAP-HAITIEN, Haiti - Gunmen killed five farmers and burned their homes in a village near Cap-Haitien on "
     "Tuesday, officials said. Survivors said the men fired at anyone who ran. On Wednesday the mayor said the raid "
     "was the work of the Kestrel gang.", "Kestrel"),
    # "ordered by imprisoned leaders of X"
    ("ROSARIO, Argentina - A shopkeeper was shot dead outside his store in Rosario on Friday by two men on a "
     "motorcycle, police said. Prosecutors said on Saturday the killing had been ordered by imprisoned leaders of "
     "Los Cuervos, a drug gang.", "Los Cuervos"),
    # a named leader's fighters go by his name
    ("GUSAU, Nigeria - Bandits killed nine villagers in Tsafe district late on Monday, residents said. An official "
     "said on Tuesday the attack was carried out on the orders of the bandit leader Musa Kabiru, who had demanded a "
     "levy.", "Musa Kabiru"),
    # a Spanish plural nickname read as a place by the entity layer
    ("CALI, Colombia - Two people were killed when gunmen fired on a bar in Cali on Sunday, police said. The police "
     "chief said on Monday the shooters were members of Los Shottas who had come from the port.", "Los Shottas"),
    # a gang named after its place, behind "Gunmen from"
    ("Gunmen from the Villa Rosada gang attacked a bus station in Port-au-Prince on Friday, killing "
     "three travellers, police said.", "Villa Rosada gang"),
    # a band given its name by "known as" / "called"
    ("Gunmen from a gang called the Kestrel Boys shot dead two traders in Lae on Friday, police said.",
     "Kestrel Boys"),
    # a gang whose name is a plural demonym: no country's men
    ("CAPE TOWN - Two men were killed in Hanover Park on Sunday when gunmen believed to be members of the Germans "
     "gang opened fire on them outside a tavern, police said.", "Germans gang"),
]


@pytest.mark.parametrize(("text", "doer"), DOERS, ids=[d for _, d in DOERS])
def test_doer_named(ann, text, doer):  # type: ignore[no-untyped-def]
    assert doer in {name for _, name in _doers(ann, text)}, _doers(ann, text)


def test_men_believed_to_be_a_known_band(ann):  # type: ignore[no-untyped-def]
    # "men believed to be dahalo": the dahalo of the actor dictionary, not civilians nor an unidentified group
    told = _doers(ann, "Four villagers were killed on Sunday night when about twenty men believed to be dahalo raided "
                       "a hamlet near Ihosy and drove off their cattle, gendarmes said.")
    assert "Dahalo" in {name for _, name in told}, told


GUARDS = [
    # "Los X" used as a place in the report is no band
    ("LOS ANGELES - Two people were shot dead in Los Angeles on Sunday. Police said the gunmen were members of Los "
     "Angeles street crews.", "Los Angeles"),
]


@pytest.mark.parametrize("text,wrong", GUARDS)
def test_no_band_read(ann, text, wrong):  # type: ignore[no-untyped-def]
    told = _doers(ann, text)
    assert wrong not in {name for _, name in told}, told


def test_bandits_are_unnamed_doers(ann):  # type: ignore[no-untyped-def]
    # "Bandits" names no one: the group a later sentence says ordered the attack is the doer
    told = _doers(ann, "Bandits killed six people in a village of Maru district on Saturday, residents said. Police "
                       "said on Sunday the attack was carried out on the orders of a commander of Ansaru.")
    assert any(name and "Ansaru" in name for _, name in told), told

