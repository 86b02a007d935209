"""tolls10: "one of the N people shot ... has died" is one dead and N-1 hurt; a death its sentence tells beside an
arrest is the deed's, not the arrest's. Sentences written for these tests; names and places made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import Annotator, DocContext


@pytest.fixture(scope="module")
def ann():
    return Annotator()


def read(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("t1", published=dt.date(2024, 5, 6)))


def deaths_of(an):  # type: ignore[no-untyped-def]
    """The death counts of the asserted violent events."""
    return [e.fatalities.low for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"
            and e.fatalities is not None]


@pytest.mark.parametrize("text, hurt", [
    ("One of the three people shot Saturday night outside a bar in Tessor has died, police said Tuesday.", 2.0),
    ("One of five people wounded in a shooting at a block party in Tessor has died, police said.", 4.0),
    ("One of four men stabbed during a fight in Tessor on Friday died Monday at a hospital.", 3.0),
])
def test_one_of_the_people_shot_who_died_is_dead_and_the_rest_hurt(ann, text, hurt):
    an = read(ann, text)
    killed = [(f.low, f.high) for f in an.figures if f.what == "killed"]
    wounded = [f.low for f in an.figures if f.what == "wounded"]
    assert killed == [(1.0, 1.0)], (text, killed)
    assert wounded == [hurt], (text, wounded)


def test_one_of_the_people_shot_who_said_something_is_no_death(ann):
    an = read(ann, "One of the three people shot in Tessor said the gunman had died in a crash.")
    assert not any(f.what == "killed" and f.span.text == "One" for f in an.figures)


def test_a_death_told_beside_an_arrest_is_the_deeds(ann):
    an = read(ann, "A 26-year-old man died at the hospital early Saturday after he was stabbed during a fight outside "
                   "a bar in Tessor, and police have arrested a suspect.")
    deaths = deaths_of(an)
    assert deaths == [1.0], [(e.trigger.text, e.event_type, e.fatalities) for e in an.events]


@pytest.mark.parametrize("text", [
    "Two men were killed at the scene in Tessor on Saturday when a man who had been thrown out of the club returned "
    "and fired into the crowd near the entrance.",
    "Police said the shooting happened around 10:45 p.m. Saturday in a parking lot in Tessor, where a crowd had "
    "gathered after a birthday party.",
])
def test_a_crowd_shot_at_or_gathered_is_no_mob(ann, text):
    an = read(ann, text)
    subs = [e.sub_event_type for e in an.events]
    assert subs and "Mob violence" not in subs, (text, subs)


def test_a_death_told_alone_goes_to_a_one_day_crime_told_in_two_deeds(ann):
    an = read(ann, "A shop attendant was on Tuesday shot by armed robbers along Market Road in Tessor. An eyewitness "
                   "said the robbers shot him in the chest when he hesitated. The victim was rushed to a private "
                   "hospital where he was confirmed dead.")
    deaths = deaths_of(an)
    assert deaths == [1.0], [(e.trigger.text, e.date_start, e.fatalities) for e in an.events]
