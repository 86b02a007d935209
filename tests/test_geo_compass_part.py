"""A town written "X, in central Y" / "X in north-eastern Y" lies in Y: when the gazetteer knows no X there, it is a
place it lacks, left blank, never a namesake abroad ("Boni, in central Mali" was read as Bonn, Germany); a town it
knows there keeps its point, and a country "in southern Y" is not moved (geo/resolve.py, _in_part_of; issue 14).
So is "X, in Y district" / "X in Y province" (Y a unit by its kind word, whatever the gazetteer knows it as) where no
entry of X lies in Y's country. Sentences written for these tests; people made up, places real."""

import pytest
from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


@pytest.mark.parametrize("text, name", [
    ("Soldiers repelled an attack on their base near Boni, in central Mali, on Sunday, said Issa Traore, a local "
     "councillor.", "Boni"),
    # a district the gazetteer knows only as its seat town, and a province it knows as one: named so by the kind word
    ("Insurgents burned a dozen huts in Gorey, in Montepuez district, on Friday, said Joao Mavie, a local official.",
     "Gorey"),
    ("Gunmen killed two traders near Mandla in Tete province on Sunday.", "Mandla"),
])
def test_a_village_in_a_part_or_named_unit_the_gazetteer_knows_only_abroad_is_left_blank(run, text, name):
    ps = _by_text(run(text))
    assert name not in ps or ps[name].lat is None, ps.get(name)


def test_a_known_town_in_a_compass_part_keeps_its_point(run):
    ps = _by_text(run("Gunmen attacked a checkpoint outside Kidal, in northern Mali, on Sunday."))
    assert ps["Kidal"].lat is not None and ps["Kidal"].country == "ML"



def test_a_known_town_in_a_named_district_keeps_its_point(run):
    ps = _by_text(run("Insurgents burned a market in Mueda, in Mueda district, on Friday."))
    assert ps["Mueda"].lat is not None and ps["Mueda"].country == "MZ"
