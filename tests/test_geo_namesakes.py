"""Namesakes that are no place to map (issue 14): a landmark's short name against a village's, a doubtful town
heading a facility's or a company's name, a given name that only a place's alternate name spells, vague compass
regions. Sentences written for these tests, with made-up persons and companies."""

import pytest
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_an_airport_named_alone_beats_a_small_town_of_its_name(run):
    ps = _by_text(run("Flights out of Heathrow were delayed for hours on Tuesday after the fog thickened over London."))
    p = ps["Heathrow"]
    assert _near(p, 51.47, -0.45, km=20)


def test_a_landmark_name_leaves_a_big_town_in_the_choice():
    from sitrep.geo.gazetteer import Entry
    from sitrep.geo.recognize import Candidate
    from sitrep.geo.namesake_readings import landmark_over_towns

    def entry(i, fclass, fcode, pop):
        return Entry(i, f"x{i}", "Carrow", 10.0 + i, 10.0, fclass, fcode, "ZZ", "01", "", pop, True)

    air, village, city = entry(1, "S", "AIRP", 0), entry(2, "P", "PPL", 900), entry(3, "P", "PPL", 250_000)
    c = Candidate(0, 6, "Carrow", [air, village], "exact")
    assert landmark_over_towns(c, [air, village], "") == [air]
    c = Candidate(0, 6, "Carrow", [air, village, city], "exact")
    assert landmark_over_towns(c, [air, village, city], "") == [air, village, city]
    c = Candidate(0, 6, "Carrow", [air, village], "exact", "city")  # "the town of Carrow"
    assert landmark_over_towns(c, [air, village], "") == [air, village]


@pytest.mark.parametrize("text,name", [
    ("Shares of Cambridge Holdings fell sharply after the firm warned that its profits would shrink.", "Cambridge"),
    ("The merger with Stroud Ventures Ltd was approved by the board of Elmfield Foods on Monday.", "Stroud"),
])
def test_a_town_heading_a_company_name_gets_no_point(run, text, name):
    p = _by_text(run(text)).get(name)
    assert p is None or p.lat is None


def test_a_compass_region_without_a_unit_of_the_article_gets_no_point(run):
    ps = _by_text(run("The senator toured Ohio and Michigan last week and will spend the weekend on the West Coast "
                      "raising money."))
    assert "West Coast" not in ps or ps["West Coast"].lat is None
    assert ps["Ohio"].lat is not None


def test_a_compass_word_before_a_continent_leaves_it_without_a_point(run):
    ps = _by_text(run("Aid agencies warned that the drought in Central Africa could leave millions short of food."))
    p = next((p for p in ps.values() if "Africa" in p.span.text), None)
    assert p is None or p.lat is None


def test_a_given_name_spelled_only_by_a_places_alternate_name_is_no_place(run):
    ps = _by_text(run("Doctors said Yulia was awake and talking, and her brother Marek had flown in from Warsaw."))
    assert "Yulia" not in ps
    assert _near(ps["Warsaw"], 52.23, 21.01)


def test_a_tiny_far_town_heading_a_school_name_gets_no_point(run):
    ps = _by_text(run("A young violinist from Cork in Ireland has won a place at Guildhall School of Music, her teacher said."))
    assert "Guildhall" not in ps or ps["Guildhall"].lat is None


def test_a_town_called_like_a_building_word_is_no_host(run):
    ps = _by_text(run("A hearing for the Pasadena man is set for Tuesday morning in Airport Courthouse, police said."))
    p = ps.get("Airport Courthouse")
    assert p is None or p.lat is None


def test_a_head_town_far_from_every_town_of_the_story_is_no_host(run):
    text = ("Fans packed the stands in Toronto on Sunday. The home side lost again at the Rogers Centre, "
            "their fifth defeat in a row.")
    ps = _by_text(run(text))
    p = ps.get("Rogers Centre")
    assert p is None or p.lat is None


def test_a_head_town_of_the_story_still_hosts_its_hospital(run):
    ps = _by_text(run("She was taken to Leicester General Hospital after the crash on the ring road near Leicester."))
    assert _near(ps["Leicester General Hospital"], 52.64, -1.13)


def test_a_blank_mark_gives_no_training_rows(run):
    # the recogniser's blank mark: the resolver gives no point, and the ranker's training has no row of its own for it
    from sitrep.geo.recognize import Candidate
    from sitrep.geo.resolve import resolve
    from sitrep.geo.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    es = gaz.lookup("Cambridge")
    c = Candidate(0, 9, "Cambridge", es, "exact", blank=True)
    ps = resolve([c], "Cambridge Holdings said so.", None, gaz)
    assert len(ps) == 1 and ps[0].lat is None and ps[0].confidence == 0.0


def test_a_town_reaching_into_a_facility_name_leaves_it_to_the_town_after_it(run):
    # "The Dalles" is a town's whole name, and "The Dalles Theatre" a theatre the text puts in Boston
    ps = _by_text(run("The premiere was held at The Dalles Theatre in Boston on Saturday night."))
    p = ps.get("The Dalles Theatre")
    assert p is not None and _near(p, 42.36, -71.06)


def test_a_head_town_in_the_state_the_text_names_still_hosts(run):
    ps = _by_text(run("The patients were moved to Lincoln Memorial Hospital in Nebraska late on Monday."))
    assert _near(ps["Lincoln Memorial Hospital"], 40.81, -96.70)


def test_a_head_town_outside_the_state_the_text_names_hosts_nothing(run):
    ps = _by_text(run("The patients were moved to Lincoln Memorial Hospital in Ohio late on Monday."))
    p = ps.get("Lincoln Memorial Hospital")
    assert p is None or p.lat is None
