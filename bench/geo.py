"""Evaluate sitrep's places on GeoWebNews and GeoVirus; benchmark the gazetteer.

Usage (from the repository root):

    PYTHONPATH=src python bench/geo.py [--data ../shared/data/geowebnews] [--limit N] [--gazetteer-only]
        [--cache DIR] [--cv K] [--only GeoWebNews|GeoVirus|GeoReports] [--dump FILE] [--own DIR]

Metrics (Gritta et al., "A Pragmatic Guide to Geoparsing Evaluation", LRE 2020):
- geotagging: precision/recall/F1 of predicted place spans against gold toponym spans,
  exact offsets and any overlap. GWN gold = toponyms that carry coordinates (2,601 in the
  full set); GeoVirus gold = all its annotated locations (it annotates only places with a
  Wikipedia page, so precision on it is a lower bound).
- geocoding from gold spans: accuracy within 161 km, mean and median error (km), and AUC of
  the log-error curve (mean of ln(1+err)/ln(20039); lower is better); a gold toponym left
  unresolved counts as 20,039 km, as in the paper.
- end to end: the same over all gold toponyms using the places recognised from raw text
  (an unrecognised gold toponym, or one left without coordinates, counts as 20,039 km).
- recognised toponyms: the gold toponyms the recogniser found, scored by the place given them;
  "... given coordinates": those the resolver did not abstain on.
- wrong-far: the share of places given coordinates that lie more than 500 km from the gold point.
- confidence AUC: how well a place's confidence ranks right (within 161 km) above wrong places.
- points by convention: a country, sea, continent or region has no one point, and the sets differ on the one
  they score (GeoWebNews: GeoNames' point of the feature, as the gazetteer; GeoVirus: Wikipedia's). The line
  "without the N countries, seas, continents and regions" gives end to end acc@161, wrong-far and the
  confidence AUC over the other gold toponyms, and the confidence AUC over all with such a place right when
  it is its name's entry nearest the gold point (the label the models learn, ``training.right_entries``).
- learned parts: the ranker and calibrator (data/models/place_ranker.json) were fitted on these very
  sets, so the "committed model" figures are train-on-test; the "k-fold CV by document" figures
  (each article resolved by a model fitted without it, ``--cv K``) are the ones to quote.

``--cache DIR`` keeps the parsed texts between runs (iterating on the places code). ``--dump FILE`` writes each
answer (JSON lines) for ``bench/geo_diff.py``, which lists the gold toponyms whose answer changed between two runs.
The speed line compares the places annotator's time with spaCy's on the same texts.

The per-article path is exactly the one `sitrep annotate --raw --json` uses:
`Annotator.nlp.pipe` then `sitrep.nlp.annotate.annotate_doc` (places by
`sitrep.geo.places.extract_places`). This is evaluation data: nothing in it is used
to build the gazetteer or the rules.
"""
from __future__ import annotations

import argparse
import functools
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
        gold, nonplace, types = [], [], []
        for t in a.iter("toponym"):
            lat = t.findtext("latitude")
            if not lat:
                nonplace.append((int(t.findtext("start")), int(t.findtext("end"))))
                continue
            gold.append((int(t.findtext("start")), int(t.findtext("end")), float(lat), float(t.findtext("longitude"))))
            types.append(t.findtext("type") or "")
        # GWN annotates every toponym: those without coordinates (demonyms, homonyms...) are not places to map
        arts.append({"id": a.get("file"), "text": a.findtext("text") or "", "gold": gold, "nonplace": nonplace,
                     "types": types})
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


MARK = r"\[\[([^|\]]+)\|(-?[\d.]+),(-?[\d.]+)\]\]"


