"""Event defects found on local and war news (branch eventfix2): a "bomber" is a warplane only with a sign of an
aircraft (events/word_senses.bomber_aircraft); a vehicle that strikes a person is a road accident, no shelling
(events/subtype.py, refine "vehicle_strike"); "not one of the hostages was killed" denies like "no one was killed"
(events/modality.nobody); a charge for a violent crime brought by police is a legal step, no Political event
(events/charged_suspect.criminal_charge); a headline is read where the body tells no violence (events/extract.py).
Sentences written for these tests; names and places made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2026, 3, 2)


def events(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("fx2", published=PUB)).events


def violent(ann, text):  # type: ignore[no-untyped-def]
    return [e for e in events(ann, text) if e.event_type in VIOLENT_EVENT_TYPES]


@pytest.mark.parametrize("text", [
    "The Tellow convoy was targeted on Monday by a lone suicide bomber.",
    "The bomber detonated his vest near the mosque in Dernby on Friday.",
    "A bomber who detonated explosives at a market in Dernby killed six people.",
])
def test_a_bomber_with_a_bomb_is_no_air_strike(ann, text):  # noqa: F811
    evs = violent(ann, text)
    assert evs, [(e.trigger.text, e.event_type) for e in events(ann, text)]
    assert all(e.sub_event_type != "Air/drone strike" for e in evs), [(e.trigger.text, e.sub_event_type) for e in evs]
    assert any(e.sub_event_type in ("Suicide bomb", "Remote explosive/landmine/IED") for e in evs), \
        [(e.trigger.text, e.sub_event_type) for e in evs]


@pytest.mark.parametrize("text", [
    "B-52 bombers struck positions near Halvik on Friday.",
    "Stealth bombers struck a base near Halvik on Friday.",
])
def test_bombers_that_are_aircraft_strike_from_the_air(ann, text):  # noqa: F811
    evs = violent(ann, text)
    assert evs and all(e.sub_event_type == "Air/drone strike" for e in evs), [(e.trigger.text, e.sub_event_type) for e in evs]


ROAD_ACCIDENTS = ("A boy was struck by a car in Pellham on Sunday and died. A truck struck a cyclist on Main Street "
                  "in Dunmore on Tuesday. A woman was hit by a bus in Calder on Monday.")


def test_a_vehicle_striking_a_person_is_no_political_violence(ann):  # noqa: F811
    evs = violent(ann, ROAD_ACCIDENTS)
    assert not evs, [(e.trigger.text, e.event_type, e.sub_event_type) for e in evs]


def test_a_missile_striking_a_bus_is_still_an_attack(ann):  # noqa: F811
    evs = violent(ann, "A missile struck a bus near Halvik on Friday, killing five.")
    assert evs and all(e.event_type == "Explosions/Remote violence" for e in evs), [(e.trigger.text, e.event_type) for e in evs]


def test_not_one_of_them_killed_denies(ann):  # noqa: F811
    text = "Gunmen stormed the hotel in Varsa on Monday. Not one of the hostages was killed, police said."
    bad = [e for e in events(ann, text) if e.trigger.text == "killed" and e.modality == "asserted"]
    assert not bad, [(e.trigger.text, e.modality) for e in bad]


def test_not_one_but_three_is_a_count(ann):  # noqa: F811
    evs = violent(ann, "Not one but three people were killed when gunmen attacked a bus in Varsa on Monday.")
    assert evs and all(e.modality == "asserted" for e in evs), [(e.trigger.text, e.modality) for e in evs]


@pytest.mark.parametrize("text", [
    "Jon Merrick was charged with murder on Tuesday in Calder.",
    "Police charged Jon Merrick with assault in Calder on Tuesday.",
])
def test_a_criminal_charge_is_no_political_event(ann, text):  # noqa: F811
    evs = events(ann, text)
    assert not [e for e in evs if e.event_type == "Political"], [(e.trigger.text, e.event_type, e.plover) for e in evs]


def test_no_political_event_without_a_plover_code(ann):  # noqa: F811
    text = ("The rebels charged the army with the killing of villagers near Halvik on Monday. Jon Merrick was "
            "charged with murder in Calder on Tuesday.")
    evs = events(ann, text)
    assert all(e.plover for e in evs if e.event_type == "Political"), [(e.trigger.text, e.plover) for e in evs]
    assert any(e.plover == "ACCUSE" for e in evs), [(e.trigger.text, e.plover) for e in evs]


@pytest.mark.parametrize("text", ["Man shot dead in Kellport", "Two policemen killed in ambush near Kellport"])
def test_a_headline_alone_tells_its_deed(ann, text):  # noqa: F811
    evs = violent(ann, text)
    assert evs, [(e.trigger.text, e.event_type) for e in events(ann, text)]


def test_a_headline_told_again_in_the_body_makes_no_second_event(ann):  # noqa: F811
    text = "Man shot dead in Kellport\n\nA man was shot dead in Kellport on Monday night, police said."
    evs = violent(ann, text)
    assert len(evs) == 1 and evs[0].sentence.text.startswith("A man"), [(e.trigger.text, e.sentence.text) for e in evs]


def test_struck_by_lightning_is_a_natural_event(ann):  # noqa: F811
    evs = events(ann, "A shepherd was struck by lightning near Pellham on Sunday.")
    assert not [e for e in evs if e.event_type in VIOLENT_EVENT_TYPES], [(e.trigger.text, e.event_type) for e in evs]
    assert all(e.outside == "natural_disaster" for e in evs), [(e.trigger.text, e.outside) for e in evs]
