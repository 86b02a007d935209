"""Speed shortcuts in place resolution give the answers of the plain code they replace (branch speed3): the
precision table, the feature matrix filled row by row, and the gazetteer's early return on a name it lacks.
Timing is never asserted."""

import sqlite3

import numpy as np

from sitrep.geo import candidate_scoring
from sitrep.geo.candidate import Candidate
from sitrep.geo.country_focus import DocGeo
from sitrep.geo.gazetteer import Entry, Gazetteer, precision_of, precision_of_codes
from sitrep.geo.kinds_named import bare_name, kind_sign


def _plain_precision(e: Entry) -> str:
    """precision_of as written before the table (one test after another)."""
    if e.fcode in ("PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"):
        return "country"
    if e.fcode == "ADM1":
        return "province"
    if e.fcode in ("ADM2", "ADM3"):
        return "district"
    if e.fclass == "L" or e.fcode in ("CONT", "RGN", "OCN", "SEA", "GULF", "BAY", "BGHT", "CHN", "ISL", "ISLS",
                                      "PEN", "DSRT", "MTS", "VAL", "PLAT", "DLTA"):
        return "region"
    if e.fclass == "P":
        return "town"
    return "point"


def _entry(i, fclass, fcode, country="ZZ", admin1="01", pop=0, primary=True):
    return Entry(i, f"g{i}", f"Place{i}", 10.0 + i, 20.0 - i, fclass, fcode, country, admin1, "", pop,
                 primary=primary)


_CODES = [(fc, code) for fc in ("A", "P", "L", "H", "T", "S", "R", "V", "U", "")
          for code in ("PCLI", "PCLD", "TERR", "ADM1", "ADM2", "ADM3", "ADM4", "PPL", "PPLA", "PPLC", "RGN", "SEA",
                       "ISL", "MTS", "LK", "STM", "AIRP", "RD", "CONT", "")]


def test_precision_table_matches_plain_tests():
    for _round in range(2):  # first filling the table, then reading it
        for i, (fc, code) in enumerate(_CODES):
            e = _entry(i, fc, code)
            assert precision_of(e) == _plain_precision(e) == precision_of_codes(fc, code), (fc, code)


def _plain_columns(c, es, dg, implied):
    """Columns 4-12 of the feature matrix filled one list at a time, as before."""
    X = np.zeros((len(es), 13))
    prec = [precision_of(e) for e in es]
    X[:, 4] = [p == "country" for p in prec]
    X[:, 5] = [p == "province" for p in prec]
    X[:, 6] = [p == "district" for p in prec]
    X[:, 7] = [p == "region" for p in prec]
    X[:, 8] = [p == "point" for p in prec]
    X[:, 9] = [kind_sign(c, e, implied) for e in es]
    X[:, 10] = [dg.focus.get(e.country, 0.0) for e in es]
    X[:, 11] = [bool(dg.top_country) and e.country == dg.top_country for e in es]
    own = bare_name(c.text)
    X[:, 12] = [((e.country, e.admin1) in dg.admin1_named or own in dg.admin1_by_city.get((e.country, e.admin1), ()))
                and e.fcode != "ADM1" for e in es]
    return X[:, 4:13]


def test_feature_rows_match_columns_filled_one_at_a_time():
    es = [_entry(1, "P", "PPL", "QA", "02", 5000), _entry(2, "A", "ADM1", "QA", "02", 90000, primary=False),
          _entry(3, "A", "PCLI", "QB", "", 10 ** 7), _entry(4, "L", "RGN", "QB", "03"),
          _entry(5, "S", "AIRP", "QC", "01", 0), _entry(6, "A", "ADM2", "QC", "05", 1200)]
    for top, focus, named, by_city in (("QA", {"QA": 0.7, "QB": 0.2}, {("QA", "02")}, {("QC", "05"): {"Zorvik"}}),
                                       ("", {}, set(), {}),
                                       ("QC", {"QC": 1.0}, {("QC", "01")}, {("QA", "02"): {"Other"}})):
        dg = DocGeo(focus=focus, top_country=top, admin1_named=named, countries_named={"QB"}, county_states=set(),
                    dateline_country="", anchors=[("zurvik", 10.0, 20.0)], admin1_by_city=by_city)
        for cue, implied, text in (("", "", "Zorvik"), ("admin", "", "Zorvik Province"), ("city", "admin", "Velm"),
                                   ("point", "", "Zorvik"), ("context", "city", "Zorvik")):
            c = Candidate(0, len(text), text, es, "exact", cue, "GPE")
            X = candidate_scoring.features(c, es, dg, None, implied)
            assert np.array_equal(X[:, 4:13], _plain_columns(c, es, dg, implied))


