"""A place named inside a longer name (an organisation's, a paper's, a team's) that the article never names on its
own, and a big city the parser took for a person (geo/recognize.py: _named_inside, city_not_person); sentences
written for these tests. Uses the real gazetteer, the spaCy model and the committed place ranker."""
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_town_heading_a_school_district_s_name_is_a_reference_to_it(run):
    ps = _by_text(run("Teachers across Kentucky rallied on Monday. Officials with Owensboro Public Schools met "
                      "with parents on Tuesday."))
    p = ps.get("Owensboro")
    assert p is not None and p.mention == "embedded" and _near(p, 37.77, -87.11)


def test_a_continent_at_the_end_of_a_programme_s_name(run):
    ps = _by_text(run("The bank said the loan was signed under the Investment Fund for Europe on Tuesday."))
    p = ps.get("Europe")
    assert p is not None and p.mention == "embedded" and p.precision == "region"


def test_a_town_at_the_end_of_a_band_s_name_or_a_common_word_is_no_place(run):
    ps = _by_text(run("The festival lineup includes the Electric Owl Surprise and a set by the Hollow Lanterns. "
                      "He read the morning news on Capital FM until he retired in May."))
    assert "Surprise" not in ps and "Capital" not in ps


def test_a_county_name_that_is_a_far_state_and_a_local_town_stays_blank(run):
    # in a report from the United States, "Suffolk" of a paper's name may be the Virginia city, the New York county
    # or the English county: no point rather than a wrong one
    ps = _by_text(run("Fishermen in Montauk, New York, said the catch was the worst in years, the Suffolk Times "
                      "reported on Sunday."))
    assert "Suffolk" not in ps or ps["Suffolk"].lat is None


def test_a_place_inside_a_person_s_name_stays_out(run):
    ps = _by_text(run("Governor Aminu Karachi Bello of the party said on Monday that the vote would go ahead."))
    assert "Karachi" not in ps


def _cand(nlp, gaz, text, name):
    from sitrep.geo.recognize import Candidate

    doc = nlp(text)
    s = text.index(name)
    return doc, Candidate(s, s + len(name), name, gaz.lookup(name), "exact", label="PERSON")


def test_a_big_city_taken_for_a_person_is_the_city_unless_someone_bears_or_speaks_the_name():
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.person_evidence import city_not_person
    from sitrep.nlp.models import load_pipeline

    nlp, gaz = load_pipeline(), get_gazetteer()
    doc, c = _cand(nlp, gaz, "Delegates flew in from Abuja on Monday for the talks.", "Abuja")
    assert city_not_person(doc, c, frozenset())
    doc, c = _cand(nlp, gaz, "Delegates flew in on Monday. Abuja said the talks had gone well.", "Abuja")
    assert not city_not_person(doc, c, frozenset())  # a speaker
    doc, c = _cand(nlp, gaz, "Delegates met Musa Abuja on Monday. Later Abuja left.", "Abuja")
    assert not city_not_person(doc, c, frozenset({"musa", "abuja"}))  # a person's name in the text
    doc, c = _cand(nlp, gaz, "The shelter took in a small brown Chihuahua on Friday.", "Chihuahua")
    assert not city_not_person(doc, c, frozenset())  # a common noun's word
    doc, c = _cand(nlp, gaz, "Delegates flew in from Springfield on Monday.", "Springfield")
    assert not city_not_person(doc, c, frozenset())  # no city dwarfs its namesakes
