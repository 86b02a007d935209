"""Buildings, venues and streets placed at the town the text puts them in (geo/facility.py), on sentences written
for these tests."""
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_hospital_in_a_named_town_takes_that_town(run):
    ps = _by_text(run("The injured boy was flown to Saint Brendan Hospital in Winnipeg, where doctors kept him overnight."))
    p = ps["Saint Brendan Hospital"]
    assert _near(p, 49.88, -97.15)
    assert p.feature_class == "S.BLDG" and p.precision == "town" and p.geonameid is None


def test_a_street_after_its_town_takes_that_town(run):
    ps = _by_text(run("Two men were arrested on Larkspur Avenue, Omaha, after a chase that began downtown."))
    p = ps["Larkspur Avenue"]
    assert _near(p, 41.26, -95.94) and p.feature_class == "R.ST"


def test_a_building_named_after_a_state_gets_no_point(run):
    # the state names whose university it is, not where on the state's map it stands
    ps = _by_text(run("A physicist at the University of Nebraska said the readings were far above normal."))
    assert "Nebraska" not in ps
    p = ps["University of Nebraska"]
    assert p.lat is None


def test_a_town_at_the_head_of_a_building_name_is_where_it_is(run):
    ps = _by_text(run("She was taken to Leicester General Hospital with cuts to her arms."))
    p = ps["Leicester General Hospital"]
    assert _near(p, 52.64, -1.13)


def test_a_street_with_no_town_in_its_sentence_or_the_one_before_stays_blank(run):
    # no fallback to the article's main town: a street whose town is named only further away gets no point
    text = ("Police in Spokane said a man was hit by a car late on Friday. The driver stopped and called for help. "
            "He was taken to hospital with a broken leg. Officers closed Marigold Street for two hours.")
    ps = _by_text(run(text))
    assert "Marigold Street" not in ps or ps["Marigold Street"].lat is None


def test_a_street_in_the_sentence_of_a_town_takes_that_town_s_point(run):
    ps = _by_text(run("Police in Spokane said a man was hit by a car late on Friday. Spokane officers closed "
                      "Marigold Street for two hours while they searched the area."))
    p = ps["Marigold Street"]
    assert _near(p, 47.66, -117.43) and p.precision == "town" and p.geonameid is None and p.feature_class == "R.ST"


def test_a_street_in_a_sentence_naming_two_far_towns_stays_blank(run):
    ps = _by_text(run("The convoy left Spokane, Washington, on Monday and reached Portland, Oregon, by "
                      "Marigold Street."))
    assert "Marigold Street" not in ps or ps["Marigold Street"].lat is None


def test_a_street_the_text_puts_in_a_town_is_placed_there(run):
    ps = _by_text(run("A man was hit by a car on Marigold Street, Spokane, late on Friday."))
    assert _near(ps["Marigold Street"], 47.66, -117.43)


def test_no_facility_from_a_person_or_a_lone_word(run):
    ps = _by_text(run("Stuart Hall wrote to the board. The Court said nothing on Monday."))
    assert "Stuart Hall" not in ps and "The Court" not in ps and "Court" not in ps


def test_a_name_that_is_a_unit_of_two_countries_lends_neither_its_country():
    from sitrep.geo.gazetteer import Entry
    from sitrep.geo.recognize import Candidate
    from sitrep.geo.resolve import country_focus

    def unit(cc, gid):
        return Entry(id=gid, gid=str(gid), name="Harlow", lat=0.0, lon=0.0, fclass="A", fcode="ADM1", country=cc,
                     admin1="01", admin2="", population=0, primary=True)

    twice = Candidate(0, 6, "Harlow", [unit("BG", 1), unit("US", 2)], "exact")
    assert country_focus([twice], None, None) == {}
    once = Candidate(0, 6, "Harlow", [unit("US", 2)], "exact")
    assert country_focus([once], None, None) == {"US": 1.0}


def test_a_road_by_number_at_a_town_takes_that_town(run):
    ps = _by_text(run("Traffic queued on the A44 at Bromyard after a lorry overturned, said Tomas Velich."))
    p = ps["A44"]
    assert _near(p, 52.19, -2.51) and p.feature_class == "R.RD" and p.geonameid is None


def test_a_product_or_a_bare_code_is_no_road(run):
    ps = _by_text(run("Nurses in Ledbury were handed N95 masks, and the A380 jet landed at noon."))
    assert "N95" not in ps and "A380" not in ps
    ps = _by_text(run("Grade A44 steel was delivered to Bromyard on Monday."))
    assert "A44" not in ps  # no "the", "on", "via" or "along" before it


def test_a_street_named_after_a_town_is_not_in_that_town(run):
    # "Montgomery Highway" is the road out of Dothan toward Montgomery, 150 km off: it takes the town its sentence names
    ps = _by_text(run("Police in Dothan, Alabama, said a pickup hit a utility pole on Montgomery Highway early on "
                      "Sunday. The driver was later moved to a hospital in Montgomery."))
    p = ps["Montgomery Highway"]
    assert _near(p, 31.22, -85.39) and p.feature_class == "R.ST"


def test_a_street_named_after_a_town_with_no_town_around_it_stays_blank(run):
    ps = _by_text(run("A tanker jackknifed on Birmingham Highway late on Tuesday, blocking both lanes, the state "
                      "patrol said. Its driver, from Birmingham, was not hurt."))
    assert "Birmingham Highway" not in ps or ps["Birmingham Highway"].lat is None


def test_a_building_of_the_named_country_takes_the_town_it_is_in(run):
    # "Embassy" and "Republic of Moldova" are two capitalised runs split by "of the": one building's name, in Vienna
    ps = _by_text(run("The minister later visited the Embassy of the Republic of Moldova in Vienna, where staff "
                      "held a short reception."))
    assert "Republic of Moldova" not in ps
    p = ps["Embassy of the Republic of Moldova"]
    assert _near(p, 48.21, 16.37) and p.feature_class == "S.BLDG"


def test_a_building_word_inside_a_name_before_of_makes_it_a_building(run):
    # the continent after "Mall of" names the mall, not where it stands: no point rather than Africa's
    ps = _by_text(run("Dozens of traders protested in the car park of the Tandiwe Mall of Africa on Saturday."))
    assert "Africa" not in ps
    assert ps["Tandiwe Mall of Africa"].lat is None


def test_a_school_named_of_a_country_with_no_town_keeps_the_country(run):
    # no town puts the school anywhere: it most likely lies in the country it is named of, whose reading stays
    ps = _by_text(run("The chef trained for two years at the Pastry Institute of Portugal before opening her bakery."))
    assert ps["Portugal"].country == "PT"
