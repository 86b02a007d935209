"""A compass word alone before a unit's word, after another capitalised name, is the tail of a unit's name the
gazetteer lacks ("Ijebu East Local Government Area"), not a unit called "East" (Cameroon's East region): it keeps
no point (issue 14, branch places9; seen in tests/data/geo_reports5 r20, read 1,160 km off). Sentences written for
these tests; the people are made up, the places real."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_compass_tail_of_an_lga_name_gets_no_point(run):
    ps = _by_text(run("LAGOS — Gunmen abducted two farmers near Ijebu-Ode in Ijebu East Local Government Area of Ogun "
                      "State on Tuesday, said police spokesman Tunde Ayinla."))
    assert "Ijebu-Ode" in ps and ps["Ijebu-Ode"].lat is not None
    assert all(p.country != "CM" for p in ps.values())


def test_a_compass_unit_after_a_function_word_keeps_its_point(run):
    ps = _by_text(run("YAOUNDE, Cameroon — Floods in the East Region cut the road to Bertoua on Monday, officials said."))
    assert "Bertoua" in ps and ps["Bertoua"].lat is not None
    assert "East Region" in ps and ps["East Region"].country == "CM" and ps["East Region"].lat is not None
