"""A town that shares its name with a person of the story is a place where the text puts it in its unit ("the town
of X", "X in Unit"), though a lone surname of a person named in full is otherwise no place (geo/surname_towns.py;
issue 14, branch places9: geo_reports4 r06 Gonzaga, geo_reports5 r23 Tagum). Sentences written for these tests; the
people are made up, the places real."""

from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def _points(places):
    return {p.span.text: (p.country, p.lat) for p in places}


def test_the_town_of_a_governors_surname_is_a_place(run):
    got = _points(run("TUGUEGARAO — Gov. Rafael Aparri said the storm had cut power across the province, and the town "
                      "of Aparri was flooded."))
    assert got.get("Aparri", ("", None))[0] == "PH"


def test_a_surname_put_in_its_province_is_a_place(run):
    got = _points(run("CEBU CITY — Rescuers led by Ana Bogo searched the coast on Sunday. Two fishermen from Bogo in "
                      "Cebu were still missing, she said."))
    assert got.get("Bogo", ("", None))[0] == "PH"


def test_a_surname_after_a_locative_word_alone_stays_the_person(run):
    got = _points(run("CEBU CITY — Rescuers led by Ana Bogo searched the coast on Sunday, and a call from Bogo later "
                      "said two fishermen were missing."))
    assert "Bogo" not in got
