"""First-level units the model labels a person's (geo/recognize.py ``_reject``), on sentences written for these
tests with made-up persons.

Uses the real gazetteer (built into build/ on first use, about a minute) and the spaCy model.
"""
from test_geo_places import _by_text, run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_state_of_the_articles_country_is_no_person(run):
    ps = _by_text(run("Mexican police said Guerrero remains the most violent state, and troops were sent from "
                      "Mexico City."))
    assert ps["Guerrero"].country == "MX" and ps["Guerrero"].precision == "province"
    ps = _by_text(run("Norway's farmers were told to keep hens indoors. Rogaland and Hordaland must comply, Oslo said."))
    assert ps["Rogaland"].country == "NO"


def test_a_word_of_a_full_persons_name_stays_a_person(run):
    ps = _by_text(run("Juan Guerrero told reporters in Mexico City that Guerrero would vote."))
    assert "Guerrero" not in ps
