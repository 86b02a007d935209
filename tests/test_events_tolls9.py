"""tolls9: "air" ending a hyphenated compound names no aircraft; vehicle rammings; lists of bodies; wounded
counts. Sentences written for these tests; names and places made up."""
from __future__ import annotations

from events_helpers import events


def test_an_open_air_market_makes_no_air_strike():
    evs = events("A man armed with a knife killed one person and wounded two others at an open-air market "
                 "in Tessor on Saturday.")
    assert evs and not any(e.sub_event_type == "Air/drone strike" for e in evs), [
        (e.event_type, e.sub_event_type) for e in evs]


def test_a_car_driven_into_a_crowd_is_an_attack():
    for text in ("Six people were injured when a car was driven into a crowd of people outside a pub in Tessor.",
                 "One man died after a driver deliberately drove onto a crowded sidewalk outside a bar in Tessor."):
        evs = events(text)
        assert any(e.sub_event_type == "Attack" for e in evs), (text, [(e.event_type, e.sub_event_type) for e in evs])


def test_a_driver_who_lost_control_makes_no_attack():
    evs = events("A driver lost control and crashed into a crowd of people in Tessor, injuring six.")
    assert not any(e.sub_event_type == "Attack" for e in evs), [(e.event_type, e.sub_event_type) for e in evs]
