"""Event precision on reports that use violent words with no violent event, in the forms of
``tests/data/quiet_reports8`` (branch precision14): an election "landslide", a gun salute, a review of a series, a
book or a game, weapons shown off at a parade, a missile test, "last year's clashes" named as a time, people killed
by falling trees; a fire drill's "mock explosion", a "massacre" in quotation marks, a share of counted
murders, a quarter's tally. Sentences written for these tests; the people, parties, works and companies are made up (the towns
are real, so that the gazetteer places them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")
DISASTER = ("Natural disaster", "Man-made disaster")

LANDSLIDE_WON = ("The Green Front won a landslide in the city council elections in Mombasa on Sunday, results "
                 "showed on Monday.")
LANDSLIDE_BY = ("The ruling party's candidate won the by-election in Kisumu by a huge landslide, the electoral "
                "board said on Tuesday.")
SALUTE = "Artillery fired a 21-gun salute at dawn in Nairobi on Monday, state radio said."
SERIES = ("TV review: the new crime series set in Mombasa opens with an ambush on a police convoy, and by the "
          "third episode a car bomb has gone off outside a hotel. The eight-part series began streaming on "
          "Friday; critics praised the lead actor, though the final episode drags. It is the best series of the "
          "year so far.")
GAME = ("A studio in Nairobi said on Thursday its new war game had sold half a million copies. Critics praised "
        "the game's graphics; players lead a rebel squad through the hills. One mission has them storm a village "
        "held by enemy soldiers near Garissa.")
PARADE = ("Kenya showed off new missiles and armoured vehicles at a military parade in Nairobi on Monday, the "
          "first since last year's clashes with the militants.")
TEST_SEA = ("The country fired a ballistic missile into the sea off its coast on Wednesday, the defence ministry "
            "in Mombasa said.")
TEST_TOLD = ("A long-range missile was launched from near Garissa on Wednesday, officials said. It was the third "
             "missile test this year.")
TREES = "Two people were killed by falling trees in Mombasa on Saturday as strong winds lashed the coast."


@pytest.mark.parametrize("text", [LANDSLIDE_WON, LANDSLIDE_BY, SALUTE, SERIES, GAME, PARADE, TEST_SEA, TEST_TOLD,
                                  TREES])
def test_violent_words_without_a_violent_event(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert not [e for e in happened(evs) if e.event_type in VIOLENT or e.sub_event_type in DISASTER
                and "landslide" in (e.trigger.text if e.trigger else "")], show(evs)


def test_a_landslide_that_buries_a_village_stays_a_disaster():
    evs = happened(events("A landslide buried part of a village near Kisumu on Sunday after days of heavy rain, "
                          "officials said."))
    assert ("Natural disaster", "landslide") in [(e.sub_event_type, e.trigger and e.trigger.text) for e in evs], show(evs)


def test_a_missile_fired_at_a_town_stays_an_attack():
    evs = happened(events("Rebels fired a missile at a market in Garissa on Wednesday, killing four people, "
                          "officials said. The group had carried out a missile test last year."))
    assert [e.event_type for e in evs] == ["Explosions/Remote violence"], show(evs)


def test_a_recent_days_clash_named_after_since_stays_news():
    evs = happened(events("Troops and militants clashed near Garissa on Sunday, killing three soldiers, the army "
                          "said. Patrols have doubled since Sunday's clashes."))
    assert [e.event_type for e in evs] == ["Battles"], show(evs)


FIRE_DRILL = ("Hundreds of workers left their factories in Mombasa on Thursday in a fire drill. Firefighters staged a "
              "mock explosion in a boiler room and carried \"injured\" workers to ambulances.")
CALLED = "The vote in Kisumu on Sunday was a \"massacre\" for the old parties, one analyst said on Monday."
SHARE = "Firearms were used in about half of the murders in Nairobi and knives in a fifth."


@pytest.mark.parametrize("text", [FIRE_DRILL, CALLED, SHARE])
def test_drills_names_and_shares_tell_no_incident(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert not [e for e in happened(evs) if e.event_type in VIOLENT or e.sub_event_type in DISASTER], show(evs)


def test_a_real_blast_during_a_drill_stays_an_event():
    evs = happened(events("A boiler exploded during a fire drill at a factory in Mombasa on Thursday, injuring "
                          "six workers, officials said."))
    assert [e.sub_event_type for e in evs] == ["Man-made disaster"], show(evs)


def test_a_massacre_told_without_quotes_stays_an_event():
    evs = happened(events("Gunmen killed nine villagers near Garissa on Sunday. It was the worst massacre in the "
                          "county this year, officials said."))
    assert [e.event_type for e in evs] == ["Violence against civilians"], show(evs)


def test_a_quarter_is_a_period_of_many_days():
    from sitrep.nlp.models import load_pipeline
    from sitrep.nlp.period_tally import period_tally

    doc = load_pipeline()("Police said 14 officers were killed in the quarter.")
    killed = next(t for t in doc if t.lower_ == "killed")
    assert period_tally(killed, killed, frozenset({"kill"}))
    doc = load_pipeline()("Police said 14 officers were killed in the old quarter.")
    killed = next(t for t in doc if t.lower_ == "killed")
    assert not period_tally(killed, killed, frozenset({"kill"}))
