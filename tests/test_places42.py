"""Places of geo_reports25's kind (issue 14, branch places42): a canton or a municipality named after a town abroad
("Santo Domingo canton", "Chiapas canton" in a Salvadoran report) is no place in the Dominican Republic or Mexico.
Sentences written for these tests; people and incidents are made up."""

from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_canton_named_after_a_town_abroad_keeps_no_point_abroad(run):
    text = ("SAN SALVADOR — Soldiers clashed with rebels on Tuesday in San Cristobal canton, Sesori municipality, San "
            "Miguel department, the army said. Two members of the Santo Domingo canton civil defense were wounded "
            "near Guazapa, and a bomb went off in Soyapango.")
    ps = run(text, dateline="SAN SALVADOR")
    for name in ("San Cristobal", "Santo Domingo"):
        p = next(p for p in ps if p.span.text.startswith(name))
        assert p.lat is None or p.country == "SV", (name, p.country)


def test_a_municipality_abroad_keeps_no_point_but_one_at_home_does(run):
    text = ("BOGOTA — Guerrillas burned two trucks in the urban area of Rio Negro municipality, in eastern Antioquia, "
            "police said. In Sevilla municipality, in Valle del Cauca, gunmen killed a farm guard.")
    ps = run(text, dateline="BOGOTA")
    rio = next(p for p in ps if p.span.text.startswith("Rio Negro"))
    assert rio.lat is None or rio.country == "CO"
