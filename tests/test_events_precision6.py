"""Event precision, sixth round (branch precision3): a burning told as a step of the riot or raid it belongs to
is part of that incident, one told on its own is an incident of its own. Sentences written for these tests; the
people and incidents are made up (the towns are real, so that the gazetteer places them)."""
from __future__ import annotations

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

PROPERTY = "Looting/property destruction"


# ------------------------------------------------------------------ a riot's crowd burning what it stormed
def test_a_crowd_burning_what_it_stormed_is_the_riot():
    evs = happened(events("Hundreds of protesters angry over water cuts stormed the district council office in "
                          "Kassala on Tuesday and set part of it on fire, police said."))
    assert evs and not happened(evs, PROPERTY), show(evs)
    assert [e.event_type for e in evs] == ["Riots"], show(evs)


# ------------------------------------------------------------------ a burning told as a step of the raid
def test_raiders_arriving_and_burning_is_the_raid():
    evs = happened(events("Gunmen killed nine villagers in an attack on a village near Kutum on Saturday, local "
                          "officials said.\n\nThe attackers arrived on motorbikes at dawn and set fire to dozens of "
                          "huts before fleeing into the hills, a herder said."))
    assert len(evs) == 1 and not happened(evs, PROPERTY), show(evs)


def test_raiders_also_burning_is_the_raid():
    evs = happened(events("Gunmen killed nine villagers in an attack on a village near Kutum on Saturday, local "
                          "officials said.\n\nWitnesses said the gunmen also burned about 15 houses before fleeing."))
    assert len(evs) == 1 and not happened(evs, PROPERTY), show(evs)


def test_a_burning_told_on_its_own_stays_an_incident():
    # (MUC-4 codes a shop burned by kidnappers as they leave as an arson of its own)
    evs = happened(events("Gunmen kidnapped a trader near Kutum on Saturday, officials said.\n\nThe kidnappers "
                          "burned his shop as they left the market."))
    assert happened(evs, PROPERTY), show(evs)
