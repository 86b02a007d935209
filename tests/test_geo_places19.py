"""Datelines whose country's name holds a small word, or whose town's name an apostrophe cuts; a unit after its
country's possessive that the model labels a person or an organisation; the Indus and the Brahmaputra (branch
places19; seen in tests/data/geo_reports2, 4, 6 and 11). Sentences written for these tests; the people are made up,
the places real."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_dateline_with_a_country_of_several_words_or_an_apostrophe(run):
    ps = _by_text(run("GOMA, Democratic Republic of Congo — Aid workers said on Tuesday that fresh shelling hit "
                      "camps near Sake."))
    assert _near(ps["GOMA"], -1.68, 29.23, km=20)
    ps = _by_text(run("COX'S BAZAR, Bangladesh — Boats carrying 40 families landed near Teknaf overnight, a camp "
                      "official, Rafiq Kantapur, said."))
    assert _near(ps["COX'S BAZAR"], 21.44, 92.01, km=20)
    # an acronym opening a line with no dateline after it stays no place
    ps = _by_text(run("SAKE said the new line would open in May, its chief, Lena Lovrenka, told reporters."))
    assert "SAKE" not in ps


def test_a_unit_after_its_countrys_possessive_is_the_unit(run):
    ps = _by_text(run("Residents fled Myanmar's Rakhine State after troops shelled villages near Sittwe."))
    assert _near(ps["Rakhine State"], 19.5, 94.0, km=150)
    ps = _by_text(run("Fighting flared around Myawaddy in Myanmar's Kayin State on Monday, a trader said."))
    assert _near(ps["Kayin State"], 17.2, 97.7, km=150)


def test_the_indus_and_the_brahmaputra_are_rivers_with_a_conventional_point(run):
    ps = _by_text(run("KARACHI — Water from the Indus broke an embankment near Sukkur on Friday, officials said."))
    assert _near(ps["Indus"], 26.4, 67.9, km=30)  # the river at Sehwan, midway through Sindh (a convention)
    ps = _by_text(run("GUWAHATI, India — The Brahmaputra rose above the danger mark at Neamati on Sunday."))
    assert _near(ps["Brahmaputra"], 26.95, 94.17, km=30)  # the river at Majuli (a convention)
