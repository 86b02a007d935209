"""The event scorer (bench/events.py) on small synthetic gold and predictions."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("bench_events", ROOT / "bench" / "events.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_events"] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod


GOLD = [
    {"id": "g1", "event_type": "Battles", "sub_event_type": "Government regains territory", "date_start": "2024-03-11",
     "date_end": "2024-03-11", "location": {"name": "Marrak", "lat": 14.0, "lon": 39.0, "radius_km": 10},
     "actor1": "Military Forces of Ostria", "fatalities": {"low": None, "high": None}, "modality": "asserted"},
    {"id": "g2", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
     "date_start": "2024-03-12", "date_end": "2024-03-12", "location": {"name": "Osk", "lat": 3.0, "lon": 4.0},
     "actor1": "Military Forces of Veldoria", "fatalities": {"low": 4, "high": 6}, "modality": "asserted"},
    {"id": "g3", "event_type": "Political", "plover": "THREATEN", "date_start": "2024-03-12", "date_end": "2024-03-12",
     "location": {"name": "Osk", "lat": 3.0, "lon": 4.0}, "actor1": "Veldoria", "modality": "threatened"},
]


def test_export_scoring(tmp_path):
    b = _bench()
    export = {"events": [
        {"id": "e1", "event_type": "Battles", "sub_event_type": "Government regains territory", "date_start": "2024-03-11",
         "date_end": "2024-03-11", "location": {"lat": 14.02, "lon": 39.01}, "actor1": "Military Forces of Ostria",
         "fatalities": {"best": None}, "mentions": [{}]},
        {"id": "e2", "event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
         "date_start": "2024-03-12", "date_end": "2024-03-12", "location": {"lat": 3.01, "lon": 4.0},
         "fatalities": {"best": 5, "low": 5, "high": 5}, "mentions": [{}]},
        {"id": "e3", "event_type": "Explosions/Remote violence", "date_start": "2024-03-12", "date_end": "2024-03-12",
         "location": {"lat": 30.0, "lon": 4.0}, "mentions": [{}]},  # too far from any gold
        {"id": "e4", "event_type": "Political", "plover": "CONSULT", "date_start": "2024-03-12",
         "location": {"lat": 3.0, "lon": 4.0}, "mentions": [{}]},  # wrong PLOVER code: no match with g3
    ]}
    (tmp_path / "p.json").write_text(json.dumps(export))
    (tmp_path / "g.jsonl").write_text("\n".join(json.dumps(g) for g in GOLD))
    res = b.score(b.load_pred(tmp_path / "p.json"), b.load_gold(tmp_path / "g.jsonl"))
    assert (res["gold"], res["pred"], res["matched"]) == (3, 4, 2)
    assert res["recall"] == round(2 / 3, 3) and res["precision"] == 0.5
    assert res["fields"]["sub_event_type"] == {"n": 2, "accuracy": 0.5}
    assert res["fields"]["fatalities"] == {"n": 1, "accuracy": 1.0}
    assert res["fields"]["actor1"] == {"n": 2, "accuracy": 0.5}  # e2 names no actor
    assert res["missed_gold_ids"] == ["g3"]
    assert b.main([str(tmp_path / "p.json"), str(tmp_path / "g.jsonl")]) == 0


def test_mention_list_is_collapsed_and_date_must_overlap(tmp_path):
    b = _bench()
    m = {"id": "a:ev:1-5", "event_type": "Political", "plover": "THREATEN", "date_start": "2024-03-12",
         "date_end": "2024-03-12", "place": {"lat": 3.0, "lon": 4.0}, "actor1": {"entity_id": "VELDORIA", "name": "Veldoria"},
         "modality": "threatened", "sentence": {"start": 0, "end": 5}}
    late = dict(m, id="a:ev:9-12", date_start="2024-03-20", date_end="2024-03-20")
    (tmp_path / "p.json").write_text(json.dumps([m, dict(m, id="b:ev:3-7"), late]))
    (tmp_path / "g.jsonl").write_text("\n".join(json.dumps(g) for g in GOLD))
    res = b.score(b.load_pred(tmp_path / "p.json"), b.load_gold(tmp_path / "g.jsonl"))
    assert res["pred"] == 2 and res["matched"] == 1
    assert res["fields"]["modality"]["accuracy"] == 1.0
    only = b.score(b.load_pred(tmp_path / "p.json"), b.load_gold(tmp_path / "g.jsonl"), only_asserted=True)
    assert only["pred"] == 0 and only["gold"] == 2


def _devsets():
    spec = importlib.util.spec_from_file_location("bench_devsets", ROOT / "bench" / "devsets.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_muc4_arson_is_fire_only():
    """MUC-4's ARSON is setting fire: ACLED's looting/property destruction maps to it only when fire is told."""
    from types import SimpleNamespace as NS

    ds = _devsets()

    def ev(trigger, sentence):
        return NS(modality="asserted", outside=None, sub_event_type="Looting/property destruction",
                  trigger=NS(text=trigger), sentence=NS(text=sentence))

    assert ds.muc_types([ev("torched", "Rebels torched two buses in Osk.")]) == {"ARSON"}
    assert ds.muc_types([ev("set", "Rebels set the town hall on fire.")]) == {"ARSON"}
    assert ds.muc_types([ev("looted", "Shops in Osk were looted.")]) == set()
    assert ds.muc_types([ev("sabotaged", "Rebels sabotaged two pylons.")]) == set()
    ds.ARSON_FIRE_ONLY = False
    assert ds.muc_types([ev("looted", "Shops in Osk were looted.")]) == {"ARSON"}


def test_muc4_reader_takes_ids_followed_by_their_site(tmp_path):
    """The dev files follow each message id with the site that keyed it ("(XYZ)"); the test files do not. Both are
    messages of their own."""
    ds = _devsets()
    f = tmp_path / "msgs"
    f.write_text("DEV-MUC3-0007 (ACME LABS)\n\n   OSKAVA, 3 JAN 90 -- [TEXT] TWO MEN WERE SEEN.\n"
                 "DEV-MUC3-0008  (NORTHLAB)\n\n   BELVO, 4 JAN 90 -- [TEXT] A BRIDGE WAS BUILT.\n"
                 "TST1-MUC3-0009\n\n   KARST, 5 JAN 90 -- [TEXT] NOTHING HAPPENED.\n", encoding="latin-1")
    texts = ds.read_muc_texts([f])
    assert sorted(texts) == ["DEV-MUC3-0007", "DEV-MUC3-0008", "TST1-MUC3-0009"]
    assert "TWO MEN" in texts["DEV-MUC3-0007"] and "BRIDGE" not in texts["DEV-MUC3-0007"]
    assert "ACME" not in texts["DEV-MUC3-0007"] and "NORTHLAB" not in texts["DEV-MUC3-0008"]
