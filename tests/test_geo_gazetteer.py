"""Gazetteer build from a tiny synthetic GeoNames dump, and lookups with transliteration variants."""
import sqlite3
import zipfile

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.geo.gazetteer import Gazetteer, build

# geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 admin2 admin3 admin4 pop elev dem tz mod
ROWS = [
    ("9000001", "Saraqib", "Saraqib", "Saraqeb,Sarakeb,سراقب", "35.86447", "36.80591", "P", "PPL", "SY", "", "12", "",
     "", "", "34231", "", "380", "Asia/Damascus", "2020-01-01"),
    ("9000002", "Dar‘ā", "Dar'a", "Daraa,Deraa,DAR", "32.61889", "36.10213", "P", "PPLA", "SY", "", "06", "", "", "",
     "97969", "", "500", "Asia/Damascus", "2020-01-01"),
    ("9000003", "Muḩāfaz̧at Idlib", "Muhafazat Idlib", "Idlib Governorate", "35.75", "36.6", "A", "ADM1", "SY", "",
     "12", "", "", "", "1500000", "", "400", "Asia/Damascus", "2020-01-01"),
    ("9000004", "Wadi Example", "Wadi Example", "", "35.0", "36.0", "H", "WAD", "SY", "", "12", "", "", "", "0", "",
     "0", "Asia/Damascus", "2020-01-01"),  # a wadi: not kept (class H, no people, not in the kept codes)
    ("9000005", "Ariha", "Ariha", "Areeha", "35.8137", "36.6072", "P", "PPL", "SY", "", "12", "", "", "", "40000",
     "", "", "", "2020-01-01"),
]


def _dump(tmp_path, name="SY.txt"):
    p = tmp_path / name
    p.write_text("".join("\t".join(r) + "\n" for r in ROWS), encoding="utf-8")
    return p


@pytest.fixture
def tiny(tmp_path):
    out = tmp_path / "g.sqlite"
    counts = build(out, geonames=_dump(tmp_path), with_packaged=False)
    assert counts["geonames_dump"] == 4
    g = Gazetteer(out)
    yield g
    g.close()


def test_dump_rows_and_hierarchy(tiny):
    (e,) = [x for x in tiny.lookup("Saraqib") if x.gid == "9000001"]
    assert (e.country, e.admin1, e.feature) == ("SY", "12", "P.PPL")
    # the supplement's reviewed English name is the display name of the admin1 code
    assert tiny.admin1_name("SY", "12") == "Idlib Governorate"
    assert tiny.by_gid("9000004") is None  # the wadi was filtered out


def test_variants_fold_and_skeleton(tiny):
    assert {e.gid for e in tiny.lookup("SARAQEB")} == {"9000001"}
    assert "9000001" in {e.gid for e in tiny.lookup_skeleton("Sarqeb")}
    for v in ("Deraa", "Daraa", "Dar'a", "Dar‘a"):
        assert "9000002" in {e.gid for e in tiny.lookup(v)}, v
    assert tiny.lookup("DAR") == []  # code-like alternates are not indexed


def test_fuzzy_restricted_to_country(tiny):
    hits = tiny.fuzzy("Sarakib", ["SY"], cutoff=80)
    assert hits and hits[0][0].gid == "9000001"
    assert tiny.fuzzy("Sarakib", ["FR"], cutoff=80) == []



def test_fuzzy_compares_only_names_of_reachable_length_and_finds_what_a_full_scan_finds(tiny):
    from rapidfuzz import fuzz

    from sitrep.geo.gazetteer import fold_name

    keys = [r[0] for r in tiny.con.execute("SELECT n.key FROM name n JOIN place p ON p.id=n.place WHERE p.country='SY'")]
    for probe in ("Sarakib", "Saraqueb", "Dera", "Idleb", "Maarat al-Numan", "Aleppoo"):
        for cutoff in (70.0, 80.0, 88.0):
            full = sorted((fuzz.ratio(fold_name(probe), k) for k in keys), reverse=True)
            full = [sc for sc in full if sc >= cutoff]
            got = tiny.fuzzy(probe, ["SY"], cutoff=cutoff, limit=1000)
            assert [sc for _, sc in got] == full, (probe, cutoff)


