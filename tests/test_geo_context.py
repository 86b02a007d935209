"""Recognition with evidence and resolution with the article's context, on sentences written for these tests.

Uses the real gazetteer (built into build/ on first use, about a minute), the spaCy model and the
committed place ranker (data/models/place_ranker.json).
"""
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

from sitrep.geo.resolve import haversine_km


def _by_text(places):
    return {p.span.text: p for p in places}


def _near(p, lat, lon, km=60):
    return p.lat is not None and haversine_km(p.lat, p.lon, lat, lon) < km


def test_a_surname_with_an_age_or_a_title_is_not_a_town(run):
    ps = _by_text(run("The driver, Kevin Lagos, 37, was taken to hospital. Mr. Madison, his neighbour, called the police."))
    assert "Lagos" not in ps and "Madison" not in ps


def test_street_and_address_parts_are_not_towns(run):
    ps = _by_text(run("Officers were called to the 300 block of Madrid Street late on Tuesday, and a second car "
                      "crashed on West Boulevard near the Dan Ryan Expressway."))
    assert "Madrid" not in ps
    assert "Boulevard" not in ps and "West Boulevard" not in ps
    assert not any(p.country == "ES" for p in ps.values())


def test_page_clutter_is_not_a_town(run):
    ps = _by_text(run("Get our app on Android and iOS. News: the council met on Monday to discuss the budget."))
    assert "Android" not in ps and "News" not in ps


def _choice(text, name, **kw):
    """The ranker's entry for the mention ``name`` (whether or not its confidence clears the threshold)."""
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.places import _recognizer, _text_focus
    from sitrep.geo.rank import default_ranker
    from sitrep.geo.resolve import rank_scored, score_candidates
    from sitrep.model import Analysis
    from sitrep.nlp.annotate import DocContext
    from sitrep.nlp.models import load_pipeline

    gaz, doc, ctx = get_gazetteer(), load_pipeline()(text), DocContext(article_id="t", **kw)
    cands = _recognizer(gaz).candidates(doc, ctx, Analysis(article_id="t"), focus=_text_focus(doc, gaz, ctx))
    scored = score_candidates(cands, doc.text, ctx, gaz)
    rank_scored(scored, default_ranker())
    sc = next(sc for sc in scored if sc.cand.text == name)
    return sc.entries[sc.best]


def test_county_then_town_narrows_the_town(run):
    text = "Deputies in Sangamon County said the crash happened on a rural road outside Springfield shortly after midnight."
    p = _by_text(run(text))["Springfield"]
    assert p.lat is None or _near(p, 39.80, -89.64)  # never a Springfield of another state
    e = _choice(text, "Springfield")
    assert (e.country, e.admin1) == ("US", "IL")  # Springfield, Illinois: the seat of Sangamon County


def test_state_named_once_at_the_top_holds_for_the_article(run):
    text = ("Storms swept across Ohio overnight, the weather service said.\n\n"
            "Emergency crews reported damage to several homes in Springfield, where power lines came down.")
    ps = _by_text(run(text))
    assert ps["Ohio"].precision == "province"
    assert ps["Springfield"].lat is None or _near(ps["Springfield"], 39.92, -83.81)
    e = _choice(text, "Springfield")
    assert (e.country, e.admin1) == ("US", "OH")  # not the bigger Springfield of Missouri


def test_dateline_is_a_region_hint_only(run):
    text = "Floods cut the main road into Newcastle on Friday, stranding hundreds of drivers."
    ps = run(text, dateline="SYDNEY")
    got = _by_text(ps)
    assert got["Newcastle"].lat is None or _near(got["Newcastle"], -32.93, 151.78)
    assert _choice(text, "Newcastle", dateline="SYDNEY").country == "AU"  # Newcastle, New South Wales
    assert not any(p.span.text.upper() == "SYDNEY" for p in ps)  # the dateline itself names no place in the text


