"""Where a vehicle set out or was going is not where it crashed (issue 14, branch places44): "a bus travelling from
X to Y overturned near Z", "a truck hauling feed from X to Y rolled": neither end is the event's place
(events/came_from.py ``journey_end``); where the travellers fled or were sent keeps its old reading. Sentences
written for these tests; people and incidents are made up."""
from __future__ import annotations


def _where(evs):
    return [e.place.span.text if e.place else None for e in evs]


def test_a_crash_on_the_way_is_at_neither_end_of_the_journey(events):
    evs = events("JACKSON, Tenn. - A truck driver was killed on Tuesday, the Highway Patrol said. His rig was hauling "
                 "lumber from Nashville to Memphis when it drifted off the road and rolled down an embankment.",
                 dateline="JACKSON")
    assert evs and "Memphis" not in _where(evs) and "Nashville" not in _where(evs)


def test_a_bus_travelling_between_two_cities_crashes_at_the_named_spot(events):
    evs = events("Four passengers were killed when a bus travelling from Lahore to Multan overturned near Okara on "
                 "Sunday, police said.")
    assert evs and "Multan" not in _where(evs) and "Lahore" not in _where(evs)


def test_the_journey_words_need_both_ends_and_a_journey_verb(nlp):
    from sitrep.events.came_from import journey_end

    doc = nlp("Gunmen who fled from Gusau to Tsafe attacked a market on Monday.")
    assert not any(journey_end(doc, [t.i]) for t in doc if t.text in ("Gusau", "Tsafe"))
    doc = nlp("A minibus heading to Tsafe overturned on Monday.")
    assert not any(journey_end(doc, [t.i]) for t in doc if t.text == "Tsafe")
    doc = nlp("A minibus carrying 20 traders from Gusau to Tsafe overturned on Monday.")
    assert all(journey_end(doc, [t.i]) for t in doc if t.text in ("Gusau", "Tsafe"))
