"""Official names and regions the gazetteer supplement adds (data/gazetteer_supplement.tsv), on sentences written
for these tests."""
from test_geo_context import _by_text
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_state_by_its_official_name_or_initials(run):
    ps = _by_text(run("The new ambassador to the Holy See met envoys of the DPRK in Rome on Tuesday."))
    assert ps["Holy See"].country == "VA"
    assert ps["DPRK"].country == "KP"


def test_a_peninsula_is_not_one_of_its_countries(run):
    ps = _by_text(run("Both leaders called for calm on the Korean Peninsula after the missile test."))
    p = ps["Korean Peninsula"]
    assert p.precision == "region" and p.country in (None, "")
