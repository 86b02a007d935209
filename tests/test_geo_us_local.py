"""US local reports (issue 14): a name shared by a big English and a US city, in a report that speaks like US police
("the 900 block of", "the county sheriff's office"), is the US city; a place called a neighbourhood in a story about
a city is a part of that city, never a far town of its name. Sentences written for these tests, with made-up
persons and streets."""

import pytest
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


@pytest.mark.parametrize("text", [
    "Deputies said a Birmingham man was shot twice outside a store in the 900 block of Quillan Road late Tuesday. "
    "Orvel Tanning, 41, was taken to a hospital.",
    "A woman was found dead in Birmingham on Sunday, the county sheriff's office said, and detectives were "
    "questioning a neighbour, Pell Ardmore.",
])
def test_us_police_words_put_birmingham_in_alabama(run, text):
    assert _near(_by_text(run(text))["Birmingham"], 33.52, -86.80, km=50)


def test_birmingham_without_us_cues_stays_english(run):
    ps = _by_text(run("Two men were hurt in a street fight in Birmingham on Saturday night and a third was "
                      "arrested, officers said."))
    assert _near(ps["Birmingham"], 52.48, -1.90, km=50)


def test_a_neighborhood_named_after_a_far_city_gets_no_far_point(run):
    ps = _by_text(run("CHICAGO — A teenager was wounded early Friday in the Austin neighborhood on the city's "
                      "West Side, police said."))
    p = ps.get("Austin")
    assert p is None or p.lat is None or _near(p, 41.88, -87.63, km=50)
    assert _near(ps["CHICAGO"], 41.88, -87.63, km=50)


@pytest.mark.parametrize("text", [
    # a story of one city: the neighbourhood lies in it
    "Two houses were hit by gunfire overnight in the Austin neighborhood, Chicago police said. Nobody was hurt, "
    "said Sgt. Rell Danford.",
    # two far cities: no far town of the name
    "A man from Denver was shot in the Austin neighborhood of Chicago on Monday, police said.",
])
def test_a_neighborhood_is_never_a_far_town(run, text):
    p = _by_text(run(text)).get("Austin")
    assert p is None or p.lat is None or _near(p, 41.88, -87.63, km=50)


def test_a_neighborhood_without_a_city_in_the_story_is_left_alone():
    from sitrep.geo.resolve import neighborhoods_in_city

    neighborhoods_in_city([], "the Austin neighborhood", 0.5)  # nothing scored: nothing to do, no error


def test_a_us_police_phrase_alone_places_portland_in_oregon(run):
    # the text's only pointer to a country is a US phrase ("the county jail"); Jamaica's parish of the name, in a
    # country the article never points to, no longer outranks the big US city (feature outside_focus)
    ps = _by_text(run("A man was stabbed at a bus stop in Southeast Portland on Sunday afternoon, police said. A "
                      "suspect, Dorran Vells, 29, was booked into the county jail on a charge of second-degree "
                      "assault."))
    assert _near(ps["Portland"], 45.52, -122.68, km=50)


def test_outside_focus_marks_the_entries_of_countries_the_article_never_points_to():
    from sitrep.geo.gazetteer import Entry
    from sitrep.geo.rank import FEATURES
    from sitrep.geo.recognize import Candidate
    from sitrep.geo.resolve import DocGeo, features

    es = [Entry(0, "x:1", "Elmvale", 0.0, 0.0, "P", "PPL", "US", "OR", "", 600_000, primary=True),
          Entry(1, "x:2", "Elmvale", 10.0, 10.0, "A", "ADM1", "JM", "07", "", 0, primary=True)]
    c = Candidate(0, 7, "Elmvale", es, "exact", "", "GPE")
    col = FEATURES.index("outside_focus")
    dg = DocGeo({"US": 1.0}, "US", set(), set(), set(), "", [])
    assert list(features(c, es, dg, None, "")[:, col]) == [0.0, 1.0]
    # an article that points to no country at all: no entry is outside it
    dg0 = DocGeo({}, "", set(), set(), set(), "", [])
    assert list(features(c, es, dg0, None, "")[:, col]) == [0.0, 0.0]


@pytest.mark.parametrize("text, name, lat, lon", [
    # a hundred-block address in a story of one city lies in it
    ("CHICAGO — Gunfire hurt two brothers near dawn on Sunday at the 400 block of North Quillet Avenue in Austin, "
     "according to police. Both were found on a sidewalk.", "Austin", 41.88, -87.63),
    # ... and in a story of several towns its own town stays
    ("A woman was shot Friday in the 700 block of Pell Street in Dayton, Ohio, and a man from Columbus was "
     "arrested, deputies said.", "Dayton", 39.76, -84.19),
    # a section of a city is the entry of the name near it
    ("Three people were shot in the Kensington section of Philadelphia on Tuesday, police said.", "Kensington",
     39.95, -75.16),
])
def test_a_part_of_the_story_city(run, text, name, lat, lon):
    assert _near(_by_text(run(text))[name], lat, lon, km=50)


def test_a_country_is_no_section_of_a_city(run):
    ps = _by_text(run("Her column on farm prices ran in our Britain section last weekend, beside a report from Leeds "
                      "and one from Bristol."))
    assert ps["Britain"].lat is not None and ps["Britain"].country == "GB"
