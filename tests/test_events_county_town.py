"""A county, district or province the event's sentence names yields to the one town the next lines name inside it
(events/county_town.py; sentences written for these tests, the people and incidents made up, the towns real)."""
from __future__ import annotations

import datetime as dt


def _places(ann, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(text, DocContext("t1", published=dt.date(2025, 3, 12)))
    return [e.place.name if e.place else None for e in an.events if e.modality == "asserted"]


TOWN_AFTER = ("Three traders were killed on Tuesday when their lorry hit a landmine in Wajir County, police said.\n\n"
              "The lorry struck the device a few minutes after leaving Tarbaj town, county commander Ruth Wanjala "
              "said. Two other traders were hurt.\n")

TOWN_NEAR = ("Militants ambushed a lorry in Lamu County on Sunday and shot dead four traders, police said.\n\n"
             "The lorry was going from Witu to Lamu town when the attackers stopped it near Witu, a driver who "
             "escaped said.\n")

TWO_TOWNS = ("Three traders were killed on Tuesday when their lorry hit a landmine in Wajir County, police said.\n\n"
             "The lorry had stopped in Tarbaj and in Habaswein before it struck the device, county commander Ruth "
             "Wanjala said.\n")


def test_the_one_town_named_after_the_county_places_the_blast(ann):
    assert _places(ann, TOWN_AFTER)[0] == "Tarbaj"


def test_a_destination_is_not_the_town(ann):
    assert _places(ann, TOWN_NEAR)[0] == "Witu"


def test_two_towns_leave_the_county(ann):
    assert _places(ann, TWO_TOWNS)[0] == "Wajir"
