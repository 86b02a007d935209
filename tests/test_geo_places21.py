"""A part of the story's town named by a kind word is no far namesake abroad (issue 14, branch places21,
geo/part_names.py; seen in tests/data/local_reports9 p01, "the Havana informal settlement" under "WINDHOEK -" read
as Cuba's capital, and tests/data/geo_reports12 r15, "the districts of La Matanza and Avellaneda" under "BUENOS
AIRES —" read as a Peruvian village). Sentences written for these tests; people and incidents are made up."""

import pytest
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


CASES = [
    # a name before "informal settlement"
    ("RUNDU - A 24-year-old woman was stabbed outside a bar in the Moscow informal settlement on Friday night, "
     "Kavango East police said. Her boyfriend was arrested in Rundu on Saturday.", "Moscow", "NA"),
    # a name before "township"
    ("KIMBERLEY, South Africa - Two men were shot dead at a tavern in the Baghdad township late on Sunday, police "
     "in Kimberley said. A third man was taken to hospital in Kimberley.", "Baghdad", "ZA"),
    # "the districts of X and Y"
    ("ROSARIO, Argentina - Police said four people were hurt in robberies in the districts of Chiclayo and Funes "
     "this week. A suspect was arrested in Rosario on Monday.", "Chiclayo", "AR"),
]


@pytest.mark.parametrize("text,name,home", CASES)
def test_a_named_part_of_the_town_is_no_far_namesake(run, text, name, home):
    p = _by_text(run(text))[name]
    assert p.lat is None or p.country == home


def test_a_city_before_suburb_of_or_a_text_pointing_abroad_keeps_the_city(run):
    # "the Paris suburb of X": Paris is the city, not a part
    ps = _by_text(run("NAIROBI, Kenya - Kenyan runner Jane Wambui, who trains in the Paris suburb of Vincennes, "
                      "won the Nairobi half marathon on Sunday."))
    assert _near(ps["Paris"], 48.85, 2.35, km=30)
    # the text points to Cuba: the Havana neighbourhood is in Havana
    ps = _by_text(run("WINDHOEK - A Namibian student was robbed in the Havana neighbourhood of Vedado in Cuba "
                      "last week, the ministry said."))
    assert _near(ps["Havana"], 23.13, -82.38, km=30)


def test_mueang_district_under_a_thai_dateline_is_the_datelines_town(run):
    ps = _by_text(run("Blast at market\n\nNAKHON RATCHASIMA, Thailand - Two vendors were hurt when a gas cylinder "
                      "exploded at a fresh market in Mueang district on Tuesday morning, police said."))
    assert _near(ps["Mueang"], 14.97, 102.10, km=30)


def test_a_part_the_text_puts_in_its_town_takes_that_town(run):
    ps = _by_text(run("OSHAKATI - Fire destroyed 40 shacks in the Moscow informal settlement of Rundu on Sunday, the "
                      "town council said."))
    assert _near(ps["Moscow"], -17.92, 19.77, km=30)  # Rundu, not Russia's capital
    # "the Paris suburbs" are Paris's: the city stays where the text's French suburb puts it
    ps = _by_text(run("NAIROBI, Kenya - Kenyan runner Jane Wambui, who trains in the Paris suburbs, won the Nairobi "
                      "half marathon on Sunday."))
    assert _near(ps["Paris"], 48.85, 2.35, km=30)
