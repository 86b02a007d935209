"""A city's own council area that countrystatecity files as a first-level unit ("Birmingham", "Belfast" under the
United Kingdom's nations) is answered as the city, a town (geo/resolve.py ``city_over_council``). Sentences written
for these tests; real gazetteer, spaCy model and committed ranker."""
import pytest
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Bus drivers in Birmingham, Coventry and Wolverhampton will strike next month over a pay offer, the union "
     "announced.", "Coventry", 52.41, -1.51),
    ("Bus drivers in Birmingham, Coventry and Wolverhampton will strike next month over a pay offer, the union "
     "announced.", "Wolverhampton", 52.59, -2.12),
    ("Belfast and Aberdeen councils both approved new cycle lanes this week.", "Belfast", 54.60, -5.93),
    ("Belfast and Aberdeen councils both approved new cycle lanes this week.", "Aberdeen", 57.14, -2.10),
])
def test_a_city_council_area_is_the_city(run, text, name, lat, lon):
    p = _by_text(run(text))[name]
    assert p.precision == "town" and _near(p, lat, lon, km=10)


def test_a_real_first_level_unit_stays_a_province(run):
    p = _by_text(run("Flooding closed roads across Ontario and Quebec on Sunday, officials said."))["Ontario"]
    assert p.precision == "province"
