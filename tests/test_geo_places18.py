"""A river named with no noun, read as a far town of its name (branch places18; seen in tests/data/geo_reports11
r22, geo_reports3 l14 and geo_reports g09): "both banks of the Zambezi are" is no town of Zambezi 570 km up the
river. Sentences written for these tests; the people are made up, the places real."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_bare_river_after_the_is_no_far_town(run):
    ps = _by_text(run("LIVINGSTONE, Zambia — Nurses on both banks of the Zambezi are checking travellers after "
                      "measles cases in Victoria Falls, officials in Livingstone said on Monday."))
    assert ps["Zambezi"].lat is None  # not the town of Zambezi, 570 km up the river
    assert _near(ps["Livingstone"], -17.84, 25.85, km=30)

    # a town's name after "the" that qualifies a noun keeps its point
    ps = _by_text(run("LIVINGSTONE, Zambia — Two suspects were held after the Kazungula robbery, and the Mongu "
                      "magistrate remanded them on Monday, police in Livingstone said."))
    assert ps["Mongu"].lat is not None and _near(ps["Mongu"], -15.25, 23.13, km=30)
