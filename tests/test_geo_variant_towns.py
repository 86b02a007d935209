"""A small town matched only by a loose spelling, far from every other town of the story, gets no point (issue 14,
branch places8; seen in tests/data/geo_reports4, "Miyapur" of a Hyderabad report read as Mayapur in West Bengal and
"Cebreiro" of a Galician pass as Cabrero in Extremadura, and in GeoVirus). Sentences written for these tests; the
people are made up, the places real."""

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)


def test_a_village_spelled_like_a_town_of_another_region_is_left_blank(run):
    ps = _by_text(run("SANTIAGO DE COMPOSTELA, Spain — Snow closed the pass at Pedrafita do Cebreiro, and trains "
                      "between Ourense and Lugo were cancelled, said Xulia Brandariz, a regional officer."))
    assert "Ourense" in ps and ps["Ourense"].lat is not None
    assert "Cebreiro" not in ps or ps["Cebreiro"].lat is None


def _scored(name, lat, lon, match, pop=20_000, said=None):  # type: ignore[no-untyped-def]
    # ``said``: the text's spelling (a loose one differs from the entry's by more than apostrophes and spaces)
    import numpy as np

    from sitrep.geo.gazetteer import Entry
    from sitrep.geo.recognize import Candidate
    from sitrep.geo.resolve import Scored

    e = Entry(1, name, name, lat, lon, "P", "PPL", "SO", "", "", pop)
    said = said or name
    return Scored(Candidate(0, len(said), said, [e], match), [e], np.zeros((1, 1)), {}, confidence=0.9)


def test_a_province_town_reported_from_the_capital_keeps_its_point():
    # a loosely spelt town about 200 km from the capital whose dateline reports it (Buulobarde from Mogadishu:
    # tests/data/conflict_reports c08 lost its place to a 150 km reach) keeps its point; one near 300 km off does not
    from sitrep.geo.variant_towns import variant_towns_far_off

    capital = _scored("Mogadishu", 2.04, 45.34, "exact", 2_500_000)
    near = _scored("Buulobarde", 3.85, 45.57, "variant", said="Bulo Burde")
    variant_towns_far_off([capital, near], 0.2)
    assert near.confidence == 0.9
    far = _scored("Ceelbuur", 4.69, 46.62, "variant", said="El Bur")  # about 330 km from the capital
    variant_towns_far_off([capital, far], 0.2)
    assert far.confidence == 0.0


def test_a_district_the_text_names_is_no_big_town_of_another_spelling():
    # (issue 14, branch places9: "Raigad district" of a Mumbai report read as Raigarh, Chhattisgarh, a town of
    # 150,000, 1,130 km off; geo_reports5 r18) the unit's word lifts the size limit; a town with no unit word keeps it
    from sitrep.geo.variant_towns import variant_towns_far_off

    city = _scored("Mumbai", 19.08, 72.88, "exact", 12_000_000)
    unit = _scored("Raigarh", 21.90, 83.40, "variant", 150_000, said="Raigad")
    unit.cand.cue = "admin"
    variant_towns_far_off([city, unit], 0.2)
    assert unit.confidence == 0.0
    town = _scored("Raigarh", 21.90, 83.40, "variant", 150_000, said="Raigad")
    variant_towns_far_off([city, town], 0.2)
    assert town.confidence == 0.9
