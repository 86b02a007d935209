"""Event precision on reports full of violent words with no violent event, or one event told twice, in the forms of
``tests/data/quiet_reports11`` (branch precision17): a deed done by computer ("cyber attacks", "a ransomware
attack", hackers who "flooded" or "bombarded" servers, "This was an attack on ..." and "it was fought off" said of
one), and a grenade told twice, first within a run of two days ("hours after a grenade was thrown") and then on its
day ("hurled late on Tuesday"). Sentences written for these tests; the people, offices and incidents are made up
(the towns are real, so that the gazetteer places them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


def violent(evs, sub=None):  # type: ignore[no-untyped-def]
    return [e for e in happened(evs, sub) if e.event_type in VIOLENT]


@pytest.mark.parametrize("text", [
    "A wave of cyber attacks took the websites of the tax office and two banks offline in Riga on Tuesday.",
    "A ransomware attack shut down the computers of the regional hospital in Kisumu on Wednesday.",
    "The hackers flooded the ministry's servers with fake requests on Monday, officials in Nairobi said.",
    "Officials in Nairobi said hackers had \"bombarded\" the tax portal with traffic on Tuesday.",
    "A denial-of-service attack hit the electoral board's systems in Nairobi on Monday. \"This was an attack on our "
    "democracy, but it was fought off,\" the chairman said.",
])
def test_a_deed_done_by_computer_is_no_violent_event(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert not violent(evs), show(evs)


@pytest.mark.parametrize("text, sub", [
    ("Gunmen attacked a police post in Mandera on Tuesday, killing two officers.", None),
    ("Suspected militants attacked an army base near Garissa on Tuesday, a day after a cyber attack on the "
     "ministry's website.", None),
    ("A wave of cyber attacks hit the banks in Nairobi on Monday. On Tuesday gunmen shot dead a guard at a bank in "
     "Garissa.", None),
])
def test_violence_beside_a_cyberattack_is_still_read(text, sub):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert violent(evs, sub), show(evs)


def test_a_grenade_told_twice_is_one_event():  # type: ignore[no-untyped-def]
    evs = events("A court in Nairobi jailed a man on Wednesday, hours after a grenade was thrown at a police post in "
                 "Wajir, wounding two officers. The grenade was hurled over the gate of the post late on Tuesday by "
                 "two men who ran off, police said.")
    assert len(violent(evs, "Grenade")) == 1, show(evs)


def test_grenades_on_two_days_stay_two_events():  # type: ignore[no-untyped-def]
    evs = events("A grenade was hurled at a police post in Wajir late on Tuesday, wounding two officers. On Sunday "
                 "another grenade was thrown into a bar in Wajir, wounding four drinkers.")
    assert len(violent(evs, "Grenade")) == 2, show(evs)
