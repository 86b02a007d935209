"""People, rivers and a short town named like an English word (branch places15; seen in tests/data/geo_reports8
and geo_reports9): a town's name after a given name or as the subject of "said" is a person's; a name before
River / Lake / Sea / Mountains is the feature's, not a far town's; "Man", a stop word, is the Ivorian
town where the text calls it a town. Sentences written for these tests; the people are made up, the places real."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def _all(places, name):
    return [p for p in places if p.span.text == name]


def test_a_stop_word_the_text_calls_a_town_is_the_town(run):
    ps = run("DALOA — Riot police ringed the hill town of Man on Sunday after inmates broke out of its jail. In Man, "
             "traders shut their stalls early, a prison guard said.")
    mans = _all(ps, "Man")
    assert len(mans) == 2 and all(_near(p, 7.41, -7.55, km=30) for p in mans)
    ps = _by_text(run("DALOA — In May, the prison near Vavoua held 300 men, a guard said."))
    assert "May" not in ps


def test_a_town_name_after_a_given_name_or_before_said_is_a_person(run):
    ps = run("ABIDJAN — Rescue crews were sent from Touba. Yacouba Séguéla, a regional health officer, said clinics "
             "had run out of clean water. Séguéla said the toll could still rise.")
    assert all(p.span.start < 100 for p in _all(ps, "Séguéla"))  # "Séguéla said": the officer, no town
    ps = _by_text(run("BELÉM — Ana Santarém, a nurse at the clinic, said the river ferry had sunk near Breves."))
    assert "Santarém" not in ps and _near(ps["Breves"], -1.68, -50.48)
    ps = run("COLUMBUS — Police in Gahanna said two men were held. Residents of Whitehall and Bexley said the "
             "report was wrong. Kabul said it would send a delegation.")
    assert len(_all(ps, "Gahanna")) == 1 and _all(ps, "Bexley")  # a locative word or a list keeps the town
    assert _near(_by_text(ps)["Kabul"], 34.53, 69.17)  # a capital speaks for its government


def test_a_name_before_a_river_or_sea_is_no_far_town(run):
    ps = _by_text(run("MOSCOW — Ice jams on the Zeya River flooded two villages near Blagoveshchensk on Monday, "
                      "officials said."))
    for name in ("Zeya", "Zeya River"):
        assert name not in ps or ps[name].lat is None, name  # not the town of Zeya 380 km upstream
    ps = _by_text(run("TASHKENT — Dust from the dry bed of the Aral Sea covered Muynak and Nukus on Friday."))
    for name in ("Aral", "Aral Sea"):
        assert name not in ps or ps[name].lat is None, name  # no Kazakh town of Aral
    ps = _by_text(run("KYIV — Shells fell on farms along the Inhulets River near Snihurivka on Sunday."))
    assert "Inhulets" not in ps or ps["Inhulets"].lat is None or _near(ps["Inhulets"], 47.7, 33.25, km=30)
