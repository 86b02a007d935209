"""Fit the place ranker and its calibrator on GeoWebNews + GeoVirus; write data/models/place_ranker*.

    PYTHONPATH=src python scripts/train_place_ranker.py [--data ../shared/data/geowebnews] [--k 5] [--seed 13]
        [--cache DIR] [--dry-run]

Deterministic for a given seed. Writes ``data/models/place_ranker.json`` (the weights and the abstention
threshold) and ``data/models/place_ranker.manifest.json`` (data used with checksums, seed, folds, and the
scores of k-fold cross-validation by document: each article resolved by a model fitted without it).
The threshold of the committed model is chosen on the out-of-fold confidences, never on fitted ones.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("sitrep_bench_geo", ROOT / "bench" / "geo.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def main(argv=None) -> int:
    shared = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
                  ROOT.parent / "shared")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(shared / "data" / "geowebnews"))
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--cache", default="")
    ap.add_argument("--dry-run", action="store_true", help="report the cross-validated scores, write nothing")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    import numpy as np

    from sitrep.geo import rank
    from sitrep.geo.resolve import calibration_features
    from sitrep.geo.training import fit_all
    from sitrep.nlp.models import load_pipeline

    bench = _bench()
    data = Path(args.data)
    if not data.is_dir():
        print(f"{data}: no such folder (the shared GeoWebNews/GeoVirus data)", file=sys.stderr)
        return 1
    nlp = load_pipeline()
    sets, files = {}, {}
    for name, loader, fname in (("GeoWebNews", bench.load_gwn, "GWN.xml"), ("GeoVirus", bench.load_geovirus,
                                                                          "GeoVirus.xml")):
        arts = loader(data / fname)
        parsed, _t1, _t2 = bench.parse_all(name, arts, nlp, Path(args.cache) if args.cache else None)
        sets[name] = (arts, parsed)
        files[name] = {"file": f"../shared/data/geowebnews/{fname}", "articles": len(arts),
                       "gold_toponyms": sum(len(a["gold"]) for a in arts),
                       "sha256": hashlib.sha256((data / fname).read_bytes()).hexdigest()}
    t0 = time.perf_counter()
    cv = rank.cross_validate(sets, k=args.k, seed=args.seed)
    scores = {}
    for name, (arts, parsed) in sets.items():
        r = bench.evaluate(name, arts, parsed, folds=cv["folds"][name], rankers=cv["rankers"])
        scores[name] = {
            "tagging_f1_exact": round(r["exact"][2], 4), "tagging_f1_overlap": round(r["overlap"][2], 4),
            "end_to_end_acc161": round(r["end_to_end"]["acc161"], 4),
            "end_to_end_auc": round(r["end_to_end"]["auc"], 4),
            "wrong_far_resolved": round(r["resolved"]["wrong_far"], 4) if r["resolved"] else None,
            "recognised_acc161": round(r["recognised"]["acc161"], 4) if r["recognised"] else None,
            "gold_spans_acc161": round(r["gold_spans"]["acc161"], 4),
            "confidence_auc": None if r["auc_conf"] is None else round(r["auc_conf"], 4),
            "abstained": r["abstained"],
        }
        print(name, json.dumps(scores[name]))
    # calibration of the cross-validated confidences (each article's by a model fitted without it)
    from sitrep.geo.training import WRONG_FAR, reliability, scored_choices

    calib = {name: reliability(scored_choices(cv["rows"][name], cv["rankers"], cv["folds"][name])) for name in sets}
    calib["both"] = reliability([x for name in sets for x in scored_choices(cv["rows"][name], cv["rankers"],
                                                                           cv["folds"][name])])
    for name, c in calib.items():
        print(name, "calibration (CV): Brier", c["brier"], "ECE", c["ece"])
    # a second corpus held out whole: fitted on GeoWebNews only (its threshold too), scored on GeoVirus
    gwn_only = fit_all(cv["rows"]["GeoWebNews"], seed=args.seed)
    arts, parsed = sets["GeoVirus"]
    r = bench.evaluate("GeoVirus", arts, parsed, ranker=gwn_only)
    heldout = {"fitted_on": "GeoWebNews (all 200 articles)", "scored_on": "GeoVirus (all 229 articles)",
               "end_to_end_acc161": round(r["end_to_end"]["acc161"], 4),
               "wrong_far_resolved": round(r["resolved"]["wrong_far"], 4) if r["resolved"] else None,
               "abstained": r["abstained"], "threshold": round(gwn_only.threshold, 4),
               "calibration": reliability(scored_choices(cv["rows"]["GeoVirus"], [gwn_only],
                                                         [0] * len(cv["rows"]["GeoVirus"])))}
    print("held-out corpus", json.dumps({k: v for k, v in heldout.items() if k != "calibration"}))
    all_rows = [r for name in sets for r in cv["rows"][name]]
    # the committed model is made exactly as each fold's model was (threshold on inner out-of-fold confidences),
    # so that the cross-validated figures above are those of this procedure
    final = fit_all(all_rows, seed=args.seed)
    thr = final.threshold
    manifest = {
        "model": "place ranker: conditional logit over gazetteer entries + logistic calibrator (numpy)",
        "code": "src/sitrep/geo/rank.py, src/sitrep/geo/resolve.py (features), src/sitrep/geo/training.py",
        "script": "scripts/train_place_ranker.py", "seed": args.seed, "folds": args.k,
        "data": files, "l2": {"ranker": __import__("sitrep.geo.training", fromlist=["x"]).L2_RANK,
                              "calibrator": __import__("sitrep.geo.training", fromlist=["x"]).L2_CAL},
        "labels": "an entry is right within 161 km of the gold point, or, for a country, sea or region, when it is "
                  "the entry nearest the gold point within 4,000 km (sets put such places at different points)",
        "calibrator": "fitted on the ranker's choices in documents that ranker was not fitted on (3 folds)",
        "threshold": {"value": round(thr, 4), "chosen_on": "out-of-fold confidences of both sets (3 inner folds "
                      "by document, as in every cross-validation fold)",
                      "rule": f"lowest confidence at which at most {WRONG_FAR:.1%} of the places kept lie more than "
                              "500 km from the truth in each set (countries and regions right by convention count as right; "
                              "the highest of the sets' thresholds)"},
        "cross_validated_by_document": scores,
        "calibration_cross_validated": calib,
        "held_out_corpus": heldout,
        "note": "figures are k-fold cross-validation by document; a model never saw the articles it is scored on",
        "fit_seconds": round(time.perf_counter() - t0, 1),
    }
    if args.dry_run:
        print(json.dumps(manifest["cross_validated_by_document"], indent=1))
        return 0
    out = ROOT / "data" / "models"
    out.mkdir(parents=True, exist_ok=True)
    (out / "place_ranker.json").write_text(json.dumps(final.to_json(), indent=1) + "\n", encoding="utf-8")
    (out / "place_ranker.manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out / 'place_ranker.json'} (threshold {thr:.3f}) and its manifest")
    return 0


if __name__ == "__main__":
    sys.exit(main())