def test_shared_letter_bound_never_falls_under_the_fuzzy_score():
    """The fuzzy search skips a name when the letters it shares with the key (counted with repeats) cannot reach
    the cutoff: that count must bound rapidfuzz's ratio from above for any pair, or a match would be lost."""
    import numpy as np
    from rapidfuzz import fuzz

    from sitrep.geo.gazetteer import _symbol_counts, fold_name

    names = ["Saraqib", "Sarakib", "Kafr Nabl", "Kafranbel", "Maarat al-Numan", "Ma'arrat an-Nu'man", "Tell Rifaat",
             "Tal Rifat", "Aaaaab", "Baaaaa", "Jisr al-Shughur", "Jisr ash-Shugur", "Xyz 12", "Zyx 21", "É-town", "Eton",
             "Ariha", "Areeha", "Deir ez-Zor", "Dayr az Zawr"]
    keys = [fold_name(n) for n in names]
    counts = _symbol_counts(keys)
    assert counts.shape == (len(keys), 38) and counts.sum() == sum(len(k) for k in keys)
    for i, a in enumerate(keys):
        shared = np.minimum(counts, counts[i]).sum(axis=1)
        for j, b in enumerate(keys):
            assert 200.0 * shared[j] / (len(a) + len(b)) >= fuzz.ratio(a, b) - 1e-9, (a, b)


def test_fuzzy_answers_are_remembered_and_forgotten_on_request(tiny):
    first = tiny.fuzzy("Sarakib", ["SY"], cutoff=80)
    first.clear()  # a caller changing its list does not change what is remembered
    again = tiny.fuzzy("Sarakib", ["SY"], cutoff=80)
    assert again and again[0][0].gid == "9000001" and tiny._fuzzy_cache
    tiny.forget_lookups()
    assert not tiny._fuzzy_cache and not tiny._key_cache and not tiny._skel_cache
    assert tiny.fuzzy("Sarakib", ["SY"], cutoff=80) == again

def test_supplement_lines_are_loaded_with_sources(tiny):
    (m5,) = [e for e in tiny.lookup("M5 highway")]
    assert m5.fclass == "R" and m5.route and "Saraqib" in m5.route
    assert {e.gid for e in tiny.lookup("al-Nayrab")} == {e.gid for e in tiny.lookup("Nairab")}
    src = tiny.con.execute("SELECT source FROM place WHERE gid=?", (m5.gid,)).fetchone()[0]
    assert src.startswith("supplement: ") and len(src) > 20
    # alias lines attach to the entry they name (here the dump's Ariha is absent, so nothing breaks)
    assert tiny.lookup("Idlib province")[0].fcode == "ADM1"


def test_build_from_zip_via_cli(tmp_path):
    txt = _dump(tmp_path)
    z = tmp_path / "SY.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(txt, "SY.txt")
    out = tmp_path / "z.sqlite"
    r = CliRunner().invoke(main, ["gazetteer", "build", "--geonames", str(z), "--only-geonames", "--out", str(out)])
    assert r.exit_code == 0, r.output
    con = sqlite3.connect(out)
    assert con.execute("SELECT count(*) FROM place WHERE source='geonames-dump'").fetchone()[0] == 4
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"name_key", "name_skel"} <= names


def test_cli_rejects_missing_dump(tmp_path):
    r = CliRunner().invoke(main, ["gazetteer", "build", "--geonames", str(tmp_path / "nope.zip")])
    assert r.exit_code == 2


