"""What "Town, Y" says (geo/resolve.py): the container is the unit that holds the town ("Atlanta, Georgia" is the US
state, not the country: the ranker's container feature); a town the gazetteer has only outside the country of the
state or province it is written with is left blank; a nation within a state ("England") is no small town elsewhere;
a former province is found. Sentences written for these tests; real gazetteer, spaCy model
and the committed place ranker."""
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_the_container_of_a_town_is_the_unit_that_holds_it(run):
    ps = _by_text(run("The samples were flown to a laboratory in Atlanta, Georgia, where Dr. Imre Koval tested them."))
    assert ps["Georgia"].country == "US" and ps["Georgia"].precision == "province"
    ps = _by_text(run("The delegation landed in Tbilisi, Georgia, on Monday for two days of talks."))
    assert ps["Georgia"].country == "GE"


def test_a_town_known_only_outside_the_country_its_container_names_is_left_blank(run):
    ps = _by_text(run("Police in Canada stopped the truck near Stroud, Ontario, late on Friday, officers said."))
    stroud = ps.get("Stroud")
    assert stroud is None or stroud.lat is None or stroud.country == "CA"
    assert ps["Ontario"].country == "CA"


def test_a_nation_within_a_state_is_no_small_town_of_its_name(run):
    ps = _by_text(run("Ranchers in Texas were told on Tuesday that a second sick cow had been found in England."))
    assert ps["England"].country == "GB"


def test_a_former_province_is_found_at_the_mean_point_of_the_provinces_it_became(run):
    from sitrep.geo.gazetteer import get_gazetteer

    g = get_gazetteer()
    (old,) = [e for e in g.lookup("Kasai Occidental") if e.fcode == "ADM1"]
    parts = [e for n in ("Kasaï", "Kasaï Central") for e in g.lookup(n) if e.fcode == "ADM1" and e.country == "CD"]
    assert old.country == "CD" and len(parts) == 2
    assert abs(old.lat - sum(e.lat for e in parts) / 2) < 0.01 and abs(old.lon - sum(e.lon for e in parts) / 2) < 0.01
    ps = _by_text(run("Nurses in the former Bas Congo province said eleven villagers had fallen ill, Dr. Lise Mbavu "
                      "told reporters in Kinshasa."))
    bas = next(p for k, p in ps.items() if k.startswith("Bas Congo"))
    assert bas.country == "CD" and bas.precision == "province" and _near(bas, -5.2, 14.4, km=60)
