"""Country adjectives ("Turkish troops") as references to their country, never as an event's place; sentences
written for these tests. Uses the real gazetteer, the spaCy model and the committed place ranker."""
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def _by_text(places):
    return {p.span.text: p for p in places}


def test_a_country_adjective_refers_to_its_country(run):
    ps = _by_text(run("The Norwegian research vessel left port on Friday with a Canadian crew."))
    for word, cc in (("Norwegian", "NO"), ("Canadian", "CA")):
        p = ps[word]
        assert p.mention == "demonym" and p.precision == "country"
        assert p.lat is None or p.country == cc


def test_a_continent_adjective_refers_to_its_continent(run):
    p = _by_text(run("Ministers discussed European airlines and their routes."))["European"]
    assert p.mention == "demonym" and p.precision == "region"


def test_people_nouns_and_languages_are_not_references(run):
    ps = _by_text(run("The Russians arrived late. She answered in Russian and left."))
    assert "Russians" not in ps and "Russian" not in ps


def test_named_places_stay_names(run):
    ps = _by_text(run("Trucks crossed from Turkey into Syria near the Bab al-Hawa crossing."))
    assert all(p.mention == "name" for p in ps.values())


def test_an_adjective_inside_a_listed_organisation_is_not_a_reference(run):
    ps = _by_text(run("The Syrian Civil Defence published its count of the dead on Monday."))
    assert "Syrian" not in ps


def test_a_country_adjective_never_places_an_event():
    from sitrep.nlp.annotate import DocContext, annotate_doc
    from sitrep.nlp.models import load_pipeline

    text = "Turkish troops shelled positions on Monday, killing four fighters, a Turkish monitor said."
    an = annotate_doc(load_pipeline()(text), DocContext(article_id="t"))
    assert any(p.mention == "demonym" for p in an.places)
    assert an.events
    for e in an.events:
        assert e.place is None or e.place.mention == "name"


def test_adjectives_do_not_move_the_article_to_their_country(run):
    # many "Turkish"/"Russian" adjectives, one Syrian town: the town is still the Syrian one
    text = ("Turkish officials met Russian diplomats while Turkish and Russian patrols waited. "
            "Turkish drones and Russian jets flew over Saraqib, where Turkish soldiers were posted.")
    p = _by_text(run(text))["Saraqib"]
    assert p.lat is None or p.country == "SY"


def test_the_place_an_organisation_is_named_after_is_a_reference(run):
    ps = _by_text(run("The Texas Rangers beat the visitors 6-3 on Sunday, and Seattle Police closed the stadium road."))
    for word in ("Texas", "Seattle"):
        if word in ps:  # kept as a reference, never as a named place
            assert ps[word].mention == "embedded"
    assert any(w in ps for w in ("Texas", "Seattle"))


def test_an_ambiguous_name_inside_an_organisation_is_dropped(run):
    ps = _by_text(run("Analysts at Springfield Capital Partners said the fund grew."))
    # dozens of Springfields: never given a point from inside a firm's name (left out, or blank)
    assert "Springfield" not in ps or ps["Springfield"].lat is None


def test_an_organisation_reference_never_places_an_event():
    from sitrep.nlp.annotate import DocContext, annotate_doc
    from sitrep.nlp.models import load_pipeline

    text = "Seattle Police said officers shot and killed a man on Tuesday."
    an = annotate_doc(load_pipeline()(text), DocContext(article_id="t"))
    for e in an.events:
        assert e.place is None or e.place.mention == "name"


def test_place_acronyms_are_known_names(run):
    ps = _by_text(run("The statement said EU ministers and US diplomats would meet in the spring."))
    assert ps["EU"].mention == "name" and ps["US"].mention == "name"
    assert ps["US"].lat is None or ps["US"].country == "US"


def test_a_demonym_inside_a_longer_adjective_or_name_is_not_its_country(run):
    ps = _by_text(run("Aid reached Central American migrants, North Korean defectors and fans of Percy French songs."))
    for word in ("American", "Korean", "French"):
        assert word not in ps


def test_english_scottish_welsh_mean_their_own_country(run):
    from sitrep.geo.resolve import haversine_km

    p = _by_text(run("The English pianist and a Scottish singer toured in May."))["English"]
    assert p.mention == "demonym" and p.precision == "province"
    assert p.lat is None or haversine_km(p.lat, p.lon, 52.5, -1.5) < 161  # England, not the UK's point


def test_country_adjectives_in_a_list_each_refer_to_their_country(run):
    ps = _by_text(run("The ministers met their Danish and Austrian counterparts in the capital on Tuesday."))
    for word, cc in (("Danish", "DK"), ("Austrian", "AT")):
        assert ps[word].mention == "demonym" and (ps[word].lat is None or ps[word].country == cc)


def test_country_adjectives_before_a_hyphen_refer_to_their_country(run):
    ps = _by_text(run("Fighting between Ethiopian-backed militias and local guards continued near the "
                      "Kenyan-Somali border."))
    for word, cc in (("Ethiopian", "ET"), ("Kenyan", "KE"), ("Somali", "SO")):
        assert ps[word].mention == "demonym" and (ps[word].lat is None or ps[word].country == cc)


def test_two_word_country_adjectives_are_read_whole(run):
    ps = _by_text(run("A South Korean court ruled on Monday that the Sri Lankan sailors could stay."))
    assert ps["South Korean"].mention == "demonym" and ps["South Korean"].country in ("KR", None)
    assert ps["Sri Lankan"].mention == "demonym" and ps["Sri Lankan"].country in ("LK", None)
    assert "Korean" not in ps and "Lankan" not in ps


def test_a_lower_case_compass_word_does_not_hide_the_country(run):
    ps = _by_text(run("Police in the northern Italian city of Turin arrested two men."))
    assert ps["Italian"].mention == "demonym" and ps["Italian"].country in ("IT", None)


def test_lists_of_languages_people_and_ethnic_compounds_are_not_references(run):
    ps = _by_text(run("She answered in Danish and Austrian German. The Danes and Austrians left early."))
    assert "Danish" not in ps and "Danes" not in ps and "Austrians" not in ps
    ps = _by_text(run("The Mexican-American author read from her novel on Friday."))
    assert "Mexican" not in ps  # an ethnic compound, not Mexico


def test_a_listed_country_adjective_never_places_an_event():
    from sitrep.nlp.annotate import DocContext, annotate_doc
    from sitrep.nlp.models import load_pipeline

    text = "Ethiopian-backed gunmen and Somali troops attacked a camp on Sunday, killing six guards."
    an = annotate_doc(load_pipeline()(text), DocContext(article_id="t"))
    assert any(p.mention == "demonym" for p in an.places)
    for e in an.events:
        assert e.place is None or e.place.mention == "name"
