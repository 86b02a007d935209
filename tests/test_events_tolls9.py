"""tolls9: "air" ending a hyphenated compound names no aircraft; vehicle rammings; lists of bodies; wounded
counts. Sentences written for these tests; names and places made up."""
from __future__ import annotations

from events_helpers import events


def test_an_open_air_market_makes_no_air_strike():
    evs = events("A man armed with a knife killed one person and wounded two others at an open-air market "
                 "in Tessor on Saturday.")
    assert evs and not any(e.sub_event_type == "Air/drone strike" for e in evs), [
        (e.event_type, e.sub_event_type) for e in evs]
