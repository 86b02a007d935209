"""Pieces of longer names that are no place of their own, and administrative words that say a unit the gazetteer
lacks (geo/recognize.py: _head_word, Recognizer._starts_name, the possessive before a street word, "LGA");
sentences written for these tests. Uses the real gazetteer, the spaCy model and the committed place ranker."""
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_feature_noun_ending_a_longer_name_is_no_state(run):
    # "Delta" alone is a Nigerian state; after a river's name it is that river's delta
    ps = _by_text(run("Rice growers in the Nile Delta near Cairo said on Monday that their fields were dry. "
                      "Egypt has cut the water it releases."))
    assert "Delta" not in ps
    assert _near(ps["Cairo"], 30.04, 31.24)


def test_a_compass_word_ending_a_region_s_name_takes_the_name_before_it_along(run):
    ps = _by_text(run("Smoke from the fires drifted across the Pacific Northwest on Sunday, forecasters said."))
    assert "Pacific" not in ps or ps["Pacific"].lat is None
    assert "Northwest" not in ps or ps["Northwest"].lat is None


def test_a_country_adjective_opening_a_sea_s_name_is_not_the_country(run):
    ps = _by_text(run("Trawlers along the Indian Ocean coast stayed in port as the storm neared Mozambique."))
    assert "Indian" not in ps
    ps = _by_text(run("Storms swept the American South on Tuesday, and the European Central Bank met in Frankfurt."))
    assert "American" not in ps
    assert "European" in ps  # the bank's name goes on after the compass word: the adjective still qualifies it


def test_a_saint_s_name_before_a_square_is_the_square_not_a_parish(run):
    ps = _by_text(run("Pilgrims filled St. Peter's Square in Rome on Sunday to hear the pope."))
    assert not any(k.startswith("St. Peter") for k in ps)
    assert "Rome" in ps


def test_a_local_government_area_missing_from_the_gazetteer_gets_no_foreign_town(run):
    # "Guma" names towns in China and the Philippines only; the text says a Nigerian unit
    for text in ("Two villages of the Guma LGA were raided on Monday, police in Benue told reporters.",
                 "Two villages of the Guma Local Government Area were raided on Monday, police in Benue told "
                 "reporters."):
        ps = _by_text(run(text))
        assert "Guma" not in ps or ps["Guma"].lat is None
        assert _near(ps["Benue"], 7.35, 8.78, km=200)


def test_a_parade_is_a_street_and_federal_a_common_word(run):
    ps = _by_text(run("Residents of Dunmore Parade in Brisbane said the road flooded on Friday, and students at the "
                      "Federal University of Agriculture in Abeokuta went home."))
    assert "Dunmore" not in ps and "Federal" not in ps
    assert "Brisbane" in ps
