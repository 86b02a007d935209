"""A named facility in a town of the report, placed at that town, and one facility's counts kept together across the
reports of its story (issue 16, branch stories7; the cause of story_sets2 s03, on reports written for these tests with
made-up facilities and people)."""
from __future__ import annotations

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)
from test_story_sets5 import _story  # the pipeline over reports written for a test: story.json's totals


def test_a_one_word_prison_on_the_outskirts_of_a_town_is_at_that_town_not_a_far_namesake(run):  # noqa: F811
    # "Sabanita" is also a Mexican hamlet: the prison of a Kenyan report lies at the town the text puts it by
    ps = _by_text(run("At least five inmates died when fire swept through Sabanita prison on the outskirts of Nakuru, "
                      "Kenya, on Tuesday, officials said."))
    p = ps["Sabanita prison"]
    assert _near(p, -0.28, 36.07) and p.feature_class == "S.BLDG" and p.geonameid is None


def test_a_one_word_camp_in_a_town_is_at_that_town(run):  # noqa: F811
    ps = _by_text(run("Gunmen opened fire in the Orvalle displacement camp in Maiduguri on Sunday, residents said."))
    assert _near(ps["Orvalle displacement camp"], 11.85, 13.16)


def test_a_town_heading_its_own_prison_keeps_its_reading(run):  # noqa: F811
    # the name read at the very town the text puts its prison in: the town's own part, read as before
    ps = _by_text(run("Three guards were hurt in a riot at Kisumu prison in Kisumu, Kenya, police said."))
    assert "Kisumu prison" not in ps


def test_a_country_before_a_building_word_says_whose_it_is(run):  # noqa: F811
    # "the US consulate in Y": the country whose consulate it is, never a building read in its place
    ps = _by_text(run("Protesters gathered outside the US consulate in Mombasa on Friday, police said."))
    assert "US consulate" not in ps and ps["US"].precision == "country"


def test_one_prison_named_with_and_without_its_town_is_one_incident(tmp_path):
    """The first report puts "Vessoria prison" on the outskirts of Nakuru, the second names the prison alone, the
    third puts it in Nakuru: one riot, its count the exact nine the later reports give (never 6 + 9)."""
    t = _story(tmp_path, [
        ("March 6, 2026", "NAKURU, Kenya (Reuters) — At least six inmates were killed on Friday when rival gangs "
                          "fought inside Vessoria prison on the outskirts of Nakuru, the prisons service said."),
        ("March 7, 2026", "NAKURU, Kenya (AFP) — Nine people, including three warders, died in Friday's riot at "
                          "Vessoria prison, Interior Minister Halima Oduya said on Saturday."),
        ("March 9, 2026", "NAIROBI (AP) — Kenya moved four gang leaders to another jail on Monday, three days after a "
                          "riot at Vessoria prison in Nakuru in which six inmates and three warders were killed."),
    ])
    assert [(t0["best"], len(t0["incidents"])) for t0 in t] == [(9.0, 1)]


def test_a_floor_gives_way_to_the_one_exact_count_of_the_other_reports():

    from sitrep.model import Figure, Span
    from sitrep.stories.totals import _count_above_floor

    floor = Figure(id="a:f1", span=Span("a", 0, 5, "at least six"), what="killed", low=6.0, high=None, hedge="ge")
    day = __import__("datetime").date(2026, 3, 6)
    nine_b = (9.0, 9.0, day, "article:b", False, "b", 9.0, 9.0, False)
    nine_c = (9.0, 9.0, day, "article:c", False, "c", 9.0, 9.0, False)
    own = (6.0, 6.0, day, "article:a", False, "a", 6.0, 6.0, False)
    assert _count_above_floor(6.0, floor, [own, nine_b, nine_c]) == 9.0
    twelve = (12.0, 12.0, day, "article:c", False, "c", 12.0, 12.0, False)
    assert _count_above_floor(6.0, floor, [own, nine_b, twelve]) == 6.0  # two exact counts differ: the floor stays
    five = (5.0, 5.0, day, "article:c", False, "c", 5.0, 5.0, False)
    assert _count_above_floor(6.0, floor, [own, five]) == 6.0
