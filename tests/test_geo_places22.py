"""Local crime reports from small places with bigger namesakes (issue 14, branch places22; seen in
tests/data/geo_reports13): a dateline's town in the story's country however small the gazetteer makes it (r13,
"IPSWICH —" over Queensland suburbs read as Ipswich, England), a road word before a number (r04, "Route 33" read as
Rote, Pennsylvania), a state's abbreviation after a township's dateline (r04, "HAMILTON TOWNSHIP, N.J."), a county
the gazetteer lacks (r16, "Colchester County RCMP" read as Colchester, England), the surname of a titled person
(r01, "Lt. Marcus Florence ... Florence said"), two streets' names before "streets" (r03, "Palmetto and Irby
streets" read as a South Carolina town 200 km off) and the Federal Capital Territory of Nigeria (r24, read as
Washington). Sentences written for these tests; people and incidents are made up."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_small_dateline_town_of_the_story_country_beats_a_bigger_namesake_abroad(run):
    text = ("IPSWICH — A woman was robbed at a bus stop in Goodna on Tuesday night, and a man from Redbank Plains "
            "was arrested in Booval the next morning, police said.")
    ps = run(text, dateline="IPSWICH")
    head = next(p for p in ps if p.span.start == 0)
    assert head.lat is None or head.country == "AU"


def test_a_road_word_before_a_number_is_no_town(run):
    ps = _by_text(run("Police are looking for a man who robbed a pharmacy on Route 130 in Ewing Township on Monday, "
                      "the second robbery in Mercer County this week."))
    assert "Route" not in ps


def test_a_state_abbreviation_after_a_township_dateline_is_the_state(run):
    text = "EWING TOWNSHIP, N.J. — A man was arrested after a store clerk was threatened with a knife, police said."
    ps = _by_text(run(text, dateline="EWING TOWNSHIP, N.J."))
    assert "N.J." in ps and ps["N.J."].country == "US" and ps["N.J."].precision == "province"


def test_a_county_the_gazetteer_lacks_is_no_town_of_its_name_abroad(run):
    text = ("TRURO, N.S. — Colchester County RCMP say a Stewiacke man was hurt when his pickup collided with a bus "
            "on Highway 102 near Brookfield on Friday. The 44-year-old was taken to hospital in Halifax. The bus "
            "driver, from New Brunswick, was not hurt. Cpl. Lisa Amherst said the road was icy between Truro and "
            "Enfield.")
    ps = run(text, dateline="TRURO, N.S.")
    county = next(p for p in ps if p.span.text.startswith("Colchester"))
    assert county.lat is None or county.country == "CA"


def test_the_surname_of_a_titled_person_is_no_town(run):
    text = ("DOTHAN, Ala. — A teenager was hurt in a shooting outside a gas station on Friday, police said. Police "
            "Lt. Marcus Florence said the shooter fled on foot. Florence said officers were searching the area.")
    ps = run(text, dateline="DOTHAN, Ala.")
    assert not any(p.span.text == "Florence" and p.lat is not None for p in ps)


def test_a_titled_persons_surname_after_a_locative_word_stays_the_town(run):
    text = ("A man was charged with burglary on Monday, Sheriff Dale Opelika said. Deputies from Opelika found "
            "the stolen tools in his truck.")
    ps = run(text)
    town = [p for p in ps if p.span.text == "Opelika"]
    assert town and _near(town[-1], 32.65, -85.38)


def test_two_streets_before_a_plural_street_word_are_no_towns(run):
    ps = _by_text(run("A woman was killed when two cars collided at Cherokee and Macon streets on Friday evening, "
                      "Columbus police said."))
    assert "Macon" not in ps and "Cherokee" not in ps


def test_the_federal_capital_territory_is_nigerias(run):
    ps = _by_text(run("Police in the Federal Capital Territory said they had freed three kidnapped traders near "
                      "Bwari on Sunday."))
    assert "Federal Capital Territory" in ps and ps["Federal Capital Territory"].country == "NG"


def test_a_town_whose_name_ends_in_a_building_word_is_the_town(run):
    # (r23: "a man from Sowerby Bridge" was a facility "Bridge" with no point)
    ps = _by_text(run("The van's driver, a woman in her 40s from Sowerby Bridge, stopped at the scene in Halifax, "
                      "police said."))
    assert "Sowerby Bridge" in ps and _near(ps["Sowerby Bridge"], 53.71, -1.91)


def test_a_name_between_an_age_and_a_persons_noun_is_a_home_town(run):
    # (r13: "A 27-year-old Goodna man" labelled a person and missed)
    ps = _by_text(run("The car was found abandoned hours later. A 27-year-old Goodna man was arrested at a house on "
                      "Sunday."))
    assert "Goodna" in ps and _near(ps["Goodna"], -27.61, 152.90)
    ps = _by_text(run("Police said a 45-year-old Moberly man was arrested at a motel on Sunday."))
    assert "Moberly" in ps and _near(ps["Moberly"], 39.42, -92.44)
