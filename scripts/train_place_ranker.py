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
    # out-of-fold confidences of the final pipeline's choices -> the committed threshold
    confs, errs = [], []
    for name in sets:
        for i, rows in enumerate(cv["rows"][name]):
            rk = cv["rankers"][cv["folds"][name][i]]
            for sc, d in rows.cal:
                if d is None:
                    continue
                z = rk.scores(sc.X)
                confs.append(float(rk.confidence(calibration_features(sc, z, sc.focus)[None, :])[0]))
                errs.append(float(d[int(np.argmax(z))]))
    outer_thr = rank.choose_threshold(np.array(confs), np.array(errs), 0.9)
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
        "threshold": {"value": round(thr, 4), "chosen_on": "out-of-fold confidences of both sets (3 inner folds "
                      "by document, as in every cross-validation fold)",
                      "outer_cv_out_of_fold_value": round(outer_thr, 4),
                      "rule": "lowest confidence at which >= 90 % of the places kept lie within 161 km of gold (DESIGN.md 7)"},
        "cross_validated_by_document": scores,
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