def test_supplement_and_not_places_files_are_well_formed():
    from sitrep.geo.gazetteer import _read_supplement
    from sitrep.geo.recognize import demonyms, not_places
    from sitrep.resources import data_path

    ids = set()
    for r in _read_supplement(data_path("gazetteer_supplement.tsv")):
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r["id"]
        assert r["feature"][:1] in "APLHRST" and "." in r["feature"], r["id"]
        assert len(r["source"]) > 10, r["id"]
        if r["feature"].startswith("R."):
            towns = [t for t in r["route"].split(";") if t]
            assert len(towns) >= 2 and all("," in t for t in towns), r["id"]
    pat, words = not_places()
    assert pat.search("the Syrian Observatory for Human Rights said") and "syrian" in words
    assert demonyms()["syrian"] == "SY" and demonyms()["european"] == ":Europe"


def test_county_ids_align_one_to_one_where_every_county_has_towns():
    from sitrep.geo.gazetteer import _align_counties

    assert _align_counties(["Adams County", "Brown County", "Clark County"], [7, 40, 90]) == [0, 1, 2]


def test_county_ids_skip_the_county_without_towns_by_the_expected_numbering():
    from sitrep.geo.gazetteer import _align_counties

    names = ["Adams County", "Brown County", "Clark County", "Dade County"]
    # Brown County has no towns: the ids 10, 31, 40 are nearest the ids expected for Adams, Clark and Dade
    assert _align_counties(names, [10, 31, 40], expect=[10.5, 20.0, 30.5, 41.0]) == [0, None, 1, 2]
    # an id far from every expectation is left unplaced rather than guessed (blank beats wrong)
    assert _align_counties(names, [10, 31, 400], expect=[10.5, 20.0, 30.5, 41.0])[3] is None
    # without a numbering to go by, a state with missing counties gets none
    assert _align_counties(names, [10, 31, 40]) == [None] * 4


def test_county_order_reads_st_as_saint():
    from sitrep.geo.gazetteer import _county_order

    assert sorted(["Scott County", "St. Clair County", "Saline County"], key=_county_order) == [
        "St. Clair County", "Saline County", "Scott County"]


def test_us_counties_have_points_inside_their_state():
    """The built gazetteer (packaged data) places counties by the towns filed under them."""
    from sitrep.geo.gazetteer import get_gazetteer, precision_of
    from sitrep.geo.resolve import haversine_km

    gaz = get_gazetteer()
    for name, state, lat, lon in [("Sangamon County", "IL", 39.76, -89.66), ("Hamilton County", "OH", 39.20, -84.54),
                                  ("Orange County", "CA", 33.70, -117.76), ("St. Louis County", "MO", 38.64, -90.44)]:
        es = [e for e in gaz.lookup(name) if e.country == "US" and e.admin1 == state and e.fcode == "ADM2"]
        assert len(es) == 1, name
        assert precision_of(es[0]) == "district"
        assert haversine_km(es[0].lat, es[0].lon, lat, lon) < 60, name


def test_subdivision_lists_mixing_levels_never_name_a_region_after_one_district(tmp_path, monkeypatch):
    """A country whose subdivision list mixes its regions with their districts: each district takes the code of
    its nearest town, and a code is named after the only unit in it or its only first-level unit."""
    import json

    from sitrep.geo import gazetteer as gz

    con = sqlite3.connect(":memory:")
    con.executescript(gz.SCHEMA)
    b = gz._Builder(con)
    # region 01: towns in the north and one far south of them; region 02: towns in the south
    for i, (la, lo, code) in enumerate([(10.0, 0.0, "01"), (10.2, 0.3, "01"), (10.1, 0.1, "01"), (3.0, 0.0, "01"),
                                        (0.0, 0.0, "02"), (0.2, 0.1, "02")]):
        b.add(f"t{i}", f"Town{i}", la, lo, "P", "PPL", "QX", code, "", 100)
    states = [
        {"id": 1, "name": "Northmark", "type": "region", "latitude": "10.1", "longitude": "0.2"},
        {"id": 2, "name": "Alder District", "type": "district", "latitude": "10.0", "longitude": "0.1"},
        # nearer the centroid of region 02's towns than of region 01's, but next to a town of region 01
        {"id": 3, "name": "Eastfold District", "type": "district", "latitude": "3.2", "longitude": "0.0"},
        {"id": 4, "name": "Southmere Province", "type": "province", "latitude": "0.1", "longitude": "0.0"},
    ]
    d = tmp_path / "by-country" / "QX"
    d.mkdir(parents=True)
    (d / "states.json").write_text(json.dumps(states), "utf-8")
    monkeypatch.setattr(gz.packaged, "_csc_dir", lambda: tmp_path)  # where _load_states reads it
    assert gz._load_states(b, set()) == 4
    named = dict(con.execute("SELECT code, name FROM admin1 WHERE country='QX'").fetchall())
    assert named == {"01": "Northmark", "02": "Southmere Province"}
    codes = dict(con.execute("SELECT name, admin1 FROM place WHERE gid LIKE 'csc:%'").fetchall())
    assert codes["Eastfold District"] == "01"