def test_rows_of_a_missing_key_and_a_present_one(tmp_path):
    """The early return for a key the gazetteer lacks; a present key still gives its entries."""
    path = tmp_path / "g.sqlite"
    con = sqlite3.connect(path)
    con.executescript(
        "CREATE TABLE place (id INTEGER PRIMARY KEY, gid TEXT, name TEXT, lat REAL, lon REAL, fclass TEXT, fcode TEXT,"
        " country TEXT, admin1 TEXT, admin2 TEXT, population INTEGER, route TEXT);"
        "CREATE TABLE name (place INTEGER, key TEXT, skel TEXT, primary_name INTEGER, spell INTEGER);"
        "CREATE TABLE admin1 (country TEXT, code TEXT, name TEXT, place INTEGER);"
        "INSERT INTO place VALUES (1, 'g1', 'Velmora', 1.0, 2.0, 'P', 'PPL', 'QA', '01', '', 300, NULL);"
        "INSERT INTO name VALUES (1, 'vilmura', 'vlmr', 1, 11), (1, 'vilmura', 'vlmr', 0, 12);")
    con.commit()
    con.close()
    gaz = Gazetteer(path)
    assert gaz.lookup_key("zundrak") == [] and gaz.lookup_skeleton("Zundrak") == []
    (e,) = gaz.lookup_key("vilmura")
    assert e.id == 1 and e.primary and e.spellings == (11, 12)
    gaz.close()


def _plain_peer(text, c, kept, revived=frozenset()):
    """listed._peer as written before the gap was measured first."""
    from sitrep.geo.listed import MAX_GAP, _strong
    from sitrep.geo.peers import LIST_GAP

    for k in kept:
        if k.cue == "demonym" or k.weak and id(k) not in revived or k.match != "exact" or k.scores.get("embedded") \
                or not _strong(text, k):
            continue
        if k.end <= c.start:
            gap = text[k.end:c.start]
        elif c.end <= k.start:
            gap = text[c.end:k.start]
        else:
            continue
        if len(gap) <= MAX_GAP and LIST_GAP.match(gap):
            return k
    return None


def test_list_peer_found_as_by_the_plain_walk():
    from sitrep.geo.listed import _peer

    text = ("Crews came from Velmora, Tashkor and Brenwick on Tuesday, and later from the Ostrel province, "
            "Quarn or Mirelle; people of Dunsel said Harrowgate, Pell and Fennick were calm.")

    def cand(name, **kw):
        s = text.index(name)
        es = [_entry(1, "P", "PPL", "QA", "01", 200_000)] if kw.pop("big", False) else [_entry(2, "P", "PPL")]
        return Candidate(s, s + len(name), name, es, kw.pop("match", "exact"), kw.pop("cue", ""), kw.pop("label", ""),
                         **kw)

    names = [cand("Velmora", label="GPE"), cand("Tashkor"), cand("Brenwick", cue="city"), cand("Ostrel", cue="admin"),
             cand("Quarn", big=True), cand("Mirelle", label="PERSON", weak=True), cand("Dunsel", cue="context"),
             cand("Harrowgate", label="LOC"), cand("Pell", match="variant"), cand("Fennick", cue="demonym")]
    names[2].scores["embedded"] = 1.0
    for c in names:
        for kept in (names, names[::2], names[1::2], [k for k in names if k is not c]):
            for revived in (frozenset(), frozenset(id(k) for k in names)):
                assert _peer(text, c, kept, revived) is _plain_peer(text, c, kept, revived)
