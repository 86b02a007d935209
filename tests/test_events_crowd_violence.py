"""Issue 16: protesters doing violence are a violent demonstration (ACLED Riots), force used on protesters is not,
and power seized by a general is no territory taken. Sentences written for these tests; names and places made up."""
from __future__ import annotations

import pytest

from events_helpers import events, subs

TERRITORY = {"Non-state actor overtakes territory", "Government regains territory", "Non-violent transfer of territory"}


@pytest.mark.parametrize("text", [
    "Protesters attacked the police station in Marvelo on Monday.",
    "Demonstrators stormed the governor's office in Marvelo on Tuesday.",
    "Protesters set fire to the town hall in Marvelo on Sunday.",
    "Angry demonstrators ransacked two shops in Marvelo.",
    "Protesters marched through Marvelo and later attacked a police post.",
    "Protesters attacked three police officers in Marvelo on Monday.",
])
def test_protesters_as_doers_of_violence_make_a_violent_demonstration(text):
    got = subs(text)
    assert "Violent demonstration" in got and "Peaceful protest" not in got, got


def test_a_crowd_stoning_the_police_is_a_violent_demonstration():
    assert "Violent demonstration" in subs("The crowd pelted the police with stones in Marvelo on Friday.")


def test_a_mob_attacking_people_is_mob_violence():
    assert "Mob violence" in subs("A mob beat two men suspected of theft in Marvelo on Friday.")


@pytest.mark.parametrize("text", [
    "Protesters marched peacefully through Marvelo on Monday.",
    "Demonstrators gathered outside the governor's office in Marvelo.",
    "Protesters set up a camp outside the parliament in Marvelo.",
])
def test_a_protest_with_no_violence_by_its_marchers_stays_peaceful(text):
    assert "Violent demonstration" not in subs(text)


@pytest.mark.parametrize("text", [
    "Police attacked protesters in Marvelo on Monday.",
    "Protesters were attacked in Marvelo on Monday.",
    "Police beat demonstrators in Marvelo on Monday.",
])
def test_force_used_on_protesters_is_no_violent_demonstration(text):
    got = subs(text)
    assert "Violent demonstration" not in got and any(s.startswith(("Excessive", "Protest with")) for s in got), got


def test_a_violent_deed_denied_is_not_the_protesters_violence():
    assert "Violent demonstration" not in subs("Protesters did not attack the police station in Marvelo.")


@pytest.mark.parametrize("text", [
    "The general seized power in Marvelo on Monday.",
    "General Tolvar Renik seized power in Marvelo on Monday.",
])
def test_power_seized_is_no_territory(text):
    assert not TERRITORY & set(subs(text))


def test_a_general_seizing_a_town_still_takes_territory():
    assert TERRITORY & set(subs("The general seized the town of Marvelo on Monday."))


def test_the_doer_reading_follows_the_parse():
    from sitrep.events.crowd_violence import protesters_violence
    from sitrep.events.ontology import load_ontology
    from sitrep.nlp.models import load_pipeline

    onto, nlp = load_ontology(), load_pipeline()
    assert protesters_violence(next(nlp("Protesters who stormed the office were detained.").sents), onto)
    assert not protesters_violence(next(nlp("Police stormed the office held by protesters.").sents), onto)
    assert not protesters_violence(next(nlp("Protesters set up tents in the square.").sents), onto)
