"""Regional disaster news (issue 14, branch places11; seen in tests/data/geo_reports6, geo_reports5 and GeoVirus):
a capitalised compass word makes one name with the next ("the Northern Rivers", "the West Midlands"), a region of
the news is no namesake province abroad ("the Sahel", "Kurdistan"), a volcano matched by a loose spelling far from
the story's towns is not the one meant, and a sentence's opening "The village" is no name. Sentences written for
these tests; the people are made up, the places real."""

from sitrep.geo.resolve import haversine_km
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def _not_near(p, lat, lon, km=500):
    return p.lat is None or haversine_km(p.lat, p.lon, lat, lon) > km


def test_a_capitalised_compass_word_joins_the_name_after_it(run):
    ps = _by_text(run("SYDNEY — Heavy rain fell across the Northern Rivers region of New South Wales on Tuesday, and "
                      "the river rose at Lismore, volunteer Tara Coombe said."))
    assert _not_near(ps["Rivers"], 4.84, 6.86)  # no Nigerian state
    ps = _by_text(run("LONDON — Floods closed roads across the West Midlands on Monday, and trains from Birmingham "
                      "to Coventry were cancelled, a rail spokesman said."))
    assert _not_near(ps["Midlands"], -19.28, 29.88)  # no Zimbabwean province


def test_a_compass_word_before_the_story_s_country_keeps_it(run):
    ps = _by_text(run("BEIRUT — Shells fell on villages in Northern Syria on Tuesday, and families fled towards "
                      "Idlib, monitors said."))
    assert _near(ps["Syria"], 35.0, 38.0)


def test_a_region_of_the_news_is_no_province_abroad(run):
    ps = _by_text(run("KANO, Nigeria — Cholera spreads across the Sahel each rainy season, doctors in Maiduguri and "
                      "Damaturu said."))
    assert _not_near(ps["Sahel"], 14.03, -0.77, km=100)  # not Burkina Faso's Sahel region
    ps = _by_text(run("ERBIL — Officials in Kurdistan said flights from Baghdad to Sulaimaniyah would resume on "
                      "Monday."))
    assert _near(ps["Kurdistan"], 36.5, 44.0, km=161)  # Iraq's Kurdistan region, not Iran's province


def test_a_loosely_spelled_volcano_far_from_the_story_is_blank(run):
    ps = _by_text(run("PADANG, Indonesia — Ash from Mount Marapi fell on villages near Bukittinggi on Sunday, "
                      "officials in West Sumatra said."))
    assert _not_near(ps["Mount Marapi"], -7.54, 110.45, km=100)  # not Mount Merapi in Java
    assert _near(ps["Bukittinggi"], -0.31, 100.37)


def test_an_opening_noun_phrase_is_no_place(run):
    ps = _by_text(run("TUGUEGARAO, Philippines — The village was cut off by floodwater on Monday, officials in "
                      "Cagayan said. The river rose overnight."))
    assert "The village" not in ps and "The river" not in ps
    assert _near(ps["Cagayan"], 18.0, 121.83)


def test_the_second_of_two_names_after_a_locative_word_is_a_place(run):
    # "Mangoplah" is no entry of the gazetteer, so no listed place revives "Tumbarumba"; "near" stands for both
    ps = _by_text(run("WAGGA WAGGA — Two utes were stolen from sheds near Mangoplah and Tumbarumba over the weekend, "
                      "Senior Constable Ruth Abney said."))
    assert _near(ps["Tumbarumba"], -35.78, 148.01)


def test_the_second_name_heading_a_longer_name_is_not_so_placed(run):
    ps = _by_text(run("WAGGA WAGGA — Parents gathered near Mangoplah and Henty Public School on Friday, Principal "
                      "Dora Faulds said."))
    assert "Henty" not in ps
