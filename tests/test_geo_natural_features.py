"""Natural features in the gazetteer (issue 14): lakes, islands, peaks, valleys, bays and seas from
data/geo_natural_features.tsv, found by the names that carry their kind ("Lake X", "X Island", "Mount X", "X Valley"),
never by a name a town already has. Sentences written for these tests; the made-up places are made up."""

import sqlite3

import pytest
from test_geo_context import _by_text, _near  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)

from sitrep.geo import gazetteer as gz
from sitrep.resources import data_rows
from sitrep.textnorm import fold_name


def test_the_feature_file_is_sourced_and_well_formed():
    names = set()
    for cols in data_rows(gz.NATURAL_FEATURES, ("name", "alternates", "feature", "country", "lat", "lon", "source"),
                          header="name"):
        name, _alts, feature, cc, lat, lon, src = cols[:7]
        assert feature.split(".")[0] in ("H", "T", "L"), name
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, name
        assert len(cc) in (0, 2) and src.strip(), name
        assert gz.strict_name(name) not in names, f"{name} twice"
        names.add(gz.strict_name(name))


def _builder():
    con = sqlite3.connect(":memory:")
    con.executescript(gz.SCHEMA + gz.INDEXES)
    return gz._Builder(con)


def test_a_feature_never_takes_a_towns_name():
    b = _builder()
    b.add("1", "Carrowmere", 10.0, 20.0, "P", "PPL", "ZZ", population=4000)
    rows = [["Lake Carrowmere", "Carrowmere|Carrowmere Lake", "H.LK", "ZZ", "10.2", "20.1", "made up"],
            ["Mount Dunvarra", "Dunvarra", "T.MT", "ZZ", "11.0", "21.0", "made up"],
            ["Carrowmere", "", "T.ISL", "ZZ", "12.0", "22.0", "made up"]]  # every name taken: left out
    assert gz._load_features(b, rows) == 2
    keyed = {k: {c for (c,) in b.con.execute(
        "SELECT p.fclass FROM name n JOIN place p ON p.id=n.place WHERE n.key=?", (fold_name(k),))}
        for k in ("Carrowmere", "Lake Carrowmere", "Carrowmere Lake", "Mount Dunvarra", "Mt Dunvarra", "Dunvarra")}
    assert keyed["Carrowmere"] == {"P"}  # the town alone keeps its name
    assert keyed["Lake Carrowmere"] == keyed["Carrowmere Lake"] == {"H"}
    assert keyed["Mount Dunvarra"] == keyed["Mt Dunvarra"] == keyed["Dunvarra"] == {"T"}


def test_the_built_gazetteer_holds_features_by_their_full_names():
    g = gz.get_gazetteer()
    lake = [e for e in g.lookup("Lake Tanganyika") if e.fclass == "H"]
    assert lake and lake[0].fcode == "LK"
    assert any(e.fcode == "ISL" for e in g.lookup("Flores Island"))
    assert not any(e.fclass in ("H", "T") for e in g.lookup("Flores"))  # towns of the name keep it


@pytest.mark.parametrize("text,name,lat,lon", [
    ("Fishermen from Kigoma said the storm on Lake Tanganyika overturned four boats.", "Lake Tanganyika", -6.0, 29.5),
    ("A volunteer group cleared plastic from the beaches of Vancouver Island over the weekend.", "Vancouver Island",
     49.6, -125.5),
    ("Ash from Mount Merapi drifted over the villages below, and schools were closed.", "Mount Merapi", -7.54, 110.45),
    ("Farmers in the Swat Valley said the late frost had ruined the apple harvest.", "Swat Valley", 35.2, 72.4),
    ("The coast guard towed a drifting barge out of Chesapeake Bay before dawn.", "Chesapeake Bay", 37.8, -76.1),
])
def test_a_feature_named_with_its_kind_is_found(run, text, name, lat, lon):
    p = _by_text(run(text))[name]
    assert _near(p, lat, lon, km=60)


def test_a_lower_case_kind_word_after_the_name_finds_the_feature(run):
    ps = _by_text(run("Two hikers were rescued in the Mojave desert after their car broke down on a dirt track."))
    p = next(p for t, p in ps.items() if t.startswith("Mojave"))
    assert p.feature_class == "T.DSRT" and _near(p, 35.0, -115.5, km=100)


def test_a_feature_wider_than_the_far_distance_is_named_without_a_point(run):
    ps = _by_text(run("The cyclone gathered strength over the Arabian Sea before turning north toward the coast."))
    p = next(p for t, p in ps.items() if "Arabian" in t)
    assert p.name == "Arabian Sea" and p.lat is None and p.precision == "region"


def test_a_towns_name_without_the_kind_word_stays_the_town(run):
    ps = _by_text(run("Police in Flores said two men were held after the market fire."))
    p = ps.get("Flores")
    assert p is None or p.lat is None or not _near(p, -8.6, 121.0, km=500)


def test_a_build_without_the_packaged_data_still_has_the_features(tmp_path):
    counts = gz.build(tmp_path / "g.sqlite", with_packaged=False)
    assert counts["natural_features"] > 400
    g = gz.Gazetteer(tmp_path / "g.sqlite")
    assert any(e.fcode == "MT" for e in g.lookup("Mt Everest"))
    g.close()
