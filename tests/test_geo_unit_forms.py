"""A unit written with its kind word (issue 14, branch places7; seen in tests/data/geo_reports3): "Co Clare" and
"County Galway" (Irish counties), "X State" (Nigerian states), "X County" (Kenyan counties), "X Shire" (Australian
shires) name the unit the gazetteer holds by its short name, and the mention spans the whole form. Sentences written
for these tests, with made-up persons and incidents (the places are real)."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_co_and_county_before_an_irish_countys_name(run):
    ps = _by_text(run("A tractor was stolen from a farm near Sixmilebridge, Co Clare, on Monday night, gardai said. "
                      "A second one was taken in County Galway a day later."))
    assert ps["Co Clare"].country == "IE" and ps["Co Clare"].precision == "province"
    assert ps["County Galway"].country == "IE" and ps["County Galway"].precision == "province"


def test_a_nigerian_state_with_its_kind_word_and_its_echo(run):
    ps = _by_text(run("Two farmers were held by police in Ogun State on Monday. The body of a fisherman was found "
                      "in the Ogun River on Tuesday."))
    assert ps["Ogun State"].country == "NG"
    assert "Ogun" in ps and ps["Ogun"].country == "NG"  # the river's mention still takes the state's point


def test_a_kenyan_county_and_an_australian_shire(run):
    ps = _by_text(run("Officers from Kisumu County said two men were arrested on Friday after a bushfire in "
                      "Mildura Shire, Australia, was blamed on them."))
    assert ps["Kisumu County"].country == "KE"
    assert ps["Mildura Shire"].country == "AU"
