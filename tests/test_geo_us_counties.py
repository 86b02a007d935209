"""US counties the gazetteer lacked or filed under a neighbour's towns (issue 14, branch places45; seen in
tests/data/geo_reports28): the county ids aligned by the window each name's id must fall in, a county pinned by its
namesake town, independent cities, and the counties with no towns filed under them. Sentences written for these tests;
people and incidents are made up."""
import pytest

from sitrep.nlp.annotate import DocContext


def test_county_ids_skip_an_id_of_no_county_and_keep_the_rest_in_their_windows():
    from sitrep.geo.gazetteer import _align_counties

    names = ["Adams County", "Brown County", "Clark County", "Dade County"]
    windows = [(9.0, 11.0), (19.0, 21.0), (30.0, 32.0), (60.0, 62.0)]
    # Brown and Dade County have no towns, and id 36 is no county of this list's: it is left out, not given to Dade
    assert _align_counties(names, [10, 31, 36], expect=windows) == [0, None, 1, None]


def test_a_county_is_pinned_to_the_id_its_namesake_town_is_filed_under():
    from sitrep.geo.gazetteer import UNFILED, _align_counties

    names = ["San Benito County", "San Bernardino County", "San Diego County", "San Francisco County",
             "San Joaquin County"]
    run = [(80.0, 90.0)] * 5  # one window for the run: the ids alone cannot tell which county lacks towns
    assert _align_counties(names, [84, 85, 86, 88], expect=run) == [None] * 5
    # San Bernardino and San Diego are filed under 85 and 86; San Francisco's town is filed under no county
    own = [None, 85, 86, UNFILED, None]
    assert _align_counties(names, [84, 85, 86, 88], expect=run, own=own) == [0, 1, 2, None, 3]


def test_an_independent_city_is_the_one_of_its_run_without_towns():
    from sitrep.geo.gazetteer import _align_counties

    names = ["Roanoke County", "Roanoke city"]
    assert _align_counties(names + ["Rockbridge County"], [50, 60], expect=[(50.0, 50.0)] * 2 + [(60.0, 61.0)]) \
        == [0, None, 1]


@pytest.mark.parametrize("name, state, lat, lon, km", [
    ("Bibb County", "GA", 32.81, -83.70, 120),  # no towns filed under it: Georgia's point
    ("Monroe County", "NY", 43.15, -77.69, 40),
    ("Schoharie County", "NY", 42.59, -74.44, 40),  # was at Watkins Glen, Schuyler County's
    ("Baltimore County", "MD", 39.46, -76.63, 40),
    ("Roanoke County", "VA", 37.27, -80.07, 40),
    ("San Diego County", "CA", 33.03, -116.74, 80),
    ("Fairfield County", "CT", 41.27, -73.39, 120),
])
def test_us_counties_missing_or_misfiled_before_are_in_their_state(name, state, lat, lon, km):
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.resolve import haversine_km

    es = [e for e in get_gazetteer().lookup(name) if e.country == "US" and e.admin1 == state and e.fcode == "ADM2"]
    assert len(es) == 1, name
    assert haversine_km(es[0].lat, es[0].lon, lat, lon) < km


def test_a_county_named_with_its_state_is_that_states(ann):
    ps = ann.annotate("Deputies found a burned-out car on a dirt road in rural Bibb County, Georgia, on Sunday, the "
                      "sheriff's office said.", DocContext(article_id="t")).places
    bibb = next(p for p in ps if p.span.text.startswith("Bibb"))
    assert bibb.admin1 == "Georgia" and bibb.lon > -85.0
