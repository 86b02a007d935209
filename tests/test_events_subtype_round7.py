"""Sub-types of news nobody here wrote (date_reports5, branch subtypes4): a weapon named only in another deed's
clause, the police named only as who tells the news, a fight with raiders, a state of the conflict told in the
background, a dateline with the place's country before its date. Sentences written for these tests; the people
are made up, the places real."""
from __future__ import annotations

import datetime as dt

import pytest

from events_helpers import subs


@pytest.fixture(scope="module")
def annotator():  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import Annotator

    return Annotator()


def _events(annotator, text: str, published: dt.date = dt.date(2025, 11, 7)):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    return annotator.annotate(text, DocContext("t", published=published)).events


# ------------------------------------------------------------------------- the learned decision, another deed's weapon
# (the decision itself: tests/test_subtype_model.py)
def test_an_attack_told_before_a_suicide_bombing_keeps_its_type(annotator):
    evs = _events(annotator, "Gunmen attacked a village near Gwoza on Tuesday, killing six farmers.\n\n"
                             "The attack came days after a suicide bomber killed four worshippers at a mosque in Kano.")
    got = [e.sub_event_type for e in evs]
    assert got.count("Suicide bomb") == 1 and "Attack" in got, got


# ------------------------------------------------------------------------- the police only as who tells it
@pytest.mark.parametrize("text", [
    "A gunman fired into a crowd outside a bar in Eldoret late on Saturday, police said.",
    "Two men fired into the crowd as diners left a restaurant in Eldoret, a police spokesman said.",
    "Two men fired into a crowd outside a nightclub in Kisumu, according to police.",
])
def test_firing_into_a_crowd_told_by_the_police_is_an_attack(text):
    got = subs(text)
    assert "Excessive force against protesters" not in got and "Attack" in got, got


def test_police_firing_into_a_crowd_stay_force_on_it():
    # the police are told as the doers, not only as the source
    got = subs("Police said officers fired into the crowd outside the governor's office in Eldoret.")
    assert "Attack" not in got, got


def test_speaker_only_lemmas():
    from sitrep.events.told_by_forces import speaker_only_lemmas
    from sitrep.nlp.models import load_pipeline

    nlp = load_pipeline()
    got = speaker_only_lemmas(next(nlp("Two men fired into the crowd, police spokesman Omar Wekesa said.").sents))
    assert {"police", "spokesman"} <= got and "crowd" not in got
    assert "police" in speaker_only_lemmas(next(nlp("A gunman fired into a crowd, according to police.").sents))
    # "police" told as doers too: not only the speaker's
    assert "police" not in speaker_only_lemmas(next(nlp("Police said police fired on the crowd.").sents))


# ------------------------------------------------------------------------- a fight with raiders
def test_youths_fighting_raiders_is_an_armed_clash():
    got = subs("Armed youths chased the raiders and fought them outside Bor, residents said.")
    assert "Armed clash" in got and "Mob violence" not in got, got


def test_a_fight_between_villagers_stays_mob_violence():
    assert "Mob violence" in subs("Villagers from two clans fought with sticks and machetes near Bor on Monday.")


# ------------------------------------------------------------------------- a state of the conflict, in the background
def test_a_background_state_lends_no_type_to_a_dated_raid(annotator):
    text = ("Raiders attacked a cattle camp near Bor on Tuesday, killing four herders, a local official said.\n\n"
            "Herding communities in the area have fought for years over grazing land and water.")
    got = [(e.sub_event_type, e.modality) for e in _events(annotator, text)]
    assert ("Attack", "asserted") in got and ("Mob violence", "asserted") not in got, got


# ------------------------------------------------------------------------- a dateline with the place's country
def test_a_dateline_with_a_country_before_its_date_ends_before_the_lede():
    from sitrep.nlp.line_breaks import dateline_start

    text = "DORI, Burkina Faso, 3 March 2025 — Armed men killed nine people."
    assert dateline_start(text) == [text.index("Armed")]
    text = "BUNIA, Democratic Republic of Congo, 2 May 2025 — Militiamen attacked a camp."
    assert dateline_start(text) == [text.index("Militiamen")]
    # a sentence with no date is no dateline
    assert dateline_start("DORI, Burkina Faso, where armed men killed nine people — officials said.") == []


def test_the_lede_after_a_dated_dateline_keeps_its_doer_and_victims(annotator):
    # before: the parser read "Armed men killed ..." as a phrase of the dateline, and the men as the victims
    evs = _events(annotator, "DORI, Burkina Faso, 3 March 2025 — Armed men killed at least nine people in a raid on "
                             "a hamlet near Dori on Saturday, officials said.", dt.date(2025, 3, 3))
    e = evs[0]
    assert e.actor2 is not None and e.actor2.entity_id == "CIVILIANS", e.actor2
