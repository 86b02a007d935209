"""Event precision on reports that use violent words with no violent event, in the forms of
``tests/data/quiet_reports8`` (branch precision14): an election "landslide", a gun salute, a review of a series, a
book or a game, weapons shown off at a parade, a missile test, "last year's clashes" named as a time, people killed
by falling trees. Sentences written for these tests; the people, parties, works and companies are made up (the towns
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
