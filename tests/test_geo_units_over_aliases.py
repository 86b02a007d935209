"""A state's own name is the state, not the city the gazetteer also calls by it ("Bahia" is an alternate name of
Salvador, "Pará" of Belém: geo/far_aliases.py ``units_over_their_aliases``); a country's short name ("Bosnia") is the
country (an alias line of data/gazetteer_supplement.tsv). Sentences written for these tests (branch places34); the
people and incidents are made up, the places real."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_brazilian_state_named_bare_is_the_state(run):
    ps = _by_text(run("Two cattle trucks collided near Marabá on Monday, and road police in Pará said one driver "
                      "died. The other, from Bahia, was flown to a hospital in Belém."))
    assert ps["Pará"].precision == "province" and _near(ps["Pará"], -4.75, -52.90, km=50)
    assert ps["Bahia"].precision == "province" and _near(ps["Bahia"], -12.29, -41.93, km=50)
    assert ps["Belém"].precision == "town"  # the city by its own name stays the city


def test_a_city_whose_own_name_shares_the_word_keeps_it(run):
    ps = _by_text(run("Commuters in New York faced long delays on Tuesday after a signal failure in Manhattan."))
    assert ps["New York"].country == "US"
    assert _near(ps["New York"], 40.71, -74.01, km=100)


def test_bosnia_for_short_is_the_country(run):
    ps = _by_text(run("Police in Bosnia detained three men near Tuzla on Monday over a string of car thefts, officers "
                      "in Sarajevo said."))
    assert ps["Bosnia"].country == "BA" and ps["Bosnia"].precision == "country"
