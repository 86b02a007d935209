"""Issue 14 item 4, branch places38 (geo_reports22): one place per event, where the act happened. A road named by its
two ends places its deed near the first end when the ends are close (events/road_place.py), not at a dateline far
from both; the ends of such a road are places whatever the model labels them, and so is the object of "raided",
"overran", "stormed", "attacked" (geo/context_cue.py); where the doers came from ("fighters who had come from X
raided Y") is not where they struck (events/came_from.py). Sentences written for these tests; people and incidents
made up ("Tamberlo" and "Ostrava Nova" are no gazetteer's)."""
from __future__ import annotations

import pytest


def _cand(text, name):
    from sitrep.geo.candidate import Candidate

    start = text.index(name)
    return Candidate(start, start + len(name), name, [], "exact")


@pytest.mark.parametrize("text,name,want", [
    ("Gunmen burned a lorry on the road linking Tamberlo and Ostrava Nova on Monday.", "Tamberlo", "context"),
    ("Gunmen burned a lorry on the road linking Tamberlo and Ostrava Nova on Monday.", "Ostrava Nova", "context"),
    ("Bandits raided Tamberlo at dawn and stole cattle.", "Tamberlo", "context"),
    ("Rebels attacked Tamberlo on Friday, residents said.", "Tamberlo", "context"),
    ("The minister linking Tamberlo to the scandal resigned.", "Tamberlo", ""),
])
def test_the_ends_of_a_road_and_a_raids_object_are_places(nlp, text, name, want):
    from sitrep.geo.context_cue import context_cue

    assert context_cue(nlp(text), _cand(text, name)) == want


def _where(evs):
    return [e.place.span.text if e.place else None for e in evs]


def test_a_short_road_places_its_deed_at_the_first_end_not_the_dateline(events):
    evs = events("DAKAR, Senegal (Reuters) - Gunmen ambushed a minibus on the road linking Ziguinchor and Bignona on "
                 "Monday, killing three passengers, police said.", dateline="DAKAR")
    assert evs and _where(evs)[0] == "Ziguinchor"


def test_a_road_between_two_towns_places_its_deed_near_them(events):
    evs = events("Gunmen killed two drivers on the highway between Ziguinchor and Bignona on Friday, officials said "
                 "in Dakar.")
    assert evs and _where(evs)[0] in ("Ziguinchor", "Bignona")


def test_a_long_road_is_no_place_of_its_own(events):
    evs = events("BAMAKO (Reuters) - Gunmen ambushed a convoy on the road linking Kayes and Gao on Monday, killing "
                 "six soldiers.", dateline="BAMAKO")
    assert evs and "Kayes" not in _where(evs)


def test_where_the_doers_came_from_is_not_where_they_struck(events):
    evs = events("Gunmen who had come from Gusau raided Tsafe on Sunday, killing six villagers, police said.")
    assert evs and "Gusau" not in _where(evs) and "Tsafe" in _where(evs)


def test_those_who_fled_from_a_town_keep_it_a_scene(nlp):
    from sitrep.events.came_from import doers_origin

    doc = nlp("Residents who fled from Tsafe said gunmen burned the market.")
    i = next(t.i for t in doc if t.text == "Tsafe")
    assert not doers_origin(doc, [i])
    doc = nlp("Fighters who had moved south from Tsafe attacked the market.")
    i = next(t.i for t in doc if t.text == "Tsafe")
    assert doers_origin(doc, [i])
