"""A town written "X, in central Y" / "X in north-eastern Y" lies in Y: when the gazetteer knows no X there, it is a
place it lacks, left blank, never a namesake abroad ("Boni, in central Mali" was read as Bonn, Germany); a town it
knows there keeps its point, and a country "in southern Y" is not moved (geo/resolve.py, _in_part_of; issue 14).
Sentences written for these tests; people made up, places real."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_village_in_a_compass_part_of_a_country_the_gazetteer_lacks_is_left_blank(run):
    ps = _by_text(run("Soldiers repelled an attack on their base near Boni, in central Mali, on Sunday, said Issa "
                      "Traore, a local councillor."))
    assert "Boni" in ps and ps["Boni"].lat is None, ps.get("Boni")


def test_a_known_town_in_a_compass_part_keeps_its_point(run):
    ps = _by_text(run("Gunmen attacked a checkpoint outside Kidal, in northern Mali, on Sunday."))
    assert ps["Kidal"].lat is not None and ps["Kidal"].country == "ML"