def load_marked(folder: Path) -> list[dict]:
    """Articles of a folder of ``*.txt`` files whose toponyms are marked ``[[surface|lat,lon]]`` (our own held-out
    set, tests/data/geo_reports): the text without the marks and each mark's offsets in it (GeoVirus' record)."""
    import re

    arts = []
    for f in sorted(folder.glob("*.txt")):
        raw, text, gold, at = f.read_text(encoding="utf-8"), [], [], 0
        for m in re.finditer(MARK, raw):
            text.append(raw[at:m.start()])
            s = sum(map(len, text))
            text.append(m.group(1))
            gold.append((s, s + len(m.group(1)), float(m.group(2)), float(m.group(3))))
            at = m.end()
        text.append(raw[at:])
        arts.append({"id": f.stem, "text": "".join(text).rstrip("\n"), "gold": gold})
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
        "wrong_far": sum(500 < e < MAX_ERR for e in errors) / max(1, sum(e < MAX_ERR for e in errors)),
    }


def _auc_of_error(pairs: list[tuple[float, bool]]) -> Optional[float]:
    """ROC AUC of the confidence as a predictor of a correct (within 161 km) place; None without both kinds."""
    pos = sorted(c for c, ok in pairs if ok)
    neg = sorted(c for c, ok in pairs if not ok)
    if not pos or not neg:
        return None
    import bisect

    wins = sum(bisect.bisect_left(neg, c) + 0.5 * (bisect.bisect_right(neg, c) - bisect.bisect_left(neg, c)) for c in pos)
    return wins / (len(pos) * len(neg))


def parse_all(name: str, arts: list[dict], nlp: Any, cache: Optional[Path] = None) -> tuple[list[tuple], float, float]:
    """(doc, ctx, analysis-with-entities) per article, the seconds spaCy took and the seconds the entities took.

    With ``cache`` the parsed Docs (a spaCy DocBin) and the entity mentions are stored under it and reused
    while the texts are unchanged (for iterating on the places code; the timings are then those of the first run).
    """
    import hashlib
    import pickle

    from spacy.tokens import DocBin

    from sitrep.model import Analysis, Sentence
    from sitrep.nlp.actors import extract_entities
    from sitrep.nlp.annotate import DocContext

    from sitrep.ingest.textmeta import extract as text_meta

    # the dateline as the pipeline reads it (ingest/article.py): the resolver's dateline rules need it
    ctxs = [DocContext(article_id=f"{name}:{a['id']}", dateline=text_meta(a["text"]).dateline) for a in arts]
    from sitrep.nlp.models import pipeline_fingerprint

    key = hashlib.sha1("\x00".join([pipeline_fingerprint(nlp)] + [a["text"] for a in arts]).encode()).hexdigest()[:12]
    f = cache / f"{name}-{key}.pkl" if cache else None
    if f is not None and f.exists():
        blob = pickle.loads(f.read_bytes())
        docs = list(DocBin().from_bytes(blob["docs"]).get_docs(nlp.vocab))
        ents, t_nlp, t_ent = blob["ents"], blob["t_nlp"], blob["t_ent"]
    else:
        t0 = time.perf_counter()
        docs = list(nlp.pipe([a["text"] for a in arts], batch_size=16))
        t_nlp = time.perf_counter() - t0
        t0 = time.perf_counter()
        ents = []
        for doc, ctx in zip(docs, ctxs):
            an = Analysis(article_id=ctx.article_id)
            an.sentences = [Sentence(s.start_char, s.end_char) for s in doc.sents]
            ents.append(extract_entities(doc, ctx, an))
        t_ent = time.perf_counter() - t0
        if f is not None:
            f.parent.mkdir(parents=True, exist_ok=True)
            db = DocBin(store_user_data=False)
            for d in docs:
                db.add(d)
            f.write_bytes(pickle.dumps({"docs": db.to_bytes(), "ents": ents, "t_nlp": t_nlp, "t_ent": t_ent}))
    out = []
    for doc, ctx, en in zip(docs, ctxs, ents):
        an = Analysis(article_id=ctx.article_id)
        an.sentences = [Sentence(s.start_char, s.end_char) for s in doc.sents]
        an.entities = en
        out.append((doc, ctx, an))
    return out, t_nlp, t_ent