def test_a_country_point_is_hedged_between_two_conventions_only_where_one_point_serves_both():
    from sitrep.geo.gazetteer import hedge_point
    from sitrep.geo.resolve import haversine_km

    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE place(id INTEGER PRIMARY KEY, lat REAL, lon REAL)")
    con.executemany("INSERT INTO place VALUES (?,?,?)", [(1, -12.0, 40.0), (2, 10.0, 20.0)])
    # two made-up centroids 2.5 degrees of latitude apart (about 280 km): the midpoint is within 161 km of each
    la, lo = hedge_point(con, 1, -14.5, 40.0)
    assert (la, lo) == (-13.25, 40.0)
    assert haversine_km(la, lo, -12.0, 40.0) <= 161 and haversine_km(la, lo, -14.5, 40.0) <= 161
    # about 1,100 km apart: no point serves both, the line's own point is kept
    assert hedge_point(con, 2, 10.0, 30.0) == (10.0, 30.0)
    assert hedge_point(con, 99, 1.0, 2.0) == (1.0, 2.0)  # no such entry


def test_a_gazetteer_built_from_other_data_files_is_outdated(tmp_path, monkeypatch):
    """A line added to the supplement (or the natural features, or the former units) makes the built file outdated,
    so ``get_gazetteer`` rebuilds it instead of answering without the new line."""
    from sitrep.geo import gazetteer as gz

    out = tmp_path / "g.sqlite"
    build(out, geonames=_dump(tmp_path), with_packaged=False)
    assert gz._is_current(out)
    edited = tmp_path / gz.SUPPLEMENT
    edited.write_bytes(gz.data_path(gz.SUPPLEMENT).read_bytes() + b"# a reviewer's new comment line\n")
    real = gz.data_path
    monkeypatch.setattr(gz.fingerprint, "data_path", lambda name: edited if name == gz.SUPPLEMENT else real(name))
    assert not gz._is_current(out)
    # a file built from a supplement given by hand is never taken for the default one
    build(out, geonames=_dump(tmp_path), supplement=edited, with_packaged=False)
    assert not gz._is_current(out)


def _south_sudan_builder(tmp_path, monkeypatch, states, cities=None, admin1_rows=()):
    """A builder holding three South Sudanese towns with their GeoNames admin1 codes (Bor in Jonglei, 03; Ulang and
    Malakal in Upper Nile, 07) and a countrystatecity folder of ``states`` (and ``cities`` by state code)."""
    import json

    from sitrep.geo import gazetteer as gz

    con = sqlite3.connect(":memory:")
    con.executescript(gz.SCHEMA)
    b = gz._Builder(con)
    for i, (name, la, lo, code) in enumerate([("Bor", 6.20889, 31.55861, "03"), ("Ulang", 8.65, 32.95, "07"),
                                              ("Malakal", 9.53342, 31.66049, "07")]):
        b.add(f"t{i}", name, la, lo, "P", "PPL", "SS", code, "", 1000)
    for cc, code, name in admin1_rows:
        con.execute("INSERT INTO admin1 VALUES (?,?,?,?)", (cc, code, name, 0))
    d = tmp_path / "by-country" / "SS"
    d.mkdir(parents=True)
    (d / "states.json").write_text(json.dumps(states), "utf-8")
    for st, towns in (cities or {}).items():
        (d / "states" / st).mkdir(parents=True)
        (d / "states" / st / "cities.json").write_text(json.dumps(towns), "utf-8")
    monkeypatch.setattr(gz.packaged, "_csc_dir", lambda: tmp_path)  # where _load_states reads it
    return gz, b, con


