"""Places in wire copy from capitals about far provinces (branch places14; seen in tests/data/geo_reports8,
geo_reports2 and geo_reports3): a name of three letters or fewer after a locative word is a place when its own
spelling is a first-level unit's or a big town's ("sent from Gao", "In Osh,"), whatever label the statistical model
gave it, but not a source after "according to" nor another spelling of a longer name. Sentences written for these
tests; the people are made up, the places real."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

SHORT = [
    ("NIAMEY — Two army trucks left for the border from Gao on Friday, and more were waiting near Ansongo, a Malian "
     "officer said.", "Gao", 16.27, -0.04),
    ("BISHKEK — In Osh, shopkeepers pulled down their shutters on Thursday after the clash near Batken, residents "
     "said.", "Osh", 40.53, 72.80),
]


def test_a_short_name_after_a_locative_word_is_a_place(run):
    for text, name, lat, lon in SHORT:
        assert _near(_by_text(run(text))[name], lat, lon, km=30), name
    ps = _by_text(run("QUITO — The hearing was set for a date in May, the lawyer for the Guayaquil families said."))
    assert "May" not in ps  # a month, not a place
    ps = _by_text(run("ALGIERS — According to Ota, the lawyer of the three men, they were held in Bab el-Oued for a "
                      "week."))
    assert "Ota" not in ps and ("Bab" not in ps or ps["Bab"].country != "SY")
