"""Compass words with a lower-case kind word after them are a part of a place written as a phrase, never the proper
name the gazetteer lists with capitals (geo/kind_words.py ``compass_part``). Sentences written for these tests."""
from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

from sitrep.geo.kind_words import compass_part


def test_the_phrase_test():
    assert compass_part("central city") and compass_part("Central city") and compass_part("northern district")
    assert not compass_part("Central City")  # the capitalised name may be the town
    assert not compass_part("Quebec city") and not compass_part("city")


def test_central_city_as_a_phrase_is_no_town(run):
    ps = _by_text(run("Buses were rerouted around central city streets on Monday, and the Central city district "
                      "stayed quiet, officials in Denver said."))
    assert not any(k.lower().startswith("central") for k in ps) and "Denver" in ps


def test_a_capitalised_central_city_and_a_lower_case_capital_are_kept(run):
    ps = _by_text(run("Two hikers went missing near Central City, Colorado, on Sunday. Tourists crowded Quebec city "
                      "over the holiday."))
    assert ps["Central City"].lat is not None
    assert ps["Quebec"].country == "CA"  # the kind word outside (geo/kind_outside.py)