_JONGLEI = {"id": 2094, "name": "Jonglei State", "type": "state", "state_code": "JG", "latitude": "8.0",
            "longitude": "32.0"}  # countrystatecity's point: nearer Upper Nile's Ulang than Jonglei's Bor
_UPPER_NILE = {"id": 2098, "name": "Upper Nile", "type": "state", "state_code": "NU", "latitude": "9.0",
               "longitude": "33.0"}


def test_a_province_takes_the_admin1_code_its_own_towns_carry_not_the_nearest_towns(tmp_path, monkeypatch):
    gz, b, con = _south_sudan_builder(tmp_path, monkeypatch, [_JONGLEI, _UPPER_NILE], cities={
        "JG": [{"name": "Bor", "latitude": "6.20889", "longitude": "31.55861"}]})
    assert gz._load_states(b, set()) == 2
    codes = dict(con.execute("SELECT name, admin1 FROM place WHERE gid LIKE 'csc:%'").fetchall())
    assert codes == {"Jonglei State": "03", "Upper Nile": "07"}  # Upper Nile: no own towns, nearest code
    assert dict(con.execute("SELECT code, name FROM admin1").fetchall()) == {"03": "Jonglei State",
                                                                             "07": "Upper Nile"}


def test_a_province_named_in_the_admin1_table_takes_that_code(tmp_path, monkeypatch):
    """The supplement's "Jonglei" row (GeoNames' 03) keeps the countrystatecity line out and gives it its code, so
    Upper Nile alone falls in 07 and names it."""
    gz, b, con = _south_sudan_builder(tmp_path, monkeypatch, [_JONGLEI, _UPPER_NILE],
                                      admin1_rows=[("SS", "03", "Jonglei")])
    assert gz._load_states(b, set()) == 1
    assert dict(con.execute("SELECT code, name FROM admin1").fetchall()) == {"03": "Jonglei", "07": "Upper Nile"}


def test_the_nearest_towns_code_only_where_no_town_of_another_code_is_nearly_as_near():
    from sitrep.geo.gazetteer import _nearest_code

    towns = [("03", 6.20889, 31.55861), ("07", 8.65, 32.95), ("07", 9.53342, 31.66049)]
    assert _nearest_code(towns, 9.0, 33.0) == "07"  # Ulang 0.35 degrees off, Bor 3 degrees
    assert _nearest_code(towns, 7.4, 32.2) == ""  # between Bor and Ulang: blank beats a wrong code
    assert _nearest_code(towns[:1], 0.0, 0.0) == "03"  # a country of one code


def test_a_province_whose_towns_split_between_codes_or_lie_off_their_namesakes_has_no_towns_code():
    from sitrep.geo.gazetteer import _towns_code
    from sitrep.textnorm import fold_name

    by_name = {fold_name("Bor"): [("03", 6.20889, 31.55861, 1000)], fold_name("Ulang"): [("07", 8.65, 32.95, 1000)]}
    assert _towns_code([{"name": "Bor", "latitude": "6.2", "longitude": "31.6"},
                        {"name": "Ulang", "latitude": "8.6", "longitude": "32.9"}], by_name) == ""
    assert _towns_code([{"name": "Bor", "latitude": "7.5", "longitude": "31.6"}], by_name) == ""  # 145 km off
