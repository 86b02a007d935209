"""A name told as a part of the story's town is no namesake far from every town of the story (issue 14, branch
places40, geo/far_parts.py; seen in tests/data/geo_reports23 r08, "the Rivera Hernández neighbourhood" under SAN PEDRO
SULA read as a department of Uruguay, and r05, "the nearby Brooklyn area" under PORT-AU-PRINCE read as New York).
Sentences written for these tests; people and incidents are made up."""

import pytest
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

CASES = [
    # a neighbourhood whose name the recogniser cut short at its first word
    ("TEGUCIGALPA, Honduras (EFE) - Gunmen shot dead three bus drivers in the Rivera Alta neighbourhood on Tuesday, "
     "police said. Officers arrested two suspects in Tegucigalpa on Wednesday.", "Rivera"),
    ("KARACHI - Two men were shot dead in the Texas Colony neighbourhood on Monday, police said. Officers later "
     "searched houses in Karachi.", "Texas"),
    # "the nearby X area": a namesake in another country
    ("LIMA, Peru - Police said robbers came from the nearby Memphis area and fired at a shopkeeper in Lima on "
     "Friday.", "Memphis"),
    ("MANILA, Philippines - Witnesses said the gunmen fled towards the nearby Bristol area after the shooting in "
     "Manila on Thursday night.", "Bristol"),
    ("NAIROBI, Kenya - Police said the suspects came from the nearby Dallas area and attacked two watchmen in "
     "Nairobi on Monday night.", "Dallas"),
]


@pytest.mark.parametrize("text,name", CASES)
def test_a_part_of_the_town_has_no_far_namesakes_point(run, text, name):
    assert _by_text(run(text))[name].lat is None


def test_a_nearby_area_of_the_towns_country_keeps_its_point(run):
    # "the nearby Bannu area" under PESHAWAR: a town of the same country some 150 km off, told loosely as near (a
    # guard of far_parts' country test: it passes on the base and fails when every far part is blanked)
    ps = _by_text(run("PESHAWAR, Pakistan - Police said the gunmen came from the nearby Bannu area and fired on a "
                      "patrol in Peshawar on Sunday."))
    assert _near(ps["Bannu"], 32.99, 70.60, km=30)
    # "the Gao area" under BAMAKO is Gao: not told as a part of Bamako
    ps = _by_text(run("BAMAKO, Mali - Fighting was reported in the Gao area on Sunday, a security source in Bamako "
                      "said."))
    assert _near(ps["Gao"], 16.27, -0.04, km=161)
