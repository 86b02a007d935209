"""A first-level unit's own name that is also a town's in a country the article names elsewhere is no evidence for
the unit's country, however often it is repeated (geo/resolve.py ``town_where_others_point``). Sentences written for
these tests; real gazetteer, spaCy model and committed ranker."""
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

from sitrep.geo.gazetteer import Entry
from sitrep.geo.recognize import Candidate
from sitrep.geo.country_focus import pointed_by, town_where_others_point


def test_a_name_repeated_in_a_british_columbia_story_is_the_canadian_town(run):
    ps = run("Crews in British Columbia fought a grass fire close to Nelson on Tuesday. Families in Nelson were told "
             "to pack a bag, and the fire chief in Nelson said the wind had turned. Nelson opened a shelter.")
    nelson = [p for p in ps if p.span.text == "Nelson"]
    assert nelson and all(p.lat is None or _near(p, 49.50, -117.29, km=50) for p in nelson)
    assert any(p.lat is not None for p in nelson)


def test_the_same_name_in_a_new_zealand_story_keeps_the_region(run):
    p = _by_text(run("Heavy rain flooded roads around Nelson on Tuesday, and New Zealand's weather service warned "
                     "of more storms."))["Nelson"]
    assert _near(p, -41.27, 173.28, km=60)


def _e(gid, fclass, fcode, country, pop=0):
    return Entry(0, gid, "Elmvale", 0.0, 0.0, fclass, fcode, country, "01", "", pop, primary=True)


def test_the_rule_needs_another_name_for_the_towns_country_and_none_for_the_units():
    unit, town = _e("x:1", "A", "ADM1", "NZ"), _e("x:2", "P", "PPL", "CA", 9000)
    c = Candidate(0, 7, "Elmvale", [unit, town], "exact", "", "GPE")
    province = Candidate(20, 30, "Brookshire", [_e("x:3", "A", "ADM1", "CA")], "exact", "", "GPE")
    assert town_where_others_point(c, [unit], pointed_by([c, province]))
    assert not town_where_others_point(c, [unit], pointed_by([c]))  # nothing else points to Canada
    kiwi = Candidate(40, 50, "Ferndown", [_e("x:4", "P", "PPL", "NZ", 3000)], "exact", "", "GPE")
    assert not town_where_others_point(c, [unit], pointed_by([c, province, kiwi]))  # New Zealand named too
