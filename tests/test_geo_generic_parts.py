"""A part of a city named by its compass point ("North End", "West Side") keeps a point only next to the story's own
city (issue 14, geo/generic_parts.py): many cities have one, and the gazetteer's few towns of the name are seldom the
one meant. Sentences written for these tests, with made-up persons (the cities are real)."""

import pytest
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

WINNIPEG = (49.88, -97.15)
BOSTON = (42.36, -71.06)
HALIFAX = (44.65, -63.58)


def test_a_canadian_citys_north_end_takes_no_far_namesakes_point(run):
    ps = _by_text(run("A Winnipeg man, 41, was charged after a fire gutted a North End house on Monday, police said."))
    assert _near(ps["Winnipeg"], *WINNIPEG, km=50)
    p = ps.get("North End")
    assert p is None or p.lat is None or _near(p, *WINNIPEG, km=50)


def test_a_citys_possessive_keeps_its_part_or_gives_it_the_citys_point(run):
    # the gazetteer's own North End next to Boston is kept; Halifax's, which it lacks, takes Halifax's point
    ps = _by_text(run("Police in Boston said a man was stabbed in Boston's North End late on Friday."))
    assert "North End" in ps and _near(ps["North End"], *BOSTON, km=10)
    ps = _by_text(run("Halifax police said a woman was assaulted in Halifax's North End early on Sunday."))
    assert "North End" in ps and _near(ps["North End"], *HALIFAX, km=20)


@pytest.mark.parametrize("text,name,bad", [
    # no city at all: the gazetteer's North Ends are guesses
    ("A man was stabbed in the North End late on Friday, police said. Officers arrested Tom Varley, 27.", "North End",
     ""),
    # the story's city is no confident town: not Anguilla's West End district either
    ("A man was stabbed in the city's West End late on Friday, Halifax police said.", "West End", "AI"),
])
def test_a_part_with_no_city_placed_next_to_it_is_left_blank(run, text, name, bad):
    found = _by_text(run(text)).get(name)
    assert found is None or found.lat is None, (found.country, bad)
