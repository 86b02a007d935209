"""A big city's bare name against a first-level unit of the same name elsewhere in its country (sentences
written for these tests; real gazetteer, spaCy model and committed ranker)."""
from test_geo_context import _choice
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_the_capital_sense_of_washington_is_the_city(run):
    e = _choice("Senators in Washington said on Monday that the new tariff bill would pass before the recess.",
                "Washington")
    assert (e.country, e.fcode, e.admin1) == ("US", "PPL", "DC")


def test_the_state_sense_of_washington_keeps_the_state(run):
    text = "Crews from Spokane, Washington, were sent south. Wildfires in eastern Washington burned three barns."
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.places import _recognizer, _text_focus
    from sitrep.geo.resolve import score_candidates
    from sitrep.model import Analysis
    from sitrep.nlp.annotate import DocContext
    from sitrep.nlp.models import load_pipeline

    gaz, doc, ctx = get_gazetteer(), load_pipeline()(text), DocContext(article_id="t")
    cands = _recognizer(gaz).candidates(doc, ctx, Analysis(article_id="t"), focus=_text_focus(doc, gaz, ctx))
    scored = [sc for sc in score_candidates(cands, doc.text, ctx, gaz) if sc.cand.text == "Washington"]
    assert scored and all(any(e.fcode == "ADM1" for e in sc.entries) for sc in scored)


def test_new_york_alone_after_other_cities_is_the_city(run):
    e = _choice("After stops in Chicago, New York and Boston, the touring choir flew home to Dublin.", "New York")
    assert (e.country, e.fclass) == ("US", "P")


def test_a_list_of_states_keeps_the_state(run):
    e = _choice("Growers in states such as Oregon or Washington have lost half of their apple harvest.", "Washington")
    assert (e.country, e.fcode) == ("US", "ADM1")


def test_a_list_of_cities_is_not_a_town_in_a_state(run):
    e = _choice("The choir will sing in Washington, New York or Denver next spring.", "Washington")
    assert (e.country, e.admin1) == ("US", "DC")
    e = _choice("The choir will sing in Washington, New York or Denver next spring.", "New York")
    assert (e.country, e.fclass) == ("US", "P")
