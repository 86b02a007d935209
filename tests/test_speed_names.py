"""Speed shortcuts of branch speed4 give the answers of the plain code they replace: the gazetteer's Bloom filter
of name keys and skeletons (geo/name_filter.py) and the Doc text joined from the token lists (nlp/doctext.py).
Made-up names; timing is never asserted."""

import sqlite3

from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.name_filter import NameFilter
from sitrep.textnorm import fold_name, skeleton

_NAMES = ["Velmora", "Qasr Zundrak", "Port Halvane", "Ostrel-Mir", "Saint Ebrin", "Dunmarrow Heights", "Ka'ruth",
          "El Tabbaq", "Nyvessa", "Orrin Ford"]
_ABSENT = ["Zindal", "Brakemoor Valley", "Halvane", "Mir", "Qasr", "Tabbaq Port", "Vel", "Ebrin Saint", "Orrinford",
           "Ostrel", "Nyvess", "Dunmarrow", "Kasr Zundrak"]


def _gazetteer(tmp_path, name="g") -> Gazetteer:
    path = tmp_path / f"{name}.sqlite"
    con = sqlite3.connect(path)
    con.executescript(
        "CREATE TABLE place (id INTEGER PRIMARY KEY, gid TEXT, name TEXT, lat REAL, lon REAL, fclass TEXT, fcode TEXT,"
        " country TEXT, admin1 TEXT, admin2 TEXT, population INTEGER, route TEXT);"
        "CREATE TABLE name (place INTEGER, key TEXT, skel TEXT, primary_name INTEGER, spell INTEGER);"
        "CREATE TABLE admin1 (country TEXT, code TEXT, name TEXT, place INTEGER);")
    for i, n in enumerate(_NAMES, 1):
        con.execute("INSERT INTO place VALUES (?, ?, ?, 1.0, 2.0, 'P', 'PPL', 'QA', '01', '', 300, NULL)",
                    (i, f"g{i}", n))
        con.execute("INSERT INTO name VALUES (?, ?, ?, 1, ?)", (i, fold_name(n), skeleton(n), i))
    con.commit()
    con.close()
    return Gazetteer(path)


class _AllMaybe:
    """A filter that lets every name through to SQLite: the lookups as before the filter."""

    def __contains__(self, value):
        return True


def test_filter_holds_every_value_it_was_built_from():
    values = [fold_name(n) for n in _NAMES] + [f"town {i}" for i in range(5000)]
    f = NameFilter(iter(values))
    assert all(v in f for v in values)
    assert sum(fold_name(n) in f for n in _ABSENT) <= 1  # (a "maybe" for an absent name is allowed, rarely)


def test_filtered_lookups_answer_as_the_plain_queries(tmp_path):
    gaz = _gazetteer(tmp_path)
    plain = _gazetteer(tmp_path, "plain")
    plain._filters = (_AllMaybe(), _AllMaybe())
    for text in _NAMES + _ABSENT + ["", "X"]:
        assert gaz.lookup(text) == plain.lookup(text), text
        assert gaz.lookup_skeleton(text) == plain.lookup_skeleton(text), text
    assert [e.name for e in gaz.lookup("port halvane")] == ["Port Halvane"]
    assert gaz.lookup("Halvane") == []
    gaz.close()
    plain.close()


def test_doc_text_and_lemmas_as_spacy_gives_them():
    import spacy

    from sitrep.nlp.doctext import doc_attr, doc_text

    nlp = spacy.blank("en")
    text = "  Gunmen  attacked\tthe Velmora market on Tuesday,\n\nkilling two.  Police said: \"no arrests\" "
    doc = nlp(text)
    assert doc_text(doc) == doc.text == text
    assert doc_attr(doc, "lemma_") == [t.lemma_ for t in doc]
    assert doc_attr(doc, "whitespace_") == [t.whitespace_ for t in doc]


def test_word_start_positions_as_the_test_per_key():
    """The starts picked through the keys by prefix (regex_needs._Starts.keys_by_prefix) are those the test of
    every key picks, for prefixes of three, two and one character."""
    from sitrep.nlp.regex_needs import _start_positions, word_starts

    text = ("At Velmora's old quay, a boy, an ox and Ostrel-Mir's émigrés met: 12 of them aboard the Orrin barge; "
            "abaft, aboard, Ab, b, ox-cart, Övrin, übel oxen at dawn.")
    starts = word_starts(text)
    plain = dict(starts)  # a plain dict: the test per key
    for pre in [(frozenset({"abo", "oxe"}), frozenset(), frozenset()),
                (frozenset({"abo"}), frozenset({"ox", "b", "ol"}), frozenset()),
                (frozenset(), frozenset(), frozenset({"a", "1", "é"})),
                (frozenset({"vel", "qua"}), frozenset({"ab", "me"}), frozenset({"o", "x"})),
                (frozenset(), frozenset(), frozenset())]:
        assert _start_positions(starts, pre) == _start_positions(plain, pre), pre


def _plain_rows(rows):
    """Gazetteer._rows' loop as written before (an Entry built for every row)."""
    from sitrep.geo.gazetteer import Entry

    out, spells = {}, {}
    for r in rows:
        e = Entry(*r[:12], primary=bool(r[12]))
        spells.setdefault(e.id, set()).add(r[13])
        if e.id not in out or (e.primary and not out[e.id].primary):
            out[e.id] = e
    for e in out.values():
        sp = spells[e.id]
        e.spellings = next(iter(sp)) if len(sp) == 1 else tuple(sorted(sp))
    return list(out.values())


def test_rows_one_entry_a_place_as_before(tmp_path):
    """A place with several names folding to one key (alternate first, then its own name), and two places sharing
    a key: the Entries _rows builds (one a place) equal those of the loop that built one a row."""
    gaz = _gazetteer(tmp_path)
    con = sqlite3.connect(tmp_path / "g.sqlite")
    con.executescript(
        "INSERT INTO place VALUES (20, 'g20', 'Qarvel', 3.0, 4.0, 'P', 'PPLA', 'QA', '02', '', 900, NULL);"
        "INSERT INTO place VALUES (21, 'g21', 'Karvel', 5.0, 6.0, 'A', 'ADM2', 'QB', '03', '', 0, NULL);"
        "INSERT INTO name VALUES (20, 'karvel', 'krvl', 0, 7), (21, 'karvel', 'krvl', 0, 8), (20, 'karvel', 'krvl', 1, 9),"
        " (20, 'karvel', 'krvl', 0, 7), (21, 'karvel', 'krvl', 1, 8);")
    con.commit()
    con.close()
    sql = f"SELECT {gaz._COLS}, n.primary_name, n.spell FROM name n JOIN place p ON p.id=n.place WHERE n.key=?"
    for key in ("karvel", "velmora", "nothing"):
        got = gaz._rows(sql, (key,))
        want = _plain_rows(gaz.con.execute(sql, (key,)).fetchall())
        assert got == want and [e.primary for e in got] == [e.primary for e in want], key
    assert [(e.id, e.primary, e.spellings) for e in gaz._rows(sql, ("karvel",))] == [(20, True, (7, 9)), (21, True, 8)]
    gaz.close()
