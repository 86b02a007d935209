"""tolls11: police press releases and local TV copy: a heading's common noun is no town, a death a statement took is
the incident's, men found suffering from gunshot wounds are news, "Both are expected to survive", "struck in the
arm", "The other ... suffered", a later death of wounds leaves one hurt fewer. Sentences written for these tests;
names and places made up (Tessor: no gazetteer entry)."""
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


def harm(an):  # type: ignore[no-untyped-def]
    return [e for e in an.events if e.modality == "asserted"
            and (e.event_type in VIOLENT_EVENT_TYPES or e.outside == "crime")]


def wounded_carried(an):  # type: ignore[no-untyped-def]
    ids = {fid for e in harm(an) for fid in e.figures}
    return sorted(f.low for f in an.figures if f.id in ids and f.what == "wounded")


def test_a_heading_word_whose_plural_the_text_uses_is_no_town(ann):
    an = read(ann, "Officer-Involved Shooting, 1400 Block of West Lark Street\n\nOn Monday at about 6 p.m., officers "
                   "responded to a home in the 1400 block of West Lark Street in Tessor for a report of a man with a "
                   "gun. Officers fired at the man when he pointed the gun at them.")
    assert not any(p.name == "Officer" for p in an.places), [p.name for p in an.places]


def test_a_death_a_statement_took_is_the_incidents(ann):
    an = read(ann, "When deputies arrived at the house in Tessor on Tuesday, the man fired at their patrol cars. "
                   "One deputy was struck in the arm by a bullet fragment. Deputies returned fire, hitting the man. Deputies and paramedics provided medical aid, but the man "
                   "died at the scene, the sheriff said.")
    deaths = [e.fatalities.low for e in harm(an) if e.fatalities is not None]
    assert deaths == [1.0], [(e.trigger.text, e.event_type, e.fatalities) for e in an.events]


def test_men_found_suffering_from_gunshot_wounds_are_news(ann):
    an = read(ann, "On Friday at about 11 p.m., officers were sent to the 900 block of Pell Street in Tessor. Upon "
                   "arrival, officers located two adult males suffering from apparent gunshot wounds.")
    assert any(e.trigger.text == "suffering" for e in harm(an)), [(e.trigger.text, e.modality) for e in an.events]


@pytest.mark.parametrize("text, hurt", [
    ("Two men were stabbed early Sunday outside a bar in Tessor, police said. Both are expected to survive.", 2.0),
    ("A deputy was struck in the arm by a bullet fragment in Tessor on Monday.", 1.0),
    ("A second man was taken to a hospital in Tessor, where he was listed in critical but stable condition.", 1.0),
])
def test_people_shot_who_lived_or_struck_in_the_body_are_hurt(ann, text, hurt):
    an = read(ann, text)
    assert [f.low for f in an.figures if f.what == "wounded"] == [hurt], [(f.span.text, f.what) for f in an.figures]


def test_one_struck_in_the_head_who_died_is_no_hurt(ann):
    an = read(ann, "A deputy was struck in the head by a bullet in Tessor on Monday and died.")
    assert not any(f.what == "wounded" for f in an.figures)


def test_the_other_of_a_pair_who_suffered_injuries_is_hurt(ann):
    an = read(ann, "A Tessor man is charged with murder after police say he ran over two men with his car early Friday. Officers "
                   "were sent to the store at 1:20 a.m. Witnesses said the men had argued in the parking lot. One of "
                   "the men, Aldo Verrin, 38, died at the scene. The other, a 35-year-old man, suffered a broken leg "
                   "and head injuries.")
    assert wounded_carried(an) == [1.0], [(f.span.text, f.what) for f in an.figures]


def test_a_later_death_of_wounds_leaves_one_hurt_fewer(ann):
    an = read(ann, "A third person has died from injuries suffered in last weekend's shooting at a Tessor nightclub, "
                   "police said Monday. Two men were killed at the scene Saturday when a man opened fire near the door. "
                   "Five other people were wounded.")
    assert wounded_carried(an) == [4.0], [(f.span.text, f.what, f.low) for f in an.figures]


def test_the_hurt_told_as_they_are_now_keep_their_count(ann):
    an = read(ann, "A third person has died from injuries suffered in last weekend's shooting at a Tessor nightclub, "
                   "police said Monday. Two men were killed at the scene Saturday when a man opened fire near the door. "
                   "Four others remain in hospital with wounds.")
    assert 3.0 not in wounded_carried(an), [(f.span.text, f.what, f.low) for f in an.figures]