def test_country_adjective_is_not_a_place_name_but_the_town_is(run):
    ps = _by_text(run("Turkish artillery shelled positions around Saraqib on Thursday, Russian officials said."))
    # a country adjective is kept as a reference to its country (mention "demonym"), never as a named place
    assert all(ps[w].mention == "demonym" and ps[w].precision == "country" for w in ("Turkish", "Russian") if w in ps)
    assert ps["Saraqib"].mention == "name"
    assert _near(ps["Saraqib"], 35.86, 36.80, 10)


def test_province_phrases_mean_the_province(run):
    ps = _by_text(run("Aid groups warned of hunger in the province of Idlib. Shelling in Idlib province continued."))
    text = "Aid groups warned of hunger in the province of Idlib. Shelling in Idlib province continued."
    p1 = next(p for p in run(text) if p.span.text.startswith("Idlib") and p.span.start < 50)
    assert p1.precision == "province"
    assert all(p.precision == "province" for p in run("Shelling in Idlib province continued.") if p.span.text == "Idlib")


def test_every_place_has_a_confidence_and_low_ones_have_no_point(run):
    from sitrep.geo.rank import default_ranker

    thr = default_ranker().threshold
    ps = run("Reporters in Springfield said the mayor of Jacksonville met officials from Lagos and Aleppo.")
    assert ps
    for p in ps:
        assert 0.0 <= p.confidence <= 1.0
        assert (p.lat is None) == (p.confidence < thr)
        if p.lat is None:
            assert p.geonameid is None and p.span.text  # the mention is kept, without coordinates


def test_variant_spelling_needs_the_articles_region(run):
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.recognize import variants

    g = get_gazetteer()
    assert not g.lookup("Sarqeb")
    assert any(e.country == "SY" for e in variants(g, "Sarqeb", ("SY",)))
    assert variants(g, "Sarqeb", ()) == []  # no region: no variant
    assert not any(e.country != "SY" for e in variants(g, "Sarqeb", ("SY",)))


def test_a_town_spelled_as_written_does_not_bring_in_a_country_with_a_close_spelling(run):
    # "Columbia" and "Colombia" share the loose key; the town is written as the US towns are, so the article's
    # region is not Colombia, and the country does not take the town's name
    ps = run("A man was stabbed outside a bar in Columbia on Saturday, the sheriff said.")
    assert all(p.country != "CO" for p in ps)


def test_a_region_or_ocean_is_not_a_small_town_of_the_same_name(run):
    text = ("Forecasters in Miami, Florida said the storm would strengthen over the warm waters of the Atlantic "
            "before turning north. Oil prices rose on fears of unrest in the Middle East.")
    for name in ("Atlantic", "Middle East"):
        e = _choice(text, name)
        assert e.fclass != "P", name  # not Atlantic, Iowa nor Middle East, Maryland
        p = _by_text(run(text)).get(name)
        assert p is None or p.precision == "region"


def test_a_town_named_like_an_ocean_stays_a_town_where_its_state_is_given(run):
    text = "The fire destroyed a grain elevator in Atlantic, Iowa, on Sunday night."
    e = _choice(text, "Atlantic")
    assert (e.country, e.admin1, e.fclass) == ("US", "IA", "P")


def test_a_county_named_with_its_state_is_the_county(run):
    text = "Deputies in Hamilton County, Ohio, arrested two men after a chase on Tuesday."
    e = _choice(text, "Hamilton County")
    assert (e.country, e.admin1, e.fcode) == ("US", "OH", "ADM2")
    assert haversine_km(e.lat, e.lon, 39.20, -84.54) < 60


def test_a_small_towns_name_heading_a_university_or_farm_is_not_the_town(run):
    ps = _by_text(run("She studied farm economics at Cornell University and later bought geese from Kinsley Family "
                      "Farms for the restaurant."))
    assert "Cornell" not in ps and "Kinsley" not in ps


def test_a_big_towns_name_heading_a_university_keeps_the_town(run):
    ps = _by_text(run("Researchers at Boston University said the trial would start in Massachusetts in the spring."))
    # the university is the place named (geo/facility.py), at the town its name opens with
    p = ps["Boston University"]
    assert "Boston" not in ps and _near(p, 42.36, -71.06)
