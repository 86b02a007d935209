"""Broad areas named with no map point (geo/resolve.py ``pointless_area``, data/geo_area_extents.tsv): an ocean, a
large sea or a large region of no agreed extent keeps its name, gazetteer id and feature, precision "region" and no
coordinates; smaller areas (a small sea, a disputed region), continents and countries keep their point. Sentences written for these tests;
real gazetteer, spaCy model and committed place ranker."""
import math

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

from sitrep.geo.gazetteer import Entry, get_gazetteer
from sitrep.geo.resolve import AREA_POINT_MAX_KM2, area_points, pointless_area


def _entry(fclass, fcode, gid="x:1", country=""):
    return Entry(0, gid, "Somewhere", 0.0, 0.0, fclass, fcode, country, "00", "", 0)


def test_the_bound_is_a_disk_of_the_wrong_far_distance():
    assert math.isclose(AREA_POINT_MAX_KM2, math.pi * 500 ** 2)


def test_unlisted_oceans_have_no_point_and_other_unlisted_areas_keep_theirs():
    assert pointless_area(_entry("H", "OCN"))
    assert not pointless_area(_entry("L", "CONT"))
    assert not pointless_area(_entry("L", "RGN"))
    assert not pointless_area(_entry("A", "PCLI", country="QQ"))  # a country keeps its point whatever its size
    assert not pointless_area(_entry("P", "PPL", country="QQ"))


def test_the_listed_decisions_follow_the_size_rule_but_for_continents():
    from sitrep.resources import data_rows

    gaz = get_gazetteer()
    kinds = {c[0]: c[2] for c in data_rows("geo_area_extents.tsv", header="gid")}
    for gid, (area, keep) in area_points().items():
        code = gaz.con.execute("SELECT fcode FROM place WHERE gid=?", (gid,)).fetchone()[0]
        if kinds[gid] == "range":  # a range, rift or arc of islands: its length (area_km2 / 100 km) decides
            assert area > 0 and keep == (area / 100 <= 1000), gid
            continue
        assert area > 0 and keep == (area <= AREA_POINT_MAX_KM2 or code == "CONT"), gid


def test_every_listed_area_is_in_the_gazetteer_under_its_id_and_is_an_area():
    from sitrep.geo.gazetteer import precision_of

    gaz = get_gazetteer()
    for gid in area_points():
        row = gaz.con.execute("SELECT name, fclass, fcode, country FROM place WHERE gid=?", (gid,)).fetchone()
        assert row is not None, gid
        assert precision_of(_entry(row[1], row[2], gid, row[3] or "")) == "region", gid


def test_an_ocean_and_a_vague_region_are_named_with_no_point(run):
    ps = _by_text(run("The cargo ship Morven Quay crossed the Pacific in nine days. Millet prices rose across "
                      "West Africa after the rains failed, traders in Bamako said."))
    for said, name in (("Pacific", "Pacific Ocean"), ("West Africa", "West Africa")):
        p = ps[said]
        assert p.lat is None and p.lon is None, said
        assert p.precision == "region" and p.name == name and p.geonameid, said
    assert ps["Bamako"].country == "ML" and ps["Bamako"].lat is not None


def test_a_large_sea_and_a_vague_region_have_no_point_but_a_continent_keeps_geonames_point(run):
    ps = _by_text(run("Rescuers in the Mediterranean pulled forty people from a dinghy, and ministers from the "
                      "Middle East and Africa met in Geneva on Thursday."))
    for said in ("Mediterranean", "Middle East"):
        assert ps[said].lat is None and ps[said].precision == "region", said
    africa = ps["Africa"]
    assert africa.feature_class == "L.CONT" and africa.lat is not None
    assert ps["Geneva"].country == "CH" and ps["Geneva"].lat is not None


def test_small_areas_and_countries_keep_their_point(run):
    ps = _by_text(run("Fishing boats from Ukraine returned to ports on the Black Sea, and shelling went on in "
                      "Kashmir on Friday."))
    for said in ("Black Sea", "Kashmir", "Ukraine"):
        assert ps[said].lat is not None, said


def test_a_large_region_of_one_country_keeps_its_country_but_no_point(run):
    p = _by_text(run("Wildfires burned across Siberia for a third week, forestry officials in Moscow said."))["Siberia"]
    assert p.lat is None and p.country == "RU" and p.precision == "region"


def test_an_event_at_sea_keeps_the_ocean_s_name_and_gets_no_point():
    from sitrep.nlp.annotate import DocContext, annotate_doc
    from sitrep.nlp.models import load_pipeline

    get_gazetteer()
    evs = annotate_doc(load_pipeline()("Gunmen in skiffs attacked the freighter Morning Wren far out in the Indian "
                                       "Ocean on Monday, killing two crewmen."), DocContext(article_id="t")).events
    assert evs and all(e.place is not None and e.place.span.text == "Indian Ocean" and e.place.lat is None
                       for e in evs)
