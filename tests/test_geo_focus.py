"""The article's country focus and its dateline country, on sentences written for these tests (geo/resolve.py:
names_a_mission, aliases_abroad)."""
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def _focus(text, **kw):
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.places import _recognizer, _text_focus
    from sitrep.geo.resolve import country_focus
    from sitrep.model import Analysis
    from sitrep.nlp.annotate import DocContext
    from sitrep.nlp.models import load_pipeline

    gaz, doc, ctx = get_gazetteer(), load_pipeline()(text), DocContext(article_id="t", **kw)
    cands = _recognizer(gaz).candidates(doc, ctx, Analysis(article_id="t"), focus=_text_focus(doc, gaz, ctx))
    return country_focus(cands, ctx, gaz, doc.text), _text_focus(doc, gaz, ctx)


def test_a_country_named_on_its_embassy_is_not_where_the_story_is(run):
    text = ("Some 3,000 students marched from the university to the US Embassy in Athens on Friday, and riot police "
            "fired tear gas when a group threw stones at them.")
    athens = [p for p in run(text) if p.span.text == "Athens"]
    assert athens and athens[0].country == "GR"  # not Athens, Georgia, for the embassy's "US"
    focus, _ = _focus("A crowd gathered outside the British consulate in Lindrava on Sunday to demand visas.")
    assert "GB" not in focus
    focus, region = _focus("Farmers blocked the road to the embassy of France in Lindrava with their tractors.")
    assert "FR" not in focus and "FR" not in region


def test_a_name_met_only_as_another_places_alias_abroad_of_the_dateline(run):
    text = ("Nurses held a sit-in outside the water board offices in Salt Lake on Monday, demanding that the "
            "night shift be paid on time.")
    salt = [p for p in run(text, dateline="KOLKATA") if p.span.text == "Salt Lake"]
    assert salt and salt[0].country != "US"  # a neighbourhood of the dateline's city, not Utah's capital
    salt = [p for p in run(text) if p.span.text == "Salt Lake"]
    assert salt and salt[0].country == "US"  # with no dateline the alias stands


def test_an_upper_case_dateline_with_a_date_is_a_dateline():
    from sitrep.geo.recognize import is_dateline

    for text in ("CORVANTA, Oct 8 — Two traders were shot.", "CORVANTA, 4 May 2024 — Two traders were shot.",
                 "CORVANTA, Ruritania, June 3, 2024 -- Two traders were shot."):
        assert is_dateline(text, 0, 8), text
    assert not is_dateline("CORVANTA, 12 traders — were shot.", 0, 8)


def test_an_agencys_abbreviation_stops_only_its_own_spelling(run):
    # "SANA" (a news agency) is no place; "Sanaa", which folds to the same letters, is Yemen's capital
    ps = run("Drones struck fuel depots in and around Sanaa on Monday, SANA reported, citing officials.")
    assert [p.country for p in ps if p.span.text == "Sanaa"] in (["YE"],)
    assert not any(p.span.text == "SANA" for p in ps)
