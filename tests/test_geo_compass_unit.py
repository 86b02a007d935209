"""One capitalised compass word after "the" and before a lower-case unit's word ("the East region", "the Northern
region") is that unit's own name where the article's first country has one (Cameroon's East and North, Ghana's
Northern); elsewhere it stays a compass phrase with no point (issue 14, branch places36; seen in
tests/data/geo_reports19 r15 and geo_reports20 r15, r16, unread). Sentences written for these tests; the people and
incidents are made up, the places real."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_capitalised_compass_region_of_the_articles_country_is_read(run):
    ps = _by_text(run("BERTOUA, Cameroon - Herders said cattle thieves struck two camps near Batouri in the East "
                      "region on Monday, the prefect said."))
    assert "East" in ps and ps["East"].country == "CM" and ps["East"].precision == "province"
    ps = _by_text(run("BOLGATANGA, Ghana - A bus overturned south of Tamale, the capital of the Northern region, on "
                      "Sunday, police said."))
    assert "Northern" in ps and ps["Northern"].country == "GH" and ps["Northern"].lat is not None


def test_a_compass_word_before_a_unit_word_elsewhere_stays_no_place(run):
    ps = _by_text(run("NAIROBI, Kenya - Farmers in the North district of the county said the rains had failed again, "
                      "an official said."))
    assert "North" not in ps and all(p.country in ("KE", None) for p in ps.values())
    ps = _by_text(run("BERTOUA, Cameroon - Rain fell across the eastern region on Monday, officials in Batouri said."))
    assert not any(p.span.text.lower() == "eastern" for p in ps.values())
