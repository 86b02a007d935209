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


def test_first_level_units_by_their_english_or_usual_names(run):
    # the packaged units carry French or official long names (Nord-Kivu, Kayin, Al Jazirah, Michoacán de Ocampo)
    ps = _by_text(run("Militia fighters raided two villages in North Kivu and displaced hundreds into South Kivu, "
                      "the United Nations said."))
    assert ps["North Kivu"].country == "CD" and ps["North Kivu"].precision == "province"
    assert ps["South Kivu"].country == "CD" and ps["South Kivu"].precision == "province"
    ps = _by_text(run("Myanmar's army shelled farms in Karen State, while fighting went on in Arakan."))
    assert ps["Karen State"].country == "MM" and ps["Karen State"].precision == "province"
    assert ps["Arakan"].country == "MM" and ps["Arakan"].precision == "province"
    ps = _by_text(run("Sudan's paramilitary forces entered Gezira state on Monday, residents said."))
    assert ps["Gezira"].country == "SD" and ps["Gezira"].precision == "province"  # "state" outside
    ps = _by_text(run("In Mexico, gunmen ambushed a patrol in Michoacan state, and the State of Mexico sent troops."))
    assert ps["Michoacan"].country == "MX" and ps["Michoacan"].precision == "province"
    assert abs(ps["Michoacan"].lat - 19.2) < 1.0
    assert ps["State of Mexico"].country == "MX" and ps["State of Mexico"].precision == "province"
