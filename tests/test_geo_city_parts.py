"""A part of a city the gazetteer lacks, which the text puts in a city it placed, takes that city's point (issue 14,
geo/parts.py); a border crossing of the supplement is found by its name. Sentences written for these tests, with
made-up neighbourhoods and persons (the cities are real)."""

import pytest
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

LAHORE = (31.55, 74.34)
NAIROBI = (-1.29, 36.82)


@pytest.mark.parametrize("text,name", [
    ("Two shopkeepers were wounded when a gas cylinder exploded in the Qadirvandi neighbourhood of Lahore on "
     "Tuesday, rescue officials said.", "Qadirvandi"),
    ("Police in Lahore said three men were arrested after a brawl in the city's Dorvapura area late on Monday.",
     "Dorvapura"),
    ("A fire swept through dozens of homes in Lahore's Qadirvandi district overnight, officials said.",
     "Qadirvandi"),
    ("A man was stabbed outside a tea stall in Dorvapura, Lahore, on Friday, police said.", "Dorvapura"),
])
def test_a_part_named_with_its_city_takes_the_citys_point(run, text, name):
    ps = _by_text(run(text))
    assert name in ps and _near(ps[name], *LAHORE, km=50)
    assert ps[name].confidence < ps["Lahore"].confidence


def test_the_citys_part_under_a_dateline_is_in_the_dateline_city(run):
    text = ("NAIROBI: Four people were hurt when a wall collapsed in the city's Kelwanja Estate area on Sunday, "
            "county officials said.")
    ps = _by_text(run(text, dateline="NAIROBI"))
    assert "Kelwanja Estate" in ps and _near(ps["Kelwanja Estate"], *NAIROBI, km=50)


def test_the_citys_part_under_a_bureaus_dateline_is_in_the_story_city(run):
    # the dateline's town is a bureau's when the article's towns make one city elsewhere: the city's part is there
    text = ("NAIROBI (Wirenews) - Gunmen killed six people in Lahore on Monday, police said. The attackers struck "
            "the city's Dorvapura area before dawn, officers in Lahore said.")
    ps = _by_text(run(text, dateline="NAIROBI"))
    assert "Dorvapura" in ps and _near(ps["Dorvapura"], *LAHORE, km=50)


def test_a_part_without_a_city_said_gets_nothing_new(run):
    # the text never says which city the name is in: no point borrowed
    ps = _by_text(run("A man was stabbed outside a tea stall in Dorvapura on Friday, police said. Officers from "
                      "Lahore and Multan joined the search."))
    p = ps.get("Dorvapura")
    assert p is None or p.lat is None


def test_a_person_or_a_date_before_the_city_is_no_part(run):
    ps = _by_text(run("The talks were held in March, Lahore officials said, and Tarvin Meshal attended."))
    assert "March" not in ps


def test_a_province_is_no_city_of_a_part(run):
    ps = _by_text(run("Floods cut off the Qadirvandi district of Punjab on Monday, officials said."))
    p = ps.get("Qadirvandi")
    assert p is None or p.lat is None


def test_a_place_near_the_city_keeps_its_own_point(run):
    # a town of the gazetteer near its city keeps its own answer
    ps = _by_text(run("Gunmen opened fire in the Shahdara area of Lahore on Sunday, police said."))
    p = ps.get("Shahdara")
    assert p is None or p.lat is None or _near(p, *LAHORE, km=50)


def test_no_confident_town_leaves_places_as_they_are():
    from sitrep.geo.parts import add_city_parts

    assert add_city_parts(None, "the Qadirvandi district of Lahore", [], 0.5) == []


@pytest.mark.parametrize("name", ["Torkham", "Wagah"])
def test_border_crossings_are_found(run, name):
    ps = _by_text(run(f"Trucks waited for days at the {name} border crossing after troops of the two countries "
                      "exchanged fire, traders said."))
    hit = [p for t, p in ps.items() if t.startswith(name)]  # the name, or with "border" ("Torkham border")
    assert hit and hit[0].lat is not None and hit[0].country == "PK"


def test_a_saints_name_is_no_parish_abroad(run):
    ps = _by_text(run("Two climbers were treated by St John paramedics after a fall near Rotorua on Sunday, and "
                      "Marlen Pask, 52, was flown to hospital."))
    p = ps.get("St John")
    assert p is None or p.lat is None or p.country != "JE"


def test_a_saints_town_where_the_text_points_keeps_its_point(run):
    ps = _by_text(run("Flooding closed three roads in St Albans, Hertfordshire, on Tuesday, England's "
                      "environment agency said."))
    assert _near(ps["St Albans"], 51.75, -0.34, km=30)


SIDE_STORIES = (
    "A man was stabbed to death at a house in Perth's north on Saturday night, police said. Orrin Vell, 30, was "
    "arrested in Fremantle.",
    "A woman was shot dead outside a shop in Perth's eastern suburbs on Friday, and officers from Bunbury are "
    "helping the inquiry.",
)


def test_a_side_of_a_city_places_the_event_in_the_city(events):
    for text in SIDE_STORIES:
        evs = [e for e in events(text) if e.place is not None]
        assert evs and evs[0].place.span.text == "Perth", text


def test_a_possessor_that_is_no_part_of_a_city_is_no_side():
    from sitrep.events.place import _city_side
    from sitrep.nlp.models import load_pipeline

    nlp = load_pipeline()
    doc = nlp("Troops fired on protesters in Lahore's biggest protest this year, witnesses said.")
    assert not _city_side(next(t for t in doc if t.text == "Lahore"))
    doc = nlp("A man was stabbed at a house in Lahore's west on Sunday.")
    assert _city_side(next(t for t in doc if t.text == "Lahore"))


# a side of a city named by its compass point, with no kind word after it ("the city's East Side", "Chicago's South
# Side", "the Lower West Side of Buffalo"): the city's point, as a part of it (issue 14)
@pytest.mark.parametrize("text,name,city", [
    ("A cyclist was killed in a crash on the city's East Side, Detroit police said.", "East Side", (42.33, -83.05)),
    ("A man was shot on Chicago's South Side early on Monday, police said.", "South Side", (41.85, -87.65)),
    # (the gazetteer's "Lower West Side" is Chicago's, 700 km away: the namesake's point is replaced)
    ("A woman was stabbed on the Lower West Side of Buffalo on Friday night, officers said.", "Lower West Side",
     (42.89, -78.88)),
])
def test_a_side_named_by_its_compass_point_takes_its_citys_point(run, text, name, city):
    ps = _by_text(run(text))
    assert name in ps and _near(ps[name], *city, km=30) and ps[name].feature_class == "P.PPLX"


def test_a_side_with_no_city_said_gets_nothing_new(run):
    ps = _by_text(run("A man was shot on the West Side early on Monday, police said."))
    p = ps.get("West Side")
    assert p is None or p.lat is None
