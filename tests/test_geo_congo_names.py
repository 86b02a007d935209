"""The Republic of the Congo by its short name "Republic of Congo" (it was read as the bare "Congo", the Democratic
Republic, 959 km off), while "Democratic Republic of Congo" stays the Democratic Republic's, now by its full name (the
guard against bb1c1cd9's regression, when the short name matched inside the long one): data/gazetteer_supplement.tsv.
Sentences written for these tests. Uses the real gazetteer, the spaCy model and the committed place ranker."""
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_the_republic_of_congo_by_its_short_name(run):
    text = ("Health teams in the Republic of Congo have begun vaccinating children against measles, officials said "
            "on Tuesday. Nurse Odile Mabiala said the first clinics opened on Monday.")
    ps = run(text)
    assert [p.country for p in ps if "Congo" in p.span.text] == ["CG"]


def test_the_democratic_republic_of_congo_stays_the_democratic_republic(run):
    text = ("Health teams in the Democratic Republic of Congo have begun vaccinating children against measles, "
            "officials said on Tuesday. Nurse Odile Mabiala said the first clinics opened on Monday.")
    ps = run(text)
    assert [p.country for p in ps if "Congo" in p.span.text] == ["CD"]
