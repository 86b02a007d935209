"""Who did it (issue 16, branch attackers39): a group's record ("X has bombed mosques before", "have been bombed in
the past by X") lends no doer to the incident; men "said to be" of a group are the group ("Armed men said to be
fighters of X killed ...", "The gunmen, said to be members of X, killed ..."); an apposition the parser made a second
subject ("Dissidents of X, men of its Y front, stormed ...") leaves the doer to its host. Sentences written for these
tests; people, towns and incidents made up (groups real)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _doers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 6, 2)))
    return [(e.trigger.text if e.trigger else "", e.actor1.name if e.actor1 else None) for e in an.events
            if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES]


RECORDS = [
    # a passive record with its by-phrase: the group is only suspected
    ("KABUL - A bomb tore through a mosque in the town of Qalai Naw during evening prayers on Sunday, killing five "
     "worshippers, a police spokesman said. No group has claimed the blast. Mosques in the area have been bombed "
     "before by the Islamic State group.", "Islamic State"),
    # an active record told "in the past"
    ("MOGADISHU - A roadside bomb hit a minibus near the village of Dhusa Biyo on Tuesday, killing three passengers, "
     "a local elder said. Nobody claimed the attack. Al-Shabaab has bombed minibuses on this road in the past.",
     "Shabaab"),
]


@pytest.mark.parametrize("text,group", RECORDS)
def test_a_groups_record_lends_no_doer(ann, text, group):  # type: ignore[no-untyped-def]
    got = _doers(ann, text)
    assert got and not any(a and group in a for _, a in got), got


SAID_TO_BE = [
    # the deed hung on "said" as its clause, the men its subject; the group of the "of" phrase before the kind
    ("BENI - Armed men said to be fighters of the Allied Democratic Forces killed nine farmers near the village of "
     "Kalunguta on Sunday, a local official said.", "Allied Democratic Forces"),
    # "said" set off by commas, hung as a parataxis of the deed
    ("GAROWE, Somalia - The gunmen, said to be members of al-Shabaab, killed three guards at a quarry outside "
     "Galkayo on Monday, police said.", "Shabaab"),
    # "said to be fighters loyal to" an armed leader: the leader's band
    ("GUSAU, Nigeria - The attackers, said to be fighters loyal to the bandit kingpin Sule Danmaraya, stormed the "
     "village on motorcycles, killing seven farmers, residents said.", "Sule Danmaraya"),
]


@pytest.mark.parametrize("text,group", SAID_TO_BE)
def test_men_said_to_be_of_a_group(ann, text, group):  # type: ignore[no-untyped-def]
    got = _doers(ann, text)
    assert any(a and group in a for _, a in got), got


def test_apposition_read_as_second_subject(ann):  # type: ignore[no-untyped-def]
    text = ("POPAYAN, Colombia - Dissidents of the former FARC guerrilla, men of its Carlos Patino front, stormed the "
            "police post of El Tambo on Monday, killing two officers, the police said.")
    got = _doers(ann, text)
    assert any(a and "FARC" in a for _, a in got), got
