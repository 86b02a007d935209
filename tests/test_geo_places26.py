"""Local reports with no dateline, part two (issue 14, branch places26, found on the undated copies of
tests/data/geo_reports9, 12, 13 and 14, ``bench/geo_undated.py``): the townships of Durban and Cape Town and the
districts of Greater Buenos Aires are in the gazetteer's supplement, so a story of them stays home; and a town's name
heading a building's name ("X Hospital") is no building in a far namesake of that town when the story's own towns
lie together elsewhere, even in the same country. Sentences written for these tests, with made-up persons (the
places are real)."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

from sitrep.geo.resolve import haversine_km


def _near(p, lat, lon, km=50.0):
    return p.lat is not None and haversine_km(p.lat, p.lon, lat, lon) <= km


def test_a_hospital_named_after_a_far_namesake_of_a_town_is_no_building_there(run):
    text = ("A pedestrian was struck by a car on Sunday evening on a downtown street, London police said. The man, "
            "70, of Strathroy, was pronounced dead at Victoria Hospital. The driver, a woman from St. Thomas, stayed "
            "at the scene.")
    ps = _by_text(run(text))
    vic = ps["Victoria Hospital"]
    assert vic.lat is None or haversine_km(vic.lat, vic.lon, 42.98, -81.25) < 500


def test_durban_townships_are_durbans(run):
    text = ("Two men were shot dead outside a tavern in Chatsworth on Saturday night, KwaZulu-Natal police said. A "
            "third man was wounded and taken to hospital in Umlazi. Officers later arrested a suspect in Phoenix, "
            "north of Durban, and seized a pistol, Captain Thandeka Mkhize said.")
    ps = _by_text(run(text))
    assert _near(ps["Chatsworth"], -29.92, 30.88) and _near(ps["Phoenix"], -29.70, 30.97)


def test_cape_flats_townships_are_cape_towns(run):
    text = ("A man was stabbed to death at a taxi rank in Khayelitsha on Friday evening, Western Cape police said. "
            "A 19-year-old suspect was arrested in Philippi the next morning, and a second man was held in "
            "Gugulethu.")
    ps = _by_text(run(text))
    assert _near(ps["Philippi"], -34.00, 18.58)


def test_a_buenos_aires_district_in_a_list_stays_in_argentina(run):
    text = ("A woman was shot in the leg during a robbery at a pharmacy in Quilmes on Monday, police said. It was the "
            "fourth such raid in a month, after attacks in La Matanza and Avellaneda.")
    ps = _by_text(run(text))
    assert ps["La Matanza"].country == "AR"


def test_with_no_two_towns_read_together_the_names_namesakes_make_the_home(run):
    text = ("Provincial police in Middlesex County are searching for the driver of a grey sedan that hit a jogger "
            "near Lambeth on Thursday morning and drove away. The jogger, a man of 40 from Byron, has a broken arm. "
            "In a separate case, a teenager from Strathroy was charged with theft after a shop break-in, and a woman "
            "from St. Thomas was fined for careless driving. The London Knights' game on Friday went ahead.")
    ps = _by_text(run(text))
    assert ps["London"].country == "CA" and ps["Lambeth"].country == "CA"
