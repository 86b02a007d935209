"""Doers the thirteenth held-out attack set (tests/data/attack_reports13, issue 16, branch attackers19) showed missed:
"blamed cadres of X for the killings" (a member noun of Indian usage), "the junta's air strike" (a military
government's forces), the Pakistani government's name for the TTP, "Sudanese paramilitaries" in a report that calls
one named group paramilitary, "the killers were fighters of X" / "the gunmen belonged to the X gang" a sentence or two
after the deed, "the explosives had been placed by X", "blamed X, at war with Y, and said ...", and "years of fighting"
as a state's past. Guards: the victims' gang, a report naming no group.
Sentences written for these tests; people, incidents and the "Zandolit gang" made up (towns and armed groups real)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _doers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 5, 6)))
    evs = [e for e in an.events if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES]
    assert evs, (text, [(e.trigger.text if e.trigger else None, e.event_type) for e in an.events])
    return [e.actor1.name for e in evs if e.actor1 is not None]


NAMED = [
    ("Two villagers were killed on Wednesday night in a remote village near Aheri, police said. Police blamed cadres "
     "of the banned CPI (Maoist) for the killings.", "Communist Party of India (Maoist)"),
    ("The junta's air strike on a school near Pakokku in Myanmar killed seven people on Friday, residents said.",
     "Military Forces of Myanmar"),
    ("Militants attacked a police post near Tank late on Monday, killing three policemen, officials said. Officials "
     "blamed \"Fitna al-Khawarij\" for the attack.", "Tehrik-i-Taliban Pakistan"),
    ("Sudanese paramilitaries shelled a market on the edge of Kosti on Sunday, killing eight people, medics said. The "
     "paramilitary Rapid Support Forces have fought the army since 2023.", "Rapid Support Forces"),
    ("Assailants armed with machetes killed nine villagers near Eringeti late on Friday. The wounded were taken to a "
     "clinic in Beni. An army spokesman said the killers were fighters of the Allied Democratic Forces.",
     "Allied Democratic Forces"),
    ("Armed men stormed a neighborhood of Cabaret early Sunday, killing six people, a rights group said. Residents "
     "fled to a church. Police said the gunmen belonged to the Zandolit gang.", "Zandolit"),
    ("Two soldiers were killed on Monday when an explosive device went off near Balboa, in Cauca, the army said. It "
     "said the explosives had been placed by the National Liberation Army.", "National Liberation Army"),
    ("Four people were killed, among them a 10-year-old boy, and five wounded when explosives were dropped from drones "
     "on a village near Coalcoman on Wednesday, officials said. The state prosecutor's office blamed the Jalisco New "
     "Generation Cartel, at war with rival gangs over the area for years, and said troops had been deployed there.",
     "Jalisco New Generation Cartel"),
]


@pytest.mark.parametrize("text,doer", NAMED)
def test_the_told_group_is_the_doer(ann, text, doer):  # type: ignore[no-untyped-def]
    got = _doers(ann, text)
    assert any(n.startswith(doer) for n in got), got


NOT_NAMED = [
    # the victims' gang is no doer
    ("Armed men stormed a neighborhood of Cabaret early Sunday, killing six people, a rights group said. Residents "
     "fled to a church. Police said the victims belonged to the Zandolit gang.", "Zandolit"),
    # "paramilitaries" with no group the report calls so
    ("Sudanese paramilitaries shelled a market on the edge of Kosti on Sunday, killing eight people, medics said. "
     "Sudan's army has fought the Rapid Support Forces since 2023.", "Rapid Support Forces"),
    # "years of fighting" between two cartels is the state's past, no deed of this incident
    ("Gunmen entered a bar in the city of Jerez late Saturday and opened fire, killing four men, officials said. The "
     "attackers fled in a car. Zacatecas has seen years of fighting between the Sinaloa and Jalisco New Generation "
     "cartels, and residents rank their city among the least safe in Mexico.", "Sinaloa"),
]


@pytest.mark.parametrize("text,group", NOT_NAMED)
def test_no_link_no_doer(ann, text, group):  # type: ignore[no-untyped-def]
    assert not any(n.startswith(group) for n in _doers(ann, text))
