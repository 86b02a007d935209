"""Names that are no place of the story (geo/recognize.py: a town heading an "of the" name, "X State" of a country
without states, a word only a small town's alternate name spells, a people's plural, a name the model cut in two;
geo/resolve.py: a province's name that a big town elsewhere shares, a state's name an alternate name of a city shares).
Sentences written for these tests; uses the real gazetteer, the spaCy model and the committed place ranker."""
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_town_heading_an_of_the_name_is_its_head_noun(run):
    ps = _by_text(run("Ministers flew to Lima on Sunday for the Summit of the Americas, where trade led the talks."))
    assert "Summit" not in ps
    assert _near(ps["Lima"], -12.05, -77.04)
    ps = _by_text(run("Delegates from Chile flew to the Summit of the Americas, held this year in Lima."))
    assert "Summit" not in ps and ps["Chile"].country == "CL"


def test_the_same_town_with_its_state_is_still_a_place(run):
    ps = _by_text(run("Voters in Summit, New Jersey, rejected the school budget on Tuesday, officials said."))
    assert _near(ps["Summit"], 40.72, -74.36)


def test_a_french_of_name_is_a_building_not_a_town(run):
    ps = _by_text(run("Envoys met at the Palais des Nations on Monday to discuss the ceasefire."))
    assert "Palais" not in ps or ps["Palais"].lat is None


def test_x_state_of_a_country_without_states_is_an_institution(run):
    ps = _by_text(run("Researchers at Kent State found that the vaccine worked, Dr. Orla Venner told reporters "
                      "in London."))
    kent = ps.get("Kent")
    assert kent is None or kent.lat is None or kent.country == "US"


def test_x_state_of_a_country_with_states_is_the_state(run):
    ps = _by_text(run("Gunmen raided two villages in Kogi State on Sunday, police said."))
    assert ps["Kogi State"].country == "NG" and ps["Kogi State"].precision == "province"  # the whole form (places7)
    ps = _by_text(run("Wildfires spread across Washington State this week, forcing evacuations."))
    assert ps["Washington"].precision == "province" and _near(ps["Washington"], 47.3, -120.3, km=300)


def test_a_country_before_lower_case_state_is_kept(run):
    ps = _by_text(run("Lawmakers in one US state voted to ban the pills, regulators said on Friday."))
    assert ps["US"].country == "US"


def test_a_town_s_state_university_refers_to_the_town(run):
    ps = _by_text(run("Professor Dara Vellin of Boise State University said the sample was small."))
    p = ps.get("Boise")
    assert p is not None and p.mention == "embedded" and _near(p, 43.61, -116.20)


def test_a_plural_word_spelled_only_by_a_town_s_alternate_name_is_no_place(run):
    ps = _by_text(run("Raskel said the dinners grew out of events held in Newcomers years ago. Human rights lawyers "
                      "met in Culture House on Monday."))
    assert not {"Newcomers", "Human", "Culture"} & set(ps)


def test_an_alternate_name_of_a_big_city_or_a_sea_is_kept(run):
    ps = _by_text(run("Diplomats in Peking said the ship had crossed the Mediterranean on Monday."))
    assert _near(ps["Peking"], 39.9, 116.4)
    # kept as the sea (named with no point: a sea this large has none, data/geo_area_extents.tsv)
    assert ps["Mediterranean"].name == "Mediterranean Sea" and ps["Mediterranean"].geonameid


def test_the_gulf_alone_is_no_papuan_province(run):
    ps = _by_text(run("Oil prices rose as tension in the Gulf grew, traders in Dubai said."))
    gulf = ps.get("Gulf")
    assert gulf is None or gulf.country != "PG"
    ps = _by_text(run("Floods cut the road between Kerema and Malalaua in Gulf Province, Papua New Guinea."))
    assert any(p.country == "PG" for p in ps.values())


def test_a_state_s_name_cut_in_two_entities_is_read_whole(run):
    ps = _by_text(run("Sewage from Mexicali spills into rivers across Baja California every winter, engineers say."))
    assert "Baja" not in ps
    assert ps["Baja California"].country == "MX" and ps["Baja California"].precision == "province"


def test_a_people_s_plural_is_no_town_spelled_nearly_so(run):
    ps = _by_text(run("The new rule applies to Mexicans working in Puebla and Oaxaca, officials said."))
    assert "Mexicans" not in ps and ps["Puebla"].country == "MX"
    ps = _by_text(run("The Philippines and Indonesia signed the fisheries pact on Monday."))
    assert ps["Philippines"].country == "PH"


def test_a_province_name_shared_by_a_bigger_foreign_city_does_not_set_the_country(run):
    ps = _by_text(run("Surfers drove from Santa Barbara to Carpinteria for the contest and returned to Santa "
                      "Barbara at dusk."))
    assert _near(ps["Santa Barbara"], 34.42, -119.70)


def test_a_state_s_name_is_the_state_not_a_village_near_the_other_places(run):
    # a big Colombian city's alternate name is "Florida" too; no big city's own name is, so the state wins over
    # Florida, New York, a village beside the towns the text names
    ps = _by_text(run("Commuters from Newark and Yonkers, New York, joined relatives from Florida at the rally."))
    assert ps["Florida"].precision == "province" and _near(ps["Florida"], 27.8, -81.5, km=300)