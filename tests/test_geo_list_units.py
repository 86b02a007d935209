"""First-level units the model labels a person's, lists of three names or more read as lists, not as "Town, Y", and
"Town, County" (geo/recognize.py ``_reject``, geo/resolve.py ``_containers``, ``_unit_outside``, ``_outside``), on
sentences written for these tests with made-up persons.

Uses the real gazetteer (built into build/ on first use, about a minute) and the spaCy model.
"""
from test_geo_places import _by_text, run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_state_of_the_articles_country_is_no_person(run):
    ps = _by_text(run("Mexican police said Guerrero remains the most violent state, and troops were sent from "
                      "Mexico City."))
    assert ps["Guerrero"].country == "MX" and ps["Guerrero"].precision == "province"
    ps = _by_text(run("Norway's farmers were told to keep hens indoors. Rogaland and Hordaland must comply, Oslo said."))
    assert ps["Rogaland"].country == "NO"


def test_an_island_of_the_articles_country_is_no_person(run):
    ps = _by_text(run("Ferries to Hawaii were cancelled, and Oahu said schools would close."))
    assert ps["Oahu"].country == "US" and ps["Oahu"].lat is not None


def test_a_word_of_a_full_persons_name_stays_a_person(run):
    ps = _by_text(run("Juan Guerrero told reporters in Mexico City that Guerrero would vote."))
    assert "Guerrero" not in ps


def test_a_comma_list_of_three_is_no_address(run):
    # "Suba, Bomet, ..." lists Kenyan counties: Suba is not "Suba in Bomet", and Fiji's Suva is not meant
    ps = _by_text(run("Relief reached Suba, Bomet, Kericho and Narok on Tuesday, Kenyan officials said."))
    assert ps["Bomet"].country == "KE" and ps["Suba"].lat is None


def test_an_address_ending_in_its_country_is_still_one(run):
    ps = _by_text(run("He was born in Stroud, Ontario, Canada, in 1970."))
    assert ps["Stroud"].lat is None and ps["Ontario"].country == "CA"


def test_a_town_listed_with_territories_keeps_its_point(run):
    ps = _by_text(run("The envoy flew to Saipan, Guam, Alaska and Hawaii last year."))
    assert ps["Saipan"].country == "MP" and ps["Saipan"].lat is not None


def test_a_town_put_in_a_county_where_none_of_its_entries_lies_is_blank(run):
    ps = _by_text(run("The series moves on to Rockingham, Northamptonshire, in August, organisers in London said."))
    assert ps["Rockingham"].lat is None and ps["Northamptonshire"].country == "GB"
    ps = _by_text(run("He grew up in Corby, Northamptonshire, and moved to Leeds."))
    assert ps["Corby"].country == "GB" and ps["Corby"].lat is not None


def test_every_member_of_a_list_the_plural_kind_word_ends_is_of_that_kind(run):
    # (issue 14, branch places9; geo_reports5 r03 "Escambia, Santa Rosa, Okaloosa and Walton counties"): only the
    # last name stood next to "counties"; the earlier ones were missed or read as towns (Lynn, Massachusetts)
    kinds = {p.span.text: (p.admin1, p.precision) for p in run(
        "SALEM, Ore. — Search teams from Linn, Benton and Lane counties joined the hunt for the missing hikers on "
        "Sunday, a sheriff's spokeswoman said.")}
    for county in ("Linn", "Benton", "Lane"):
        assert kinds.get(county) == ("Oregon", "district"), county