def _gold_kind(name: str, lat: float, lon: float, rec: Any) -> str:
    """What kind of place a gold toponym is, by the gazetteer: demonym, country, province, district, region,
    town, point (its nearest entry of that name within 161 km), 'far only' (entries, none near), 'no entry'."""
    from sitrep.geo.gazetteer import precision_of
    from sitrep.geo.recognize import demonyms
    from sitrep.geo.resolve import haversine_km

    if name.lower() in demonyms():
        return "demonym"
    es, _how = rec.lookup(name, (), search=False)
    if not es and name.lower().startswith("the "):
        es, _how = rec.lookup(name[4:], (), search=False)
    if not es:
        return "no entry"
    near = [(haversine_km(lat, lon, e.lat, e.lon), e) for e in es]
    near = [t for t in near if t[0] <= 161]
    return precision_of(min(near, key=lambda t: t[0])[1]) if near else "far only"


@functools.lru_cache(maxsize=4096)
def coarse_entry(name: str, lat: float, lon: float) -> Optional[str]:
    """The GeoNames id of the country, sea, continent or region a gold toponym names, when its name's entry
    nearest the gold point is one (within 4,000 km: ``training.right_entries``' rule); None for other toponyms."""
    from sitrep.geo.gazetteer import get_gazetteer, precision_of
    from sitrep.geo.places import _recognizer
    from sitrep.geo.resolve import haversine_km
    from sitrep.geo.training import COARSE_KM

    rec = _recognizer(get_gazetteer())
    es, _how = rec.lookup(name, (), search=False)
    if not es and name.lower().startswith("the "):
        es, _how = rec.lookup(name[4:], (), search=False)
    if not es:
        return None
    d, e = min(((haversine_km(lat, lon, e.lat, e.lon), e) for e in es), key=lambda t: (t[0], t[1].id))
    return e.gid if d <= COARSE_KM and precision_of(e) in ("country", "region") else None


def decompose(name: str, arts: list[dict], parsed: list[tuple], ranker: Any = None,
              folds: Optional[list[int]] = None, rankers: Optional[list[Any]] = None, show: int = 0) -> dict:
    """Where the end-to-end loss comes from: each gold toponym is right, missed (by the kind of place it is),
    tagged with no gazetteer entry within 161 km, abstained although a right entry was there, or a wrong pick."""
    from collections import Counter

    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.places import _recognizer, extract_places
    from sitrep.geo.resolve import haversine_km

    rec = _recognizer(get_gazetteer())
    out: Counter = Counter()
    missed: Counter = Counter()
    missed_type: Counter = Counter()
    examples: dict[str, list[str]] = {}
    for k, (art, (doc, ctx, an)) in enumerate(zip(arts, parsed)):
        rk = rankers[folds[k]] if rankers is not None and folds is not None else ranker
        trace: list = []
        preds = extract_places(doc, ctx, an, trace=trace, **({"ranker": rk} if rk is not None else {}))
        text = art["text"]
        types = art.get("types") or [""] * len(art["gold"])
        for (gs, ge, glat, glon), gt in zip(art["gold"], types):
            hit = next((i for i, p in enumerate(preds) if p.span.start < ge and gs < p.span.end), None)
            gname = text[gs:ge]
            if hit is None:
                kind = _gold_kind(gname, glat, glon, rec)
                cat = "missed"
                missed[kind] += 1
                if gt:
                    missed_type[gt] += 1
                key = f"missed:{kind}"
            else:
                p, sc = preds[hit], trace[hit]
                if sc is None:  # a building or street placed at its town (geo/facility.py)
                    ok = p.lat is not None and haversine_km(glat, glon, p.lat, p.lon) <= 161
                    cat = ("facility right" if ok else "facility without coordinates" if p.lat is None
                           else "facility placed > 161 km")
                    out[cat] += 1
                    if show and not ok:
                        examples.setdefault(cat, []).append(
                            f"{text[max(0, gs - 30):gs]!s}[[{gname}]]{text[ge:ge + 20]!s}".replace("\n", " ")
                            + f"  -> {p.name} {p.country} {p.precision} c={p.confidence}")
                    continue
                near = any(haversine_km(glat, glon, e.lat, e.lon) <= 161 for e in sc.cand.entries)
                if p.lat is not None and haversine_km(glat, glon, p.lat, p.lon) <= 161:
                    cat = "right"
                elif not near:
                    cat = "no entry within 161 km (abstained)" if p.lat is None else "no entry within 161 km (resolved)"
                elif p.lat is None:
                    cat = "abstained, right entry there"
                else:
                    cat = "wrong pick"
                key = cat
            out[cat] += 1
            if show and key != "right":
                examples.setdefault(key, []).append(
                    f"{text[max(0, gs - 30):gs]!s}[[{gname}]]{text[ge:ge + 20]!s}".replace("\n", " ")
                    + (f"  -> {preds[hit].name} {preds[hit].country} {preds[hit].precision} c={preds[hit].confidence}"
                       if hit is not None else f"  ({gt})"))
    n = sum(out.values())
    return {"n": n, "outcomes": dict(out), "missed_kind": dict(missed), "missed_type": dict(missed_type),
            "examples": examples}


