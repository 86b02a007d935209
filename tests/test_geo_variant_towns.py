"""A small town matched only by a loose spelling, far from every other town of the story, gets no point (issue 14,
branch places8; seen in tests/data/geo_reports4, "Miyapur" of a Hyderabad report read as Mayapur in West Bengal and
"Cebreiro" of a Galician pass as Cabrero in Extremadura, and in GeoVirus). Sentences written for these tests; the
people are made up, the places real."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_village_spelled_like_a_town_of_another_region_is_left_blank(run):
    ps = _by_text(run("SANTIAGO DE COMPOSTELA, Spain — Snow closed the pass at Pedrafita do Cebreiro, and trains "
                      "between Ourense and Lugo were cancelled, said Xulia Brandariz, a regional officer."))
    assert "Ourense" in ps and ps["Ourense"].lat is not None
    assert "Cebreiro" not in ps or ps["Cebreiro"].lat is None
