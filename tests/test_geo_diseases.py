"""Diseases named after places (data/geo_not_towns.tsv kind ``disease``): "Marburg virus", "Lyme disease" name no place,
nor do the name's bare mentions in the same article; a country keeps its place before one disease word ("the US flu
season") but not before a disease's full name. Sentences written for these tests; real gazetteer, spaCy model and the
committed place ranker."""
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_disease_named_after_a_town_is_no_place_and_nor_are_its_bare_mentions(run):
    ps = _by_text(run("Nurses in Luanda treated eleven patients with Marburg virus this week. Marburg spreads through "
                      "contact with the blood of the sick, Dr. Pelo Varanda said."))
    assert "Marburg" not in ps
    assert ps["Luanda"].country == "AO"


def test_a_town_the_text_puts_in_its_country_keeps_its_place_beside_the_disease_named_after_it(run):
    ps = run("Doctors in Minamata, Japan, said the town had long suffered from Minamata disease.")
    towns = [p for p in ps if p.span.text == "Minamata"]
    assert len(towns) == 1 and _near(towns[0], 32.2, 130.4, km=30)


def test_a_country_keeps_its_place_before_one_disease_word_but_not_before_a_disease_name(run):
    ps = _by_text(run("The United States flu season began early this year, officials in Atlanta said."))
    assert ps["United States"].country == "US"
    ps = _by_text(run("Two camel herders fell ill with Middle East respiratory syndrome near Riyadh on Sunday."))
    assert "Middle East" not in ps and ps["Riyadh"].country == "SA"


def test_a_country_adjective_before_a_disease_word_is_no_reference_to_the_country(run):
    ps = _by_text(run("Historians compared the outbreak with the Spanish flu of a century ago."))
    assert "Spanish" not in ps
