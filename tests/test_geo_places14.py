"""Places in wire copy from capitals about far provinces (branch places14; seen in tests/data/geo_reports8,
geo_reports2 and geo_reports3): a name of three letters or fewer after a locative word is a place when its own
spelling is a first-level unit's or a big town's ("sent from Gao", "In Osh,"), whatever label the statistical model
gave it; a town abroad whose name is also a big city of the dateline's country is the home city when nothing in the
text ties it abroad ("the air base in Barcelona" under "CARACAS"). Sentences written for these tests; the people are
made up, the places real."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


HOME = [
    ("NIAMEY — Two army trucks left for the border from Gao on Friday, and more were waiting near Ansongo, a Malian "
     "officer said.", "Gao", 16.27, -0.04),
    ("BISHKEK — In Osh, shopkeepers pulled down their shutters on Thursday after the clash near Batken, residents "
     "said.", "Osh", 40.53, 72.80),
]
AWAY = [  # the same rule reads these as written: at home a home city stays home, and a text that ties it abroad
    ("MADRID — Trains between Zaragoza and Barcelona were halted on Sunday after a storm, the operator said.",
     "Barcelona", "ES"),
    ("CARACAS — The Venezuelan foreign minister flew to Spain on Sunday and met the mayor of Barcelona, the ministry "
     "said.", "Barcelona", "ES"),
]


def test_a_short_name_after_a_locative_word_is_a_place(run):
    for text, name, lat, lon in HOME:
        assert _near(_by_text(run(text))[name], lat, lon, km=30), name
    ps = _by_text(run("QUITO — The hearing was set for a date in May, the lawyer for the Guayaquil families said."))
    assert "May" not in ps  # a month, not a place


def test_a_town_abroad_named_like_a_big_city_at_home_is_the_home_city(run):
    ps = _by_text(run("CARACAS — Rain cut the roads west of Mérida on Monday, and the army sent helicopters from "
                      "Valencia and from the air base in Barcelona, in the east, a Venezuelan officer said."))
    assert _near(ps["Barcelona"], 10.13, -64.69, km=30)
    for text, name, country in AWAY:
        assert _by_text(run(text))[name].country == country, text
