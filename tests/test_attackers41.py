"""Who did it (issue 16, branch attackers41): the suspect a local crime report names only after a charge told
another way than "X was charged with murder": "He faces one count of murder" after "X was arrested", "A man faces a
murder charge ... X was taken into custody", "Officers arrested X ... prosecutors charged him with murder", "police
have charged a 20-year-old with murder ... X was arrested". Sentences written for these tests; people, streets and
incidents made up (towns real). Also "the [main] accused, X," however the parser hangs the name, and the arrested
"driver, X" of a car driven into people."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext


def _doers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 6, 2)))
    return [e.actor1.name for e in an.events if e.actor1 is not None]


CASES = [
    ("DARWIN - A man was stabbed to death outside a house on Bagot Road late on Friday, police said. Brody Falkner, "
     "24, of Nightcliff, was arrested at a service station two hours later. He faces one count of murder and will "
     "appear in court on Monday.", "Brody Falkner"),
    ("MEMPHIS, Tenn. - A 52-year-old man faces a first-degree murder charge; police say he shot his neighbor during "
     "a dispute over a fence on Tuesday night. Officers found Lonnie Carver, 47, dead in his yard. Dwayne Heflin was "
     "taken into custody about an hour later at a motel on Lamar Avenue.", "Dwayne Heflin"),
    ("ST. LOUIS - A woman who was shot outside a bar on Cherokee Street on Saturday has died, police said. Officers "
     "arrested Terrell Boyce, 30, on Sunday. City prosecutors on Wednesday charged him with second-degree murder.",
     "Terrell Boyce"),
    ("CAIRNS - Police have charged a 20-year-old with murder after a man was stabbed at a house in Manunda on "
     "Thursday night. Kaden Mortlock, 20, was arrested at a nearby park about 2am.", "Kaden Mortlock"),
    ("LUCKNOW: A farmer was shot dead in a quarrel over an irrigation channel in Malihabad area on Tuesday evening. "
     "According to police, the prime accused, Ramkumar Verma, his son and a relative opened fire when the farmer "
     "objected to them cutting the channel.", "Ramkumar Verma"),
    ("MYSURU: A 35-year-old woman was hacked to death at her house in Hebbal on Friday night. Police said the "
     "accused, Shivanna, a lorry driver, had quarrelled with her over money.", "Shivanna"),
    ("COLUMBUS, Ohio - Four people were injured when a pickup truck mounted the sidewalk outside a bar on Parsons "
     "Avenue early Sunday, shortly after its driver was thrown out of the bar, witnesses said. The driver, identified as Trevor Lusk, 28, of Grove City, was arrested a few blocks "
     "away.", "Trevor Lusk"),
]


@pytest.mark.parametrize("text,name", CASES)
def test_the_suspect_named_after_another_kind_of_charge_is_the_attacker(ann, text, name):  # type: ignore[no-untyped-def]
    got = _doers(ann, text)
    assert name in got, got


def test_an_arrest_with_no_charge_named_still_names_no_one(ann):  # type: ignore[no-untyped-def]
    text = ("DENVER - A man was shot and wounded in a parking lot on Colfax Avenue on Friday, police said. Officers "
            "arrested Jolene Raskin, 33, on an unrelated warrant the same night.")
    assert "Jolene Raskin" not in _doers(ann, text)


def test_a_driver_who_died_is_no_suspect(ann):  # type: ignore[no-untyped-def]
    text = ("TULSA, Okla. - Two people died when a sedan and a pickup collided on Admiral Place on Friday night, police "
            "said. The driver of the sedan, Gary Pruitt, 61, died at the scene.")
    assert "Gary Pruitt" not in _doers(ann, text)
