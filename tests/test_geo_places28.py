"""Undated local crime reports (issue 14, branch places28; seen in tests/data/geo_reports16): a person's home town far
from the scene does not place the event ("a 24-year-old from X was shot in Y", "arrested a man from X", "The teenager,
from X, was arrested", "a 41-year-old X man", events/home_town.py). Sentences written for these tests; people and incidents
are made up."""
import pytest


def _names(evs):
    return [e.place.span.text if e.place is not None else None for e in evs]


def test_a_victims_home_town_does_not_place_the_shooting(events):
    evs = events("A 30-year-old woman from Denver was shot and wounded on Friday night while leaving a bar in "
                 "Lubbock, Texas, police said.")
    assert evs and "Denver" not in _names(evs)
    assert "Lubbock" in _names(evs)


# (test id, text, the home town or unit that must not place the event)
ELSEWHERE = [
    ("an_arrested_mans_home_town_does_not_place_the_arrest",
     "A clerk was stabbed at a motel in Valdosta on Sunday. Police arrested a 22-year-old man from Tampa at a "
     "friend's apartment on Monday.", "Tampa"),
    ("a_home_town_set_off_by_commas_does_not_place_the_arrest",
     "Two people were killed in a crash on Route 3 in Yreka on Saturday. The other driver, 19, from Fresno, was "
     "arrested at the scene.", "Fresno"),
    ("the_unit_officers_come_from_does_not_place_the_arrest",
     "A woman was robbed at a bus stop in Penrith on Friday night. Officers from the Nepean Police Area Command "
     "arrested a man on Saturday.", "Nepean"),
]


@pytest.mark.parametrize("text, home", [c[1:] for c in ELSEWHERE], ids=[c[0] for c in ELSEWHERE])
def test_where_someone_comes_from_does_not_place_the_event(events, text, home):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert evs and home not in _names(evs)


def test_a_home_town_before_a_persons_noun_does_not_place_the_event(events):
    evs = events("A 35-year-old Omaha man was stabbed outside a convenience store in Wichita on Friday, police said.")
    assert evs and "Omaha" not in _names(evs)
    assert "Wichita" in _names(evs)


def test_the_scene_still_places_an_event_of_a_local_man(events):
    evs = events("A man from Topeka was stabbed in Topeka on Friday night, police said.")
    assert evs and "Topeka" in _names(evs)


def test_the_towns_of_two_sides_in_a_clash_still_place_it(events):
    evs = events("Two men were killed on Friday in a clash between youths from Ile-Ife and Modakeke, police said.")
    assert evs and any(n in ("Ile-Ife", "Modakeke") for n in _names(evs))
