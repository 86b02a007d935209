"""A person's or organisation's entity that is a list of names does not hide the places in it (issue 14, branch
places8; seen in tests/data/geo_reports4, "Ingham, Charters Towers" read as one organisation and "Lapu-Lapu City
and Talisay" as one person). Sentences written for these tests; the people are made up, the places real."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)
from sitrep.geo.resolve import haversine_km


def test_a_town_inside_a_list_read_as_an_organisation_is_found(run):
    ps = _by_text(run("Mosquito numbers rose in Ingham, Charters Towers and Ayr after the rain, said Dr. Lana "
                      "Vecchi."))
    assert "Charters Towers" in ps and ps["Charters Towers"].lat is not None
    assert haversine_km(ps["Charters Towers"].lat, ps["Charters Towers"].lon, -20.08, 146.26) < 50


def test_a_city_inside_a_list_read_as_a_person_is_found(run):
    ps = _by_text(run("Cases were concentrated in Cebu City, Mandaue, Lapu-Lapu City and Talisay, said Dr. Mila "
                      "Ostrava-Reyes."))
    assert "Lapu-Lapu City" in ps and ps["Lapu-Lapu City"].country == "PH"
