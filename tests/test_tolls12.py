"""tolls12: the hurt told after the dead are told again; a fire's hurt in its own sentence; the one person hurt who
later died is no one hurt; a killing told only by a police inquiry or a ruling ("investigating a double homicide",
"their deaths were ruled homicides"). Sentences written for these tests; names and places made up."""
from __future__ import annotations

import pytest
from test_tolls10 import ann, deaths_of, read  # noqa: F401  (the shared annotator fixture and readers)

from sitrep.model import VIOLENT_EVENT_TYPES


def hurt_of(an):  # type: ignore[no-untyped-def]
    """The wounded counts the asserted harm events (violence, crime, accidents) carry."""
    by_id = {f.id: f for f in an.figures}
    return [by_id[fid].low for e in an.events if e.modality == "asserted" and (
        e.event_type in VIOLENT_EVENT_TYPES or e.outside in ("crime", "man_made_disaster"))
        for fid in e.figures if fid in by_id and by_id[fid].what == "wounded"]


def test_the_hurt_told_after_the_dead_are_told_again_are_the_incidents(ann):
    an = read(ann, "A man was later pronounced dead in hospital after a shooting in Tessor early Sunday, police said. "
                   "Officers were sent to a house on Main Street at about 3 a.m. after a neighbour called. "
                   "They found two people inside the house. Investigators spent the night at the scene. "
                   "The man, Arlo Fenwick, 36, was rushed to the regional hospital, where he was later pronounced "
                   "dead. A 31-year-old woman was treated for a gunshot wound to the arm.")
    assert deaths_of(an) == [1.0]
    assert hurt_of(an) == [1.0], [(e.trigger.text, e.figures) for e in an.events]


def test_a_fires_hurt_in_its_own_sentence(ann):
    an = read(ann, "Two young children have died and their mother is in hospital after a fire tore through a home "
                   "in Tessor overnight.")
    assert hurt_of(an) == [1.0], [(e.trigger.text, e.outside, e.figures) for e in an.events]


@pytest.mark.parametrize("text", [
    "Tessor police say a 22-year-old man who was assaulted in the town centre last week has succumbed to his injuries, "
    "and two people now face charges of murder. Officers were called to the area at about 1:20 a.m. on Thursday "
    "after a man was found unresponsive on the pavement. He was taken to the regional hospital with life-threatening "
    "head injuries. Police said Tuesday that the man died in hospital on Monday.",
    "Police say paramedics were called to a flat on Orrin Street about 10.30pm on Saturday after reports a man had "
    "been stabbed during an argument in Tessor. The 38-year-old man was taken to hospital in a critical condition, "
    "where he succumbed to his injuries early on Sunday morning.",
])
def test_the_one_person_hurt_who_later_died_is_no_one_hurt(ann, text):
    an = read(ann, text)
    assert deaths_of(an) == [1.0]
    assert hurt_of(an) == [], [(f.what, f.span.text) for f in an.figures]


def test_a_woman_hurt_beside_a_man_who_died_stays_hurt(ann):
    an = read(ann, "A man was shot dead in Tessor on Saturday night. A woman was taken to hospital with a gunshot "
                   "wound to the leg. Police said the man died at the scene.")
    assert hurt_of(an) == [1.0], [(f.what, f.span.text) for f in an.figures]


@pytest.mark.parametrize("text", [
    "Police say they are investigating a double homicide after two men were found dead inside a home in Tessor on "
    "Tuesday morning. No arrests have been made.",
    "Two men were found dead inside a home in Tessor on Tuesday morning, police said. The county coroner identified "
    "the men as Dale Orrin, 38, and Mark Tull, 41. Their deaths were ruled homicides.",
])
def test_a_killing_told_by_the_inquiry_or_the_ruling(ann, text):
    an = read(ann, text)
    assert deaths_of(an) == [2.0], [(e.trigger.text, e.event_type, e.modality) for e in an.events]


def test_bodies_found_with_no_inquiry_of_a_crime_are_no_killing(ann):
    an = read(ann, "Two men were found dead inside a home in Tessor on Tuesday morning, police said. Investigators "
                   "do not believe the deaths are suspicious.")
    assert deaths_of(an) == []


@pytest.mark.parametrize("text", [
    "A man has been taken to hospital with gunshot injuries following a shooting in Tessor on Tuesday night.",
    "A man was stabbed to death in Tessor early on Sunday. A second man, in his 20s, was also treated at the hospital "
    "for stab wounds.",
])
def test_the_hurt_told_on_the_place_they_were_carried_to(ann, text):
    an = read(ann, text)
    assert hurt_of(an) == [1.0], [(f.what, f.span.text) for f in an.figures]
