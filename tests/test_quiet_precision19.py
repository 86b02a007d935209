"""Event precision on reports full of violent words with no violent event, in the forms of
``tests/data/quiet_reports13`` (branch precision19): firefighters attacking a blaze; a "hybrid attack" (jamming)
called an attack; hackers' deeds told in a clause joined to their participle; a second infinitive of an order hung
inside the first one's phrase ("ordered fighters to shoot ... and to loot"); a war's dead counted in a clause whose
"have" is gapped; troops and sailors marching on parade. Sentences written for these tests; the people, offices and
incidents are made up (the towns are real, so that the gazetteer places them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers


@pytest.mark.parametrize("text", [
    # firefighting
    "Crews attacked the fire from the air at first light near Kalamata, the fire brigade said on Monday.",
    # a hybrid attack
    "\"This is a hybrid attack on our airports,\" the defence minister told reporters in Riga on Monday.",
    # hackers' deeds in a clause joined to their participle
    "MOMBASA, Kenya, May 4 (Reuters) - Hackers defaced dozens of county websites overnight, posting insults against "
    "the governor, and may have stolen records from the land registry, officials said on Monday.",
    # an order's two infinitives
    "An official in Kassala said the officers had ordered fighters to shoot people fleeing the city and to loot its "
    "last working hospital.",
    # a war's dead, "have" gapped
    "Aid agencies estimate that two million people have been driven from their homes and thousands killed in the "
    "conflict in Sudan.",
    # marching forces
    "Sailors marched past crowds on the quay in Kaliningrad on Sunday as warships sailed by.",
    "Columns of troops marched through the main square of Minsk on Wednesday.",
    "Veterans of the old garrison marched in uniform at the head of the parade in Tillaberi on Sunday.",
])
def test_no_event_happened(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    # (a fire itself may stay a man-made disaster outside ACLED; no political violence, protest or crime is told)
    assert not [e for e in happened(evs) if e.sub_event_type != "Man-made disaster"], show(evs)


@pytest.mark.parametrize("text, sub", [
    # the same words about a real deed stay events
    ("Gunmen attacked the police station in Kassala on Monday, killing two officers.", None),
    ("Gunmen looted shops and killed two guards near Kassala on Monday, police said.", "Looting/property destruction"),
    ("Hundreds of students marched through central Belgrade on Sunday to demand new elections.", "Peaceful protest"),
    ("Two million people have been displaced and three soldiers killed in an ambush near Kassala on Monday, the "
     "army said.", None),
])
def test_real_deeds_stay(text, sub):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert happened(evs, sub), show(evs)
