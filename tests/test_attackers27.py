"""Doers and targets told across a clause or a sentence (issue 16, branch attackers27): the pronoun of a "when"
clause is the main clause's subject ("troops were patrolling when they were attacked"), troops of a unit told by its
number are the state's ("Troops of the 18th Brigade"), a proper name its apposition calls a gang is the gang ("members
of Los X, a criminal gang"), "the suspects" told back after an arrest two sentences before, a band's kind between its
name and the noun ("the X famo gang"), and no doer lent by a group's "similar" past deeds. Sentences written for these
tests; people and incidents made up, "Kestrel" and "Los Tiburones" used as made-up groups."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _events(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 3, 4)))
    evs = [e for e in an.events if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES]
    assert evs, (text, [(e.trigger.text if e.trigger else None, e.event_type) for e in an.events])
    return evs


def _names(evs, role="actor1"):  # type: ignore[no-untyped-def]
    return [(e.trigger.text, getattr(e, role) and getattr(e, role).name) for e in evs]


WHEN_TARGET = [
    ("Three farmers were returning from their fields near Kara when they were attacked by gunmen, police said.",
     "Civilians"),
    ("BOGOTA - Soldiers of the 7th Infantry Division were patrolling near Saravena when they were attacked with "
     "rifles and grenades by fighters of the Kestrel Front, the army said.", "Military Forces of Colombia"),
]


@pytest.mark.parametrize("text,target", WHEN_TARGET)
def test_when_clause_pronoun_is_the_main_subject(ann, text, target):  # type: ignore[no-untyped-def]
    evs = _events(ann, text)
    assert any(e.actor2 is not None and e.actor2.name == target for e in evs), _names(evs, "actor2")


def test_lead_clash_takes_the_doer_of_the_when_clause(ann):  # type: ignore[no-untyped-def]
    # the attack told in the next sentence ("rifles and explosives" against troops: a fight) is the clash's doer
    evs = _events(ann, "BOGOTA - Two soldiers and a guerrilla of the National Liberation Army (ELN) were killed on "
                       "Sunday in a clash near Saravena, the army said. Troops of the 30th Brigade were patrolling "
                       "near a village when they were attacked with rifles and explosives by members of the ELN, the "
                       "army said in a statement.")
    clash = [e for e in evs if e.trigger.text == "clash"]
    assert clash and clash[0].actor1 is not None and "National Liberation Army" in clash[0].actor1.name, _names(evs)


# the doer's name: troops of a unit told by its number (the state's), a name its apposition calls a gang, the
# suspects told back two sentences after their arrest (with the band's kind between its name and "gang")
DOERS = [
    ("BOGOTA - Troops of the 18th Brigade shot dead two rebels near Saravena on Sunday, the army said.",
     "Military Forces of Colombia"),
    ("LIMA - A bomb was placed on Monday at the gate of a bus company in Trujillo by members of Los Tiburones, a "
     "criminal gang that extorts transport firms, police said.", "Los Tiburones"),
    ("MASERU - Police have arrested two men in connection with the shooting of three people at a wedding in Mafeteng "
     "on Saturday. The victims were leaving the hall when gunmen opened fire, a police spokesman said on Monday. He "
     "said the two suspects were members of the Kestrel famo gang.", "Kestrel"),
]


@pytest.mark.parametrize("text,doer", DOERS)
def test_doer_named(ann, text, doer):  # type: ignore[no-untyped-def]
    evs = _events(ann, text)
    assert any(e.actor1 is not None and e.actor1.name == doer for e in evs), _names(evs)


def test_a_groups_similar_past_deeds_lend_no_doer(ann):  # type: ignore[no-untyped-def]
    # no group claimed; the group's "similar" deeds of the past are the reason to suspect it, not a doer told
    evs = _events(ann, "BAIDOA, Somalia - Three traders were killed when their lorry struck a roadside bomb near "
                       "Baidoa on Tuesday, police said. No group claimed the bombing. Al Shabaab has planted similar "
                       "bombs on the roads of the region in the past, officials said.")
    assert all(e.actor1 is None for e in evs), _names(evs)
