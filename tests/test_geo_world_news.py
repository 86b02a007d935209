"""Regional and international news forms of place names (issue 14, branch places5, found on
tests/data/geo_reports2): a country's capital named beside it, datelines by a town's usual short name or cut in two
by the model, a short name before its unit's kind, a town of the story's country against a big city abroad known by
the name as an alternate one, a dateline's town against the province of its name, a sea's coast, a state against a
town that only goes by its name as an alternate one, a province's name the parser tags as a plural noun, and a
name put in a province of the story's country where only a town abroad has it, as another of its names.
Sentences written for these tests, with made-up persons and storms (the places are real)."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_capital_named_after_its_country_lies_there(run):
    ps = _by_text(run("In the Seychelles capital, Victoria, the weather office warned that a new depression was "
                      "forming."))
    assert "Victoria" in ps and _near(ps["Victoria"], -4.62, 55.45)
    ps = _by_text(run("Fishing boats stayed in port at Victoria, the capital of the Seychelles, on Monday."))
    assert "Victoria" in ps and _near(ps["Victoria"], -4.62, 55.45)


def test_a_dateline_by_the_towns_usual_short_name(run):
    ps = _by_text(run("ACAPULCO, Mexico — Hurricane Ofelina weakened over the mountains on Wednesday, officials "
                      "said."))
    assert "ACAPULCO" in ps and _near(ps["ACAPULCO"], 16.86, -99.89)


def test_a_dateline_the_model_cut_in_two_is_one_town(run):
    ps = _by_text(run("MAE SOT, Thailand — Several hundred families crossed the river on Saturday, shelter staff "
                      "said."))
    assert "MAE SOT" in ps and _near(ps["MAE SOT"], 16.71, 98.57)


def test_a_short_name_before_its_units_kind_is_that_unit(run):
    ps = _by_text(run("Officials in Tak province said on Sunday that they had opened three shelters for the "
                      "families."))
    assert "Tak" in ps and ps["Tak"].precision == "province" and _near(ps["Tak"], 17.0, 99.0, km=100)


def test_a_town_of_the_storys_country_over_a_big_city_known_by_the_name_abroad(run):
    # (Santa Cruz de la Sierra, Bolivia, goes by "Santa Cruz" as an alternate name only)
    ps = run("Floods reached Laguna province in the Philippines on Wednesday. Philippine officials said Santa "
             "Cruz, the provincial capital, had opened 14 schools as shelters for families from Manila and Quezon "
             "City.")
    sc = [p for p in ps if p.span.text == "Santa Cruz"]
    assert sc and _near(sc[0], 14.28, 121.42)


def test_a_datelines_name_is_the_town_not_the_province_of_the_name(run):
    # (a town near the department's point pulled the dateline to the department)
    ps = run("SANTA CRUZ, Bolivia — Soya growers said on Monday that lorries bound for Puerto Quijarro, on the "
             "border with Brazil, had been stuck for a week.")
    first = [p for p in ps if p.span.start == 0]
    assert first and first[0].precision == "town" and _near(first[0], -17.79, -63.18)


def test_a_seas_coast_is_the_sea_not_a_province_of_its_name(run):
    ps = _by_text(run("ADEN, Yemen — Heavy rain flooded camps for displaced families along the Red Sea coast, aid "
                      "workers said on Monday."))
    assert "Red Sea" in ps and ps["Red Sea"].precision != "province"


def test_a_state_by_its_own_name_over_a_town_that_has_it_as_an_alternate_name(run):
    # (the port of Rio Grande lists "Rio Grande do Sul" among its other names)
    ps = _by_text(run("PORTO ALEGRE, Brazil — Rain kept falling across Rio Grande do Sul on Friday, and the civil "
                      "defence said rivers in the valley were still rising."))
    assert "Rio Grande do Sul" in ps and ps["Rio Grande do Sul"].precision == "province"


def test_a_plural_looking_name_of_a_province_of_the_storys_country_is_a_place(run):
    # (the parser tags "Catanduanes" a plural proper noun, which alone names no place)
    ps = _by_text(run("LEGAZPI CITY, Philippines — Typhoon Dalisay made landfall over Catanduanes late on Tuesday, "
                      "tearing roofs from houses in Virac."))
    assert "Catanduanes" in ps and ps["Catanduanes"].precision == "province"


def test_a_name_only_another_towns_alternate_one_in_a_province_holding_none_is_left_blank(run):
    # (a Mexican town lists "El Plateado" among its other names; the Colombian village is not in the gazetteer)
    ps = _by_text(run("POPAYAN, Colombia — Families fled fighting around El Plateado in Cauca this week and walked "
                      "to Popayan, the ombudsman's office in Colombia said."))
    assert "El Plateado" not in ps or ps["El Plateado"].lat is None or _near(ps["El Plateado"], 2.24, -77.05, km=161)


def test_a_village_put_in_another_unit_than_the_only_one_the_gazetteer_knows_is_left_blank(run):
    # the gazetteer's only Nyaung Pin Thar lies near Yangon; one "in Magway region" is a village it lacks
    ps = _by_text(run("Soldiers burned houses in the village of Nyaung Pin Thar in Magway region on Sunday, "
                      "residents said."))
    assert "Nyaung Pin Thar" in ps and ps["Nyaung Pin Thar"].lat is None
    # a town that does lie in the unit named keeps its point
    ps = _by_text(run("Soldiers burned houses near the town of Monywa in Sagaing region on Sunday, residents said."))
    assert "Monywa" in ps and _near(ps["Monywa"], 22.11, 95.13)
