"""A natural feature's name read as a far-off town of its name gets no point (issue 14, branch places8; seen in
tests/data/geo_reports4: the Cagayan, Richmond and Columbia rivers read as towns a thousand kilometres and more
from the story). Sentences written for these tests; the people are made up, the places real."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_river_named_like_a_far_town_is_left_blank(run):
    ps = _by_text(run("TUGUEGARAO CITY, Philippines — The Cagayan River rose by two metres overnight, and families "
                      "in Aparri and Ilagan were moved to schools, said Nora Vilmaro, a provincial officer."))
    assert "Aparri" in ps and ps["Aparri"].lat is not None
    assert "Cagayan" not in ps or ps["Cagayan"].lat is None
