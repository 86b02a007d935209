"""Local-news forms of place names (issue 14, branch places4, found on tests/data/geo_reports): a dateline closed by
a colon, a distance in apposition after a name, a capitalised word before a name that makes another place's name,
and a state's coast. Sentences written for these tests, with made-up persons (the places are real)."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

from sitrep.geo.recognize import is_dateline


def test_a_dateline_closed_by_a_colon_is_its_town(run):
    ps = _by_text(run("PATNA: Schools will stay shut until Monday because of the heat, officials said."))
    assert "PATNA" in ps and _near(ps["PATNA"], 25.59, 85.14)
    # a name several towns share is recognised there, and placed where the text says which
    ps = _by_text(run("SALEM: Prices rose by a fifth at the wholesale market this week, traders said."))
    assert "SALEM" in ps


def test_a_colon_closes_a_dateline_only_for_a_town_of_some_size():
    text = "WOLSEY: Farmers met on Tuesday."
    assert is_dateline(text, 0, 6) and not is_dateline(text, 0, 6, town_sized=False)
    text = "WOLSEY — Farmers met on Tuesday."
    assert is_dateline(text, 0, 6, town_sized=False)


def test_a_distance_after_a_name_says_it_is_a_place(run):
    ps = _by_text(run("Mayor Tom Aldane said the plan would help Moscow, Idaho. Lewiston, 30 miles to the south, "
                      "draws its water from the river instead."))
    assert "Lewiston" in ps and _near(ps["Lewiston"], 46.42, -117.02)


def test_a_name_after_cape_or_port_is_not_the_town_of_that_name(run):
    # (Port Stephens, New South Wales, is no Stephens of Arkansas; the gazetteer lacks the whole name)
    ps = _by_text(run("Cessnock and Port Stephens councils have asked the state for help."))
    assert not any(p.lat is not None and not _near(p, -32.7, 152.0, km=161) for t, p in ps.items() if "Stephens" in t)


def test_a_states_coast_is_in_the_state(run):
    ps = _by_text(run("Councillors in Newcastle, on the New South Wales coast, voted on Tuesday night to repair "
                      "the ocean baths."))
    assert "New South Wales" in ps and ps["New South Wales"].precision == "province"


def test_the_second_name_a_between_joins_is_a_place_too(run):
    ps = _by_text(run("In Powys, the road between Welshpool and Newtown was closed on Monday after a landslip."))
    assert "Newtown" in ps and _near(ps["Newtown"], 52.51, -3.31)
