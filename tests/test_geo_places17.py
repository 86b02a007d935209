"""A town and the first-level unit of its name, a country's name that is a town of the story's country, a
municipality, and towns the gazetteer lacked (branch places17; seen in tests/data/geo_reports8, 9 and 10 and in
quiet_reports q17): "near Gao" is the town, not the Gao region's point 80 km off; "near Bahrain" of a Swat report is
the town on the Swat River; "the municipality of Hidalgo" is no Mexican state. Sentences written for these tests;
the people are made up, the places real."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def _all(places, name):
    return [p for p in places if p.span.text == name]


def test_near_a_town_that_names_its_region_is_the_town(run):
    ps = run("BAMAKO — Three soldiers died when a mine struck their truck near Gao on Friday, the army said. Attacks "
             "on convoys in the Gao region have grown since March.")
    gaos = sorted(_all(ps, "Gao"), key=lambda p: p.span.start)
    assert gaos and _near(gaos[0], 16.27, -0.04, km=30)  # the town, not the region's point 82 km off


def test_near_a_country_that_is_a_home_town_is_the_town(run):
    ps = _by_text(run("PESHAWAR — A landslide swept two cars off the road near Bahrain in the Swat valley on Sunday, "
                      "killing four people, rescue officials in Mingora said."))
    assert _near(ps["Bahrain"], 35.21, 72.55, km=30)
    ps = _by_text(run("MANAMA — Talks on shipping in the Gulf went on in Manama on Sunday, officials of Bahrain "
                      "said."))
    assert ps["Bahrain"].lat is not None and _near(ps["Bahrain"], 26.0, 50.55, km=100)  # the country stays


def test_a_municipality_is_no_first_level_unit(run):
    ps = _by_text(run("MORELIA — Gunmen ambushed a patrol near Zitácuaro, in eastern Michoacán, on Monday. Police "
                      "were sent from the neighbouring municipality of Hidalgo and from the state capital."))
    hidalgo = ps["Hidalgo"]
    assert hidalgo.precision == "town" and _near(hidalgo, 19.69, -100.56, km=30)  # not the state of Hidalgo


def test_towns_the_gazetteer_lacked(run):
    ps = _by_text(run("MAPUTO — Insurgents burnt huts outside Palma and raided a village near Quissanga in Cabo "
                      "Delgado on Friday, officials said."))
    assert _near(ps["Palma"], -10.78, 40.47, km=20) and _near(ps["Quissanga"], -12.42, 40.50, km=20)
    ps = _by_text(run("COTONOU — Armed men attacked a ranger post near Karimama, north of Malanville, on Tuesday."))
    assert _near(ps["Karimama"], 12.07, 3.18, km=20)
