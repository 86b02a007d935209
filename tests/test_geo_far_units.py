"""A name with its own unit word ("Police in Aktobe region", "Kostanay region —") is the region, not the city of its
name, where the region's point lies far from the city (geo/unit_towns.py ``far_units_over_towns``; geo_reports15
r09, geo_reports17 r01). Sentences written for this test, the people and incidents made up."""
from __future__ import annotations

import pytest
from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


@pytest.mark.parametrize("text,name", [
    ("Police in Aktobe region said on Friday they had detained a herdsman over the theft of 40 sheep near Khromtau.",
     "Aktobe"),
    ("Kostanay region — A combine harvester caught fire in a wheat field on Sunday, and the farmer, Bolat Seitov, "
     "was treated for burns.", "Kostanay"),
])
def test_a_region_named_with_its_unit_word_is_the_region_not_its_city(run, text, name):
    p = _by_text(run(text))[name]
    assert p.precision == "province" and p.feature_class == "A.ADM1"


def test_a_unit_word_whose_city_is_the_region_s_point_keeps_the_ranker_s_answer(run):
    # Samarkand's region and city share a point: nothing to move
    p = _by_text(run("Police in Samarkand region said two men were held over a market fire in Urgut."))["Samarkand"]
    assert p.lat is not None and abs(p.lat - 39.65) < 0.5


def test_a_spelling_that_differs_only_in_apostrophes_or_spaces_is_the_entry_s_own():
    # "Birni N'Konni" is GeoNames' Birni N Konni, no loose spelling to blank when the story's towns lie far
    # (geo/variant_towns.py; geo_reports9 r03 lost it once the "Tahoua region" mention became the region)
    from sitrep.geo.variant_towns import same_letters

    assert same_letters("Birni N'Konni", "Birni N Konni") and same_letters("Dar-es-Salaam", "Dar es Salaam")
    assert not same_letters("Bucana", "Bocana") and not same_letters("Miyapur", "Mayapur")