def _print_decomposition(name: str, how: str, d: dict, show: int) -> None:
    import random

    n = d["n"]
    print(f"\n-- {name} [{how}]: where the end-to-end loss comes from ({n} gold toponyms)")
    for k, v in sorted(d["outcomes"].items(), key=lambda t: -t[1]):
        print(f"  {k:40} {v:5}  {v / n:.3f}")
    print("  missed, by the gazetteer's kind of the gold name:")
    for k, v in sorted(d["missed_kind"].items(), key=lambda t: -t[1]):
        print(f"    {k:38} {v:5}  {v / n:.3f}")
    if d["missed_type"]:
        print("  missed, by the annotators' type:")
        for k, v in sorted(d["missed_type"].items(), key=lambda t: -t[1]):
            print(f"    {k:38} {v:5}  {v / n:.3f}")
    rng = random.Random(7)
    for k, xs in sorted(d["examples"].items()):
        print(f"  examples of {k}:")
        for x in rng.sample(xs, min(show, len(xs))):
            print("    " + x)


def evaluate(name: str, arts: list[dict], parsed: list[tuple], ranker: Any = None,
             folds: Optional[list[int]] = None, rankers: Optional[list[Any]] = None,
             dump: Optional[list] = None) -> dict:
    """Score the places of ``parsed`` against the gold of ``arts``.

    ``rankers`` with ``folds``: article i is resolved with ``rankers[folds[i]]`` (a model fitted without
    that fold: cross-validation by document); otherwise every article uses ``ranker`` (None: the committed one).
    ``dump`` receives one record per gold toponym (the place given it) and per place on no gold toponym
    (:func:`_answers`, compared between runs by ``bench/geo_diff.py``).
    """
    from sitrep.geo.places import extract_places, geocode_spans
    from sitrep.geo.resolve import haversine_km

    tp_exact = tp_overlap = npred = ngold = pred_overlap = 0
    gold_errs: list[float] = []
    covered_errs: list[float] = []
    e2e_errs: list[float] = []
    recog_errs: list[float] = []  # gold toponyms that were recognised: the error of the place given them
    resolved_e2e: list[float] = []  # recognised and given coordinates
    conf_pairs: list[tuple[float, bool]] = []  # (confidence, within 161 km) of resolved places on gold
    # countries, seas, continents and regions have no one point and sets place them by different conventions
    # (GeoWebNews at GeoNames' point, GeoVirus at Wikipedia's): the same figures without them, and the
    # confidence ranked against "the entry meant" (such a place right when it is its name's entry nearest gold)
    fine_errs: list[float] = []
    fine_pairs: list[tuple[float, bool]] = []
    meant_pairs: list[tuple[float, bool]] = []
    coarse_n = 0
    abstained = 0
    t_places = 0.0
    for k, (art, (doc, ctx, an)) in enumerate(zip(arts, parsed)):
        rk = rankers[folds[k]] if rankers is not None and folds is not None else ranker
        t0 = time.perf_counter()
        preds = extract_places(doc, ctx, an, **({"ranker": rk} if rk is not None else {}))
        t_places += time.perf_counter() - t0
        an.places = preds
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
            err = (haversine_km(glat, glon, hit.lat, hit.lon) if hit is not None and hit.lat is not None
                   else MAX_ERR)
            e2e_errs.append(err)
            coarse = coarse_entry(art["text"][gs:ge], glat, glon)
            coarse_n += coarse is not None
            if coarse is None:
                fine_errs.append(err)
            if hit is not None:
                recog_errs.append(err)
                if hit.lat is not None:
                    resolved_e2e.append(err)
                    conf_pairs.append((hit.confidence, err <= 161))
                    meant = err <= 161 or (coarse is not None and hit.geonameid == coarse)
                    meant_pairs.append((hit.confidence, meant))
                    if coarse is None:
                        fine_pairs.append((hit.confidence, err <= 161))
                else:
                    abstained += 1
        if dump is not None:
            dump.extend(_answers(name, art, preds))
        for (gs, ge, glat, glon), p in zip(gold, geocode_spans(doc, ctx, an, [(g[0], g[1]) for g in gold],
                                                                  **({"ranker": rk} if rk is not None else {}))):
            gold_errs.append(haversine_km(glat, glon, p.lat, p.lon) if p is not None and p.lat is not None
                             else MAX_ERR)
            if p is not None:
                covered_errs.append(gold_errs[-1])
    return {
        "articles": len(arts), "seconds": t_places, "pred": npred, "gold": ngold,
        "recognised": _geo_metrics(recog_errs), "resolved": _geo_metrics(resolved_e2e), "abstained": abstained,
        "auc_conf": _auc_of_error(conf_pairs),
        "coarse": coarse_n, "fine": _geo_metrics(fine_errs), "auc_conf_fine": _auc_of_error(fine_pairs),
        "auc_conf_meant": _auc_of_error(meant_pairs),
        "exact": _prf(tp_exact, npred, ngold), "overlap": (pred_overlap / npred if npred else 0.0, tp_overlap / ngold if ngold else 0.0,
                    _f1(pred_overlap / npred if npred else 0.0, tp_overlap / ngold if ngold else 0.0)),
        "gold_spans": _geo_metrics(gold_errs), "covered": _geo_metrics(covered_errs), "end_to_end": _geo_metrics(e2e_errs),
    }


