"""A state named only by its dotted abbreviation ("thefts in Mich.", "in Ill.") is named all the same: the ranker's
``admin1_named`` feature counts it (``local_units._ap_abbrev``), so a town whose namesake lies in another state the text
names by its full name ("Toledo, Ohio") is read in the abbreviated one (issue 14, branch places10; seen in
tests/data/geo_reports5 r02 and r05, "Montgomery County" read in Maryland and "Plymouth" in Ohio). Sentences written
for these tests; the people are made up, the places real."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_listed_town_is_read_in_the_abbreviated_state(run):
    ps = _by_text(run("Break-ins at garages were reported in Novi, Plymouth and Northville last week, Det. Holly "
                      "Varga said. Stolen mowers were sold at a flea market in Toledo, Ohio. Garage thefts in Mich. "
                      "have doubled since spring."))
    assert _near(ps["Plymouth"], 42.37, -83.47, km=30)  # Plymouth, Michigan (Plymouth, Ohio lies 167 km off)


def test_a_lone_town_is_read_in_the_abbreviated_state(run):
    ps = _by_text(run("Two men were charged in Springfield after a break-in at a pharmacy, Lt. Maris Coble said. A "
                      "third suspect was arrested in St. Louis, Missouri. Pharmacy thefts in Ill. have doubled."))
    assert _near(ps["Springfield"], 39.80, -89.64)  # Springfield, Illinois
