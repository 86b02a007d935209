"""Places of branch places20 (seen in tests/data/geo_reports12 and geo_reports11): a town before a police force's
word ("Kelowna RCMP") is no person; a capital written closed up ("Naypyitaw") speaks for its government; "the
Niger River" is no echo of the country of Niger named later; "the town of Sagaing" is the town after "Sagaing
region"; a city of the dateline's country over its far-famous namesake ("Tripoli" under "BEIRUT"); "residents of
nearby Zgharta said" and "as far north as Cuero" name places. Sentences written for these tests;
the people and incidents are made up, the places real."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_town_before_a_force_word_is_no_person(run):
    ps = _by_text(run("KELOWNA, B.C. — Kelowna RCMP have arrested a 31-year-old man after a jet ski hit a dock on "
                      "Sunday. Cpl. Dana Whitcombe said nobody was hurt."))
    assert "Kelowna" in ps and _near(ps["Kelowna"], 49.88, -119.49, km=20)
    ps = _by_text(run("PRINCE GEORGE, B.C. — Prince George RCMP are looking for a grey pickup truck seen leaving a "
                      "gravel pit on Tuesday night."))
    assert "Prince George" in ps and _near(ps["Prince George"], 53.92, -122.75, km=20)


def test_a_capital_written_closed_up_speaks_for_its_government(run):
    ps = _by_text(run("YANGON — Rebels said they had seized a bridge near Monywa on Friday. Naypyitaw denied the "
                      "report and said its forces held the area."))
    assert "Naypyitaw" in ps and _near(ps["Naypyitaw"], 19.75, 96.13, km=30)


def test_a_river_named_like_a_country_is_no_point_of_the_country(run):
    ps = run("BAMAKO — Gunmen killed 14 herders near Ansongo in eastern Mali, officials said. Families crossed the "
             "Niger River by canoe to reach Gao. Armed groups also raid villages in neighbouring Niger.")
    river = [p for p in ps if p.span.start < 120 and p.span.text.startswith("Niger")]
    assert all(p.lat is None for p in river)  # the river: not the country's point, 866 km off
    country = [p for p in ps if p.span.start > 150 and p.span.text == "Niger"]
    assert country and _near(country[0], 17.0, 8.5, km=30)  # the country keeps its point


def test_the_town_of_x_is_the_town_after_x_region(run):
    ps = run("YANGON — Fighters shot down a drone over Sagaing region on Wednesday. About 2,000 people fled by "
             "boat to the town of Sagaing and across the river to Mandalay.")
    sag = [p for p in ps if p.span.text == "Sagaing"]
    assert len(sag) == 2
    assert sag[0].precision == "province"
    assert sag[1].precision == "town" and _near(sag[1], 21.88, 95.98, km=20)


def test_a_city_of_the_datelines_country_over_its_famous_namesake(run):
    ps = _by_text(run("BEIRUT — Hundreds of families crossed into Lebanon this week from villages near Homs, aid "
                      "groups said. In Tripoli, the north's largest city, a school now shelters 250 people. "
                      "Damascus said the shelling had been exaggerated."))
    assert _near(ps["Tripoli"], 34.43, 35.84, km=20)  # not Libya's capital, 2,099 km off
    # the text pointing to the far country keeps the far city
    ps = _by_text(run("BEIRUT — Lebanese officials met envoys from Libya on Monday. In Tripoli, the Libyan capital, "
                      "militias clashed overnight, the envoys said."))
    assert _near(ps["Tripoli"], 32.89, 13.19, km=30)


def test_a_town_after_nearby_that_says_is_a_place(run):
    ps = _by_text(run("BEIRUT — Two men were killed in Tripoli overnight, the army said. Residents of nearby Zgharta "
                      "said they heard grenades until dawn."))
    assert "Zgharta" in ps and _near(ps["Zgharta"], 34.40, 35.90, km=20)


def test_as_far_north_as_x_is_a_place(run):
    ps = _by_text(run("VICTORIA, Texas — Six inches of rain fell on Saturday, with roads closed as far north as "
                      "Cuero, the sheriff's office said."))
    assert "Cuero" in ps and _near(ps["Cuero"], 29.09, -97.29, km=20)