def _answers(name: str, art: dict, preds: list[Any]) -> list[dict]:
    """The answer on each gold toponym of one article (the overlapping place, its point and its error in km; a
    gold toponym with no place: ``err`` None) and each place on no gold toponym (``gold`` None): the records
    ``--dump`` writes, one JSON object a line."""
    from sitrep.geo.resolve import haversine_km

    text = art["text"]

    def place(p: Any) -> dict:
        return {"span": [p.span.start, p.span.end], "said": text[p.span.start:p.span.end], "name": p.name,
                "country": p.country, "precision": p.precision, "lat": p.lat, "lon": p.lon, "gid": p.geonameid,
                "conf": p.confidence, "mention": p.mention}

    out, used = [], set()
    for gs, ge, glat, glon in art["gold"]:
        k = next((i for i, p in enumerate(preds) if p.span.start < ge and gs < p.span.end), None)
        rec = {"set": name, "doc": art["id"], "gold": [gs, ge], "text": text[gs:ge], "at": [glat, glon],
               "coarse": coarse_entry(text[gs:ge], glat, glon) is not None}
        if k is None:
            rec["err"] = None
        else:
            used.add(k)
            p = preds[k]
            rec["place"] = place(p)
            rec["err"] = round(haversine_km(glat, glon, p.lat, p.lon), 1) if p.lat is not None else None
        out.append(rec)
    for i, p in enumerate(preds):
        if i not in used:
            out.append({"set": name, "doc": art["id"], "gold": None, "text": text[p.span.start:p.span.end],
                        "place": place(p), "err": None})
    return out


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
    ap.add_argument("--cache", default="", help="folder to keep parsed texts in between runs (iterating)")
    ap.add_argument("--cv", type=int, default=5, help="folds for the learned parts' cross-validation by document "
                    "(0: only the committed model, whose figures on these sets are train-on-test)")
    ap.add_argument("--only", default="", help="GeoWebNews, GeoVirus or GeoReports (default all read)")
    ap.add_argument("--own", default="", help="also score a folder of marked-up articles (tests/data/geo_reports) as "
                    "'GeoReports', held out: resolved by the committed model, never in the CV folds")
    ap.add_argument("--pipeline", default="", help="spaCy pipeline: sm (default) or md (see sitrep.nlp.models)")
    ap.add_argument("--thresholds", default="", help="with --cv: end to end and wrong-far at these abstention "
                    "thresholds (comma-separated), the cross-validated models otherwise unchanged")
    ap.add_argument("--decompose", action="store_true", help="also say where the end-to-end loss comes from")
    ap.add_argument("--examples", type=int, default=0, help="with --decompose: examples of each loss to print")
    ap.add_argument("--dump", default="", help="write each gold toponym's answer (and each place on none) to this "
                    "file, JSON lines, from the CV run (the committed model's with --cv 0); compare two with "
                    "bench/geo_diff.py")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    bench_gazetteer()
    if args.gazetteer_only:
        return 0
    data = Path(args.data)
    if not data.is_dir():
        print(f"no data at {data}", file=sys.stderr)
        return 1
    from sitrep.nlp.models import load_pipeline

    nlp = load_pipeline(args.pipeline or None)
    print(f"spaCy pipeline: {nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}")
    sets = {}
    for name, loader, fname in (("GeoWebNews", load_gwn, "GWN.xml"), ("GeoVirus", load_geovirus, "GeoVirus.xml")):
        if args.only == "GeoReports":  # the own set alone: the corpora are neither parsed nor refitted
            break
        arts = loader(data / fname)
        if args.limit:
            arts = arts[: args.limit]
        parsed, t_nlp, t_ent = parse_all(name, arts, nlp, Path(args.cache) if args.cache else None)
        sets[name] = (arts, parsed, t_nlp, t_ent)
    own = {}
    if args.own:
        arts = load_marked(Path(args.own))
        parsed, t_nlp, t_ent = parse_all("GeoReports", arts, nlp, Path(args.cache) if args.cache else None)
        own["GeoReports"] = (arts, parsed, t_nlp, t_ent)
    dumped: list[dict] = []
    cv = None
    if args.cv and args.cv > 1 and sets:
        from sitrep.geo import rank

        cv = rank.cross_validate({k: (v[0], v[1]) for k, v in sets.items()}, k=args.cv)
    for name, (arts, parsed, t_nlp, t_ent) in own.items():
        if args.only and name != args.only:
            continue
        # held out: the committed model was fitted on the two corpora only, so its figures here are the ones to quote
        r = evaluate(name, arts, parsed, dump=dumped)
        _print(name, "committed model (held out)", r, t_nlp, t_ent)
        if args.decompose:
            _print_decomposition(name, "committed model", decompose(name, arts, parsed, show=args.examples),
                                 args.examples)
    for name, (arts, parsed, t_nlp, t_ent) in sets.items():
        if args.only and name != args.only:
            continue
        runs = [("committed model", evaluate(name, arts, parsed, dump=dumped if cv is None else None))]
        if cv is not None:
            runs.append((f"{args.cv}-fold CV by document", evaluate(name, arts, parsed, folds=cv["folds"][name],
                                                                   rankers=cv["rankers"], dump=dumped)))
        for how, r in runs:
            _print(name, how, r, t_nlp, t_ent)
        if args.thresholds and cv is not None:
            import copy

            print(f"\n-- {name}: abstention threshold sweep ({args.cv}-fold CV by document)")
            for thr in [float(x) for x in args.thresholds.split(",") if x.strip()]:
                rks = [copy.copy(rk) for rk in cv["rankers"]]
                for rk in rks:
                    rk.threshold = thr
                t = evaluate(name, arts, parsed, folds=cv["folds"][name], rankers=rks)
                e2e, res = t["end_to_end"], t["resolved"]
                print(f"  threshold {thr:.3f}: end to end acc@161 {e2e['acc161']:.3f}  given coordinates acc@161 "
                      f"{res.get('acc161', 0):.3f}  wrong-far {res.get('wrong_far', 0):.3f}  abstained {t['abstained']}")
        if args.decompose:
            how = f"{args.cv}-fold CV by document" if cv is not None else "committed model"
            d = decompose(name, arts, parsed, **({"folds": cv["folds"][name], "rankers": cv["rankers"]}
                                                 if cv is not None else {}), show=args.examples)
            _print_decomposition(name, how, d, args.examples)
    if args.dump:
        import json

        with open(args.dump, "w", encoding="utf-8") as f:
            for rec in dumped:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("\npublished figures (other systems):")
    for sysname, fig, src in PUBLISHED:
        print(f"  {sysname}: {fig} — source: {src}")
    return 0


