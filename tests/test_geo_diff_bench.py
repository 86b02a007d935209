"""How bench/geo_diff.py classes and compares the answers of two ``bench/geo.py --dump`` runs (records written for
this test; made-up documents and places)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("bench_geo_diff", ROOT / "bench" / "geo_diff.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _place(span, gid, lat=1.0, lon=2.0):
    return {"span": span, "said": "Velmora", "name": "Velmora", "country": "XX", "precision": "town", "lat": lat,
            "lon": lon, "gid": gid, "conf": 0.9, "mention": "name"}


def _write(path, recs):
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return str(path)


def test_classes_of_an_answer():
    b = _bench()
    assert b.klass(None) == "none"
    assert b.klass({"err": None}) == "missed"
    assert b.klass({"place": _place([0, 7], None, None, None), "err": None}) == "blank"
    assert b.klass({"place": _place([0, 7], "1"), "err": 12.0}) == "right"
    assert b.klass({"place": _place([0, 7], "1"), "err": 300.0}) == "near"
    assert b.klass({"place": _place([0, 7], "1"), "err": 4000.0}) == "far"


def test_moves_and_changed_answers_between_two_dumps(tmp_path):
    b = _bench()
    gold = {"set": "S", "doc": "d1", "gold": [0, 7], "text": "Velmora", "at": [1.0, 2.0], "coarse": False}
    same = {"set": "S", "doc": "d1", "gold": [20, 27], "text": "Ostrana", "at": [3.0, 4.0], "coarse": False,
            "place": _place([20, 27], "9"), "err": 0.0}
    before = [dict(gold, place=_place([0, 7], "1"), err=4000.0), same,
              {"set": "S", "doc": "d1", "gold": None, "text": "Kestle", "place": _place([40, 46], "5"), "err": None}]
    after = [dict(gold, err=None), same]
    a = b.load(_write(tmp_path / "a.jsonl", before))
    z = b.load(_write(tmp_path / "z.jsonl", after))
    moves, changed = b.compare(a, z)
    assert moves == {("S", "far", "missed"): 1, ("S", "extra", "none"): 1}
    assert {k[2] for k, _ra, _rb in changed} == {(0, 7), None}
    _moves, far_only = b.compare(a, z, far=True)
    assert len(far_only) == 1 and far_only[0][0][2] == (0, 7)
