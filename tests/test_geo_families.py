"""Resolution error families (issue 14), on sentences written for these tests: lists of states or countries are not
containment, names before a natural feature's word, upper-case datelines, islands and provinces by their English
names, one place per name in an article, and a city's name that a state elsewhere shares.

Uses the real gazetteer (built into build/ on first use), the spaCy model and the committed place ranker.
"""
from test_geo_context import _by_text, _near
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_list_of_states_is_no_containment(run):
    ps = _by_text(run("Outbreaks have now been confirmed in Georgia, Oklahoma, Pennsylvania and Ohio, the agency said."))
    p = ps["Oklahoma"]
    assert p.lat is None or (p.precision == "province" and p.admin1 == "Oklahoma")


def test_a_list_of_countries_is_no_containment(run):
    ps = _by_text(run("Health officials in Peru, China, Japan and Chile reported new infections on Tuesday."))
    p = ps["China"]
    assert p.lat is None or (p.country == "CN" and p.precision == "country")


def test_a_town_and_its_state_still_contain(run):
    ps = _by_text(run("The plant in Springfield, Illinois, closed on Friday after a chemical leak."))
    p = ps["Springfield"]
    assert p.lat is None or _near(p, 39.80, -89.64, 60)


def test_a_name_before_a_natural_feature_word_is_not_a_far_town(run):
    ps = _by_text(run("Heavy rain flooded dairy farms across the Fraser Valley, and snow closed passes in the "
                      "Ural Mountains."))
    for name in ("Fraser", "Ural"):
        p = ps.get(name)
        assert p is None or p.lat is None or p.precision != "town"


def test_a_big_town_before_a_valley_word_keeps_its_place(run):
    ps = _by_text(run("Lettuce growers in the Salinas Valley of California lost much of their crop to the frost."))
    p = ps.get("Salinas") or ps.get("Salinas Valley")  # the town, or the valley itself (data/geo_natural_features.tsv)
    assert p is not None and (p.lat is None or _near(p, 36.68, -121.66, 60))


def test_an_upper_case_dateline_is_a_place(run):
    ps = _by_text(run("By Jane Doe. SEOUL, South Korea (Reuters) - A court sentenced the former minister on Friday."))
    assert "SEOUL" in ps
    assert ps["SEOUL"].lat is None or _near(ps["SEOUL"], 37.57, 126.98, 50)


def test_an_upper_case_word_before_a_dash_is_no_dateline(run):
    ps = _by_text(run("He paused. WARNING - the bridge on the county road is closed until further notice."))
    assert "WARNING" not in ps


def test_islands_and_english_province_names(run):
    ps = _by_text(run("The tsunami struck the southern coast of Java, and aid also reached East Java and Luzon."))
    assert ps["Java"].lat is None or ps["Java"].country == "ID"
    assert ps["East Java"].lat is None or _near(ps["East Java"], -7.7, 112.5, 161)
    assert ps["Luzon"].lat is None or _near(ps["Luzon"], 16.0, 121.0, 161)


def test_chechnya_is_the_russian_republic(run):
    ps = _by_text(run("Rebels in Chechnya attacked a police post near Grozny on Sunday, officials said."))
    assert ps["Chechnya"].lat is None or ps["Chechnya"].country == "RU"


def test_one_name_one_place_in_an_article(run):
    ps = run("Police in Parkland, Florida, said the storm damaged 40 homes on Monday. By Tuesday, the Parkland "
             "students had raised money for families whose homes were hit, and residents of Parkland thanked them.")
    got = [p for p in ps if p.span.text == "Parkland" and p.lat is not None]
    assert got and all(_near(p, 26.31, -80.24, 60) for p in got)


def test_a_country_by_its_own_name_is_not_a_small_namesake_town(run):
    ps = _by_text(run("Police in Texas and Missouri said the shipment had been driven north from Mexico overnight."))
    p = ps["Mexico"]
    assert p.lat is None or (p.country == "MX" and p.precision == "country")


def test_a_big_city_name_is_no_state_named():
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.places import _recognizer, _text_focus
    from sitrep.geo.resolve import doc_geo
    from sitrep.model import Analysis
    from sitrep.nlp.annotate import DocContext
    from sitrep.nlp.models import load_pipeline

    gaz = get_gazetteer()
    for text, named in (("Lawmakers in Washington debated the spending bill late on Thursday.", False),
                        ("Wildfires spread across eastern Washington state on Thursday.", True)):
        doc, ctx = load_pipeline()(text), DocContext(article_id="t")
        cands = _recognizer(gaz).candidates(doc, ctx, Analysis(article_id="t"), focus=_text_focus(doc, gaz, ctx))
        dg = doc_geo(cands, doc.text, ctx, gaz)
        assert (("US", "WA") in dg.admin1_named) == named, text