def _print(name: str, how: str, r: dict, t_nlp: float, t_ent: float) -> None:
    print(f"\n== {name} [{how}]: {r['articles']} articles, {r['gold']} gold toponyms, {r['pred']} predicted; "
          f"spaCy {t_nlp:.1f} s, places {r['seconds']:.1f} s ({r['seconds'] / max(t_nlp, 1e-9):.2f}x spaCy)")
    for k in ("exact", "overlap"):
        p, rc, f = r[k]
        print(f"geotagging ({k:7}): P {p:.3f}  R {rc:.3f}  F1 {f:.3f}")
    for k, label in (("gold_spans", "geocoding, gold spans   "), ("covered", "  ... those in gazetteer "),
                     ("recognised", "recognised toponyms     "), ("resolved", "  ... given coordinates "),
                     ("end_to_end", "end to end              ")):
        m = r[k]
        if not m:
            continue
        print(f"{label}: acc@161 {m['acc161']:.3f}  wrong-far(>500 km) {m['wrong_far']:.3f}  mean {m['mean_km']:.0f} km  "
              f"median {m['median_km']:.1f} km  AUC {m['auc']:.3f}  (n={m['n']})")
    auc = r["auc_conf"]
    print(f"confidence: AUC of error (confidence ranking right above wrong) "
          f"{'n/a' if auc is None else f'{auc:.3f}'}; abstained (kept, no coordinates) {r['abstained']}")
    m = r["fine"]
    if m:
        # countries, seas, continents, regions: a point by convention, which differs between sets
        print(f"without the {r['coarse']} countries, seas, continents and regions (points by convention): end to end "
              f"acc@161 {m['acc161']:.3f}  wrong-far {m['wrong_far']:.3f}  (n={m['n']}); confidence AUC "
              f"{_fmt(r['auc_conf_fine'])}; all, such a place right when it is its name's entry nearest gold: "
              f"confidence AUC {_fmt(r['auc_conf_meant'])}")


def _fmt(x: Optional[float]) -> str:
    return "n/a" if x is None else f"{x:.3f}"


if __name__ == "__main__":
    sys.exit(main())
