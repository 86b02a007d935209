"""Local reports under a dateline (issue 14, branch places6, found on tests/data/geo_reports3): the dateline's town
as the text resolves it sets the story's home country ("PERTH —" over Scottish villages is Perth, Scotland), and two
small places the gazetteer knows only abroad, in one foreign country, do not vouch for each other. Sentences written
for these tests, with made-up persons (the places are real)."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_suburbs_known_only_abroad_do_not_vouch_for_each_other(run):
    text = ("PIETERMARITZBURG — A taxi driver was robbed at gunpoint in Northdale on Monday, and a second driver "
            "was attacked in Scottsville an hour later, police said. Officers from Howick joined the search, "
            "constable Lindiwe Mkhize said.")
    ps = _by_text(run(text, dateline="PIETERMARITZBURG"))
    for name in ("Northdale", "Scottsville"):
        assert name not in ps or ps[name].country in (None, "ZA")


def test_a_namesake_datelines_home_is_the_one_the_text_resolves(run):
    text = ("PERTH — A quad bike was taken from a farm outside Blairgowrie overnight, police said. Officers in "
            "Crieff and Dundee are looking for a grey pickup.")
    ps = _by_text(run(text, dateline="PERTH"))
    assert "PERTH" in ps and ps["PERTH"].country == "GB"
    assert "Blairgowrie" not in ps or ps["Blairgowrie"].country in (None, "GB")


def test_a_small_town_far_off_in_the_datelines_own_country_is_blank_in_a_local_story(run):
    text = ("HAMILTON — A dairy was robbed by two men with a knife in Frankton on Friday night, police said. A man "
            "was arrested in Cambridge the next morning, and officers from Te Awamutu helped with the search.")
    ps = _by_text(run(text, dateline="HAMILTON"))
    assert "Frankton" not in ps or ps["Frankton"].lat is None or ps["Frankton"].lat > -40.0


def test_a_council_area_abroad_under_a_local_dateline_is_blank(run):
    text = ("LONDON, Ont. — A cyclist was hurt on a county road near Lambeth on Friday evening, police said. The "
            "driver, a man from Strathroy, was charged, and a witness from St. Thomas called 911.")
    ps = _by_text(run(text, dateline="LONDON, Ont."))
    assert "Lambeth" not in ps or ps["Lambeth"].country in (None, "CA")


def test_names_abroad_with_a_namesake_next_door_do_not_vouch_for_each_other(run):
    text = ("HALIFAX — A 31-year-old man was shot in Dartmouth on Friday night, police said. Officers arrested a "
            "woman in Bedford on Saturday. A stolen car was found on Highway 102 near Enfield, and a man was "
            "charged in Cole Harbour.")
    ps = _by_text(run(text, dateline="HALIFAX"))
    assert ps["Bedford"].country == "CA" and ps["Enfield"].country == "CA"


def test_a_country_that_is_also_a_town_next_door_to_the_dateline_is_that_town(run):
    text = ("SAN FERNANDO, Pampanga — Two men on a motorcycle shot a tricycle driver in Barangay Dolores on "
            "Monday and fled towards Mexico, police said. Checkpoints were set up in Angeles City and Guagua.")
    ps = _by_text(run(text, dateline="SAN FERNANDO, Pampanga"))
    assert "Mexico" in ps and ps["Mexico"].country == "PH"


def test_a_hundred_block_address_does_not_outweigh_a_canadian_dateline(run):
    text = ("LONDON, Ont. — A man was stabbed in the 200 block of Oxford Street on Sunday, police said. Provincial "
            "police in Middlesex County are looking for a second man, last seen near Strathroy and St. Thomas.")
    ps = _by_text(run(text, dateline="LONDON, Ont."))
    assert "Middlesex County" not in ps or ps["Middlesex County"].country in (None, "CA")
