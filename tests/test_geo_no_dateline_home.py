"""Local reports with no dateline (a local paper's web page; issue 14, branch places24, found on
tests/data/geo_reports3 and geo_reports7 read without their datelines): the town the text's other towns lie around
is the story's home, so a bare name with a namesake next door to it is that namesake, not a big city abroad, and a
name abroad that is also a town of the story's area vouches for no foreign country. Sentences written for these
tests, with made-up persons (the places are real)."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_big_city_abroad_is_the_namesake_its_towns_lie_around(run):
    text = ("A pickup truck hit a motorcyclist on a county road west of London late on Friday, police said. The "
            "road was closed near Lambeth. The "
            "rider, a 52-year-old man from St. Thomas, was taken to hospital, and the driver, from Strathroy, was "
            "charged. Officers from Woodstock closed the road for four hours.")
    ps = _by_text(run(text))
    assert ps["London"].country == "CA"


def test_a_name_abroad_that_is_also_a_town_of_the_area_vouches_for_no_country(run):
    text = ("A man was shot outside a bar in Dartmouth on Saturday night, police said. Officers arrested a suspect "
            "in Bedford the next day and a second man near Enfield. Detectives also spoke to a witness in Cole "
            "Harbour, a relative in Lower Sackville and a cousin in Truro.")
    ps = _by_text(run(text))
    assert ps["Bedford"].country == "CA" and ps["Enfield"].country == "CA"


def test_with_a_dateline_its_town_stays_the_home(run):
    text = ("PERTH — A quad bike was taken from a farm outside Blairgowrie overnight, police said. Officers in "
            "Crieff and Dundee are looking for a grey pickup seen near Scone.")
    ps = _by_text(run(text, dateline="PERTH"))
    assert ps["PERTH"].country == "GB"


def test_a_small_town_abroad_is_blank_beside_the_towns_of_the_story_and_a_neighbour_country(run):
    text = ("A taxi driver was robbed at gunpoint in Northdale on Monday night, police said. Two men were later "
            "arrested in Pietermaritzburg, and officers from Howick and Hilton are looking for a third man, who may "
            "have fled to Mozambique, constable Sipho Dlamini said.")
    ps = _by_text(run(text))
    assert "Northdale" not in ps or ps["Northdale"].country in (None, "ZA")


def test_a_border_story_has_no_home_country(run):
    text = ("Sewage from Tijuana closed the beaches of Imperial Beach again this week, officials in San Diego said. "
            "Crews in Rosarito and Tecate have begun work on new pipes, the Baja California government said.")
    ps = _by_text(run(text))
    assert ps["Imperial Beach"].country == "US"
