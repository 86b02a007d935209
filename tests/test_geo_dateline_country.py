"""A dateline whose name is a town of like size in two countries ("WATERFORD -": Michigan and Ireland) lends the
story no country; the text's other signs place it. Sentences written for these tests. Uses the real gazetteer, the
spaCy model and the committed place ranker."""
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

from sitrep.geo.gazetteer import get_gazetteer
from sitrep.geo.resolve import dateline_country
from sitrep.nlp.annotate import DocContext


def test_a_dateline_shared_by_towns_of_like_size_names_no_country():
    gaz = get_gazetteer()
    assert dateline_country(DocContext(article_id="t", dateline="WATERFORD"), gaz) == ""


def test_a_dateline_whose_biggest_town_dominates_names_its_country():
    gaz = get_gazetteer()
    assert dateline_country(DocContext(article_id="t", dateline="KELOWNA"), gaz) == "CA"
    assert dateline_country(DocContext(article_id="t", dateline="PARIS"), gaz) == "FR"


def test_an_irish_story_under_a_shared_dateline_stays_in_ireland(run):
    text = ("WATERFORD - A man in his 30s was stabbed outside a pub near the quays of Waterford city late on "
            "Friday, gardai said. He was taken to hospital with serious injuries.")
    ps = run(text, dateline="WATERFORD")
    towns = [p for p in ps if p.span.text.startswith(("WATERFORD", "Waterford")) and p.lat is not None]
    assert towns and all(p.country == "IE" for p in towns)


def test_a_dateline_that_writes_its_state_or_country_names_that_country():
    # "ALEXANDRIA, La." is no Egyptian city, "KINGSTON, Ont." no Jamaican one, "ATHENS, Ga." no Greek one: the unit
    # after the comma (an abbreviation of data/geo_state_abbrevs.tsv, a state's or a country's name) says where
    gaz = get_gazetteer()
    assert dateline_country(DocContext(article_id="t", dateline="ALEXANDRIA, La."), gaz) == "US"
    assert dateline_country(DocContext(article_id="t", dateline="KINGSTON, Ont."), gaz) == "CA"
    assert dateline_country(DocContext(article_id="t", dateline="ATHENS, Ga."), gaz) == "US"
    assert dateline_country(DocContext(article_id="t", dateline="ODESSA, Texas"), gaz) == "US"
    assert dateline_country(DocContext(article_id="t", dateline="TBILISI, Georgia"), gaz) == "GE"
    assert dateline_country(DocContext(article_id="t", dateline="ATHENS, Dec 7"), gaz) == "GR"
