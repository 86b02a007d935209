"""Place names a report does not mean (branch places12; seen in tests/data/geo_reports6, local_reports3 and
attack_reports5, and in GeoWebNews): a people's adjective that the next word calls a region names the unit of that
name, not the people's country ("the Somali region"); a village "in Y township" is no namesake far from Y; a car
maker's name beside a vehicle is no town ("a white Toyota Corolla"); a neighbourhood the gazetteer lacks is not the
town its first word names ("Orange Mound" is no Orange). Sentences written for these tests; the people and the
neighbourhood are made up, the other places real."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_people_s_adjective_called_a_region_is_that_unit(run):
    ps = _by_text(run("ADDIS ABABA — Herders in the Somali region lost goats to the drought this spring, and wells "
                      "near Jijiga ran dry, aid worker Selam Wodajo said."))
    assert _near(ps["Somali"], 7.26, 43.54, km=161)  # Ethiopia's region, not Somalia
    ps = _by_text(run("KYIV — Drones fell on a depot in the Russian region of Belgorod overnight, officer Pavlo "
                      "Hrytsenko said."))
    assert "Russian" not in ps or ps["Russian"].country == "RU"


def test_a_village_in_a_township_is_no_namesake_far_from_the_township(run):
    ps = _by_text(run("PESHAWAR — Gunmen attacked a police post in Pithoro village in Khar tehsil on Sunday, officer "
                      "Imran Dawar said."))
    assert "Pithoro" not in ps or ps["Pithoro"].lat is None  # not the Sindh town 1,000 km south
    ps = _by_text(run("KARACHI — Floodwater reached Pithoro on Sunday, officer Imran Dawar said."))
    assert _near(ps["Pithoro"], 25.51, 69.38, km=25)


def test_a_car_maker_s_name_is_no_place(run):
    ps = _by_text(run("KINGSTON, Jamaica — Men in a silver Toyota Corolla fired at a group outside a bar on Tuesday "
                      "night, constable Orville Beckford said."))
    assert "Toyota" not in ps or ps["Toyota"].lat is None
    ps = _by_text(run("OMAHA, Neb. — Police in Lincoln said a man seen in a red Ford pickup was arrested on Monday, "
                      "spokesman Gary Pruett said."))
    assert _near(ps["Lincoln"], 40.8, -96.67, km=50)  # a town's name with no vehicle beside it stays the town


def test_a_neighbourhood_the_gazetteer_lacks_is_not_its_first_word(run):
    ps = _by_text(run("MEMPHIS, Tenn. — A man was killed in a shooting in Hartwell Gardens early Friday, Memphis "
                      "police said."))
    # no place "Hartwell" cut from the name (an event of the clause then keeps the report's city, not a blank)
    assert "Hartwell" not in ps and _near(ps["Memphis"], 35.15, -90.05)
