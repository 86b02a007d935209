"""A resolved place names its first-level unit, never a bare GeoNames code (issue 14, branch places44): a town of
Ireland, Bangladesh or Northern Ireland, whose code the gazetteer's admin1 table leaves unnamed, says "Munster",
"Dhaka Division", "Northern Ireland" (data/geo_admin1_names.tsv); a first-level unit with no code names itself.
Sentences written for these tests; people and incidents are made up."""

from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def _place(ps, name):
    return next(p for p in ps if p.span.text == name)


def test_irish_and_northern_irish_towns_name_their_province(run):
    ps = run("A man was injured when his van hit a wall on the Cork road outside Mallow on Friday, gardai said. A "
             "cyclist was hurt in Killarney on the same evening.")
    mallow = _place(ps, "Mallow")
    assert mallow.country == "IE" and mallow.admin1 == "Munster"
    ps = run("BELFAST — A woman was hurt in a fall from a balcony in Newry on Saturday, and a car was set alight in "
             "Omagh overnight, police said.", dateline="BELFAST")
    newry = _place(ps, "Newry")
    assert newry.country == "GB" and newry.admin1 == "Northern Ireland"


def test_a_bangladeshi_town_names_its_division_not_a_code(run):
    text = ("DHAKA — Fire swept through a garment workshop in Narayanganj on Sunday, injuring six workers, fire "
            "officials said. A ferry with 40 passengers ran aground near Chandpur the same night.")
    ps = run(text, dateline="DHAKA")
    for p in ps:
        if p.lat is not None and p.country == "BD" and p.precision == "town":
            assert p.admin1 and not p.admin1.isdigit(), (p.span.text, p.admin1)
    assert _place(ps, "Narayanganj").admin1 == "Dhaka Division"


def test_a_first_level_unit_with_no_code_names_itself(run):
    ps = run("NAIROBI — Cattle raiders killed three herders near Marigat in what was then Rift Valley Province, "
             "police said on Monday.", dateline="NAIROBI")
    rift = next(p for p in ps if p.span.text.startswith("Rift Valley"))
    assert rift.lat is not None and rift.admin1 == rift.name
