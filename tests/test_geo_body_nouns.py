"""A place name before the lower-case noun of its town's police, bench or detectives ("Cheney police said",
"Harrogate magistrates heard") names that town, though the parser labels the word a person or a product: the nouns
are in data/geo_people_nouns.tsv, read as a locative cue by recognize._people_cue (issue 14, branch places10; seen
in tests/data/geo_reports5 r01 "Keizer police" and r07 "Leeds magistrates", both missed). Sentences written for
these tests; the people are made up, the places real."""

from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_town_before_police_is_a_place(run):
    ps = _by_text(run("SPOKANE, Wash. — A cyclist was struck by a pickup truck on Saturday evening and taken to a "
                      "hospital in Spokane. Cheney police said the driver, Corey Madsen, 41, stayed at the scene."))
    assert _near(ps["Cheney"], 47.49, -117.58)  # Cheney, Washington


def test_a_town_before_magistrates_is_a_place(run):
    ps = _by_text(run("YORK, England — A driver who hit a cyclist near Selby was banned from driving. Harrogate "
                      "magistrates heard that he had been on his phone."))
    assert _near(ps["Harrogate"], 53.99, -1.54)


def test_a_kind_of_police_is_no_place(run):
    ps = _by_text(run("BUENOS AIRES, Argentina — Two men were arrested at a port in Rosario on Monday. Federal "
                      "police said the men carried cocaine. Riot police and Military police closed the road."))
    assert "Rosario" in ps
    assert not {"Federal", "Riot", "Military"} & set(ps)
