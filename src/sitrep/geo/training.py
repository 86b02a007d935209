"""Training rows for the place ranker and its calibrator, and the fit (used by
``scripts/train_place_ranker.py`` and by ``bench/geo.py``'s cross-validation by document).

Rows come from real annotated news (GeoWebNews, GeoVirus): for every name the recogniser finds
(and every gold toponym it misses, fed as a given span) whose span overlaps a gold toponym, the
entries within 161 km of the gold point are the right ones. For the calibrator, a recognised name
on a gold toponym is right when its chosen entry is within 161 km; in a set that annotates every
toponym (GeoWebNews) a recognised name on no annotation, or on one that is not a place to map, is wrong.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np

from sitrep.geo.rank import Ranker, choose_threshold, fit_conditional_logit, fit_logistic, haversine_np
from sitrep.nlp.doctext import doc_text

L2_RANK = 2.0
L2_CAL = 2.0


@dataclass
class DocRows:
    """One article's rows: ranking groups (Scored, distances) and calibration rows (Scored, distances or None)."""

    rank: list[tuple[Any, np.ndarray]] = field(default_factory=list)
    cal: list[tuple[Any, Optional[np.ndarray]]] = field(default_factory=list)


def _dist(sc: Any, lat: float, lon: float) -> np.ndarray:
    from sitrep.geo.rank import entry_matrix

    la, lo, _ = entry_matrix(sc.entries)
    return haversine_np(np.array([lat]), np.array([lon]), la, lo)[0]


def collect(arts: list[dict], parsed: list[tuple]) -> list[DocRows]:
    """Rows of each article (``arts[i]["gold"]``: (start, end, lat, lon); ``arts[i]["nonplace"]``: spans
    annotated as toponyms not to map, present only for sets that annotate every toponym)."""
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.places import _recognizer, _text_focus, given_candidates
    from sitrep.geo.resolve import score_candidates

    gaz = get_gazetteer()
    out = []
    for art, (doc, ctx, an) in zip(arts, parsed):
        rows = DocRows()
        gold = art["gold"]
        complete = "nonplace" in art
        rec = _recognizer(gaz)
        cands = rec.candidates(doc, ctx, an, focus=_text_focus(doc, gaz, ctx))
        seen = set()
        for sc in score_candidates(cands, doc_text(doc), ctx, gaz):
            c = sc.cand
            g = next((g for g in gold if c.start < g[1] and g[0] < c.end), None)
            if g is not None:
                d = _dist(sc, g[2], g[3])
                rows.rank.append((sc, d))
                rows.cal.append((sc, d))
                seen.add((g[0], g[1]))
            elif complete:
                rows.cal.append((sc, None))
        missed = [g for g in gold if (g[0], g[1]) not in seen]
        if missed:
            merged, given = given_candidates(doc, ctx, an, [(g[0], g[1]) for g in missed], gaz)
            want = {(c.start, c.end): g for c, g in zip(given, missed) if c is not None}
            for sc in score_candidates(merged, doc_text(doc), ctx, gaz):
                g = want.get((sc.cand.start, sc.cand.end))
                if g is not None:
                    rows.rank.append((sc, _dist(sc, g[2], g[3])))
        out.append(rows)
    return out


def _fit_models(rows: list[DocRows], seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The ranker's and the calibrator's weights fitted on ``rows``."""
    from sitrep.geo.resolve import calibration_features

    groups = [(sc.X, (d <= 161).astype(float)) for r in rows for sc, d in r.rank]
    w = fit_conditional_logit(groups, l2=L2_RANK, seed=seed)
    C, y = [], []
    for r in rows:
        for sc, d in r.cal:
            z = sc.X @ w
            C.append(calibration_features(sc, z, sc.focus))
            b = int(np.argmax(z))
            y.append(float(d is not None and d[b] <= 161))
    return w, fit_logistic(np.array(C), np.array(y), l2=L2_CAL)


def _confidences(rows: list[DocRows], w: np.ndarray, cw: np.ndarray) -> tuple[list[float], list[float]]:
    """Confidence and error (km) of the choice on every gold toponym of ``rows``, by the models (w, cw)."""
    from sitrep.geo.resolve import calibration_features

    conf, err = [], []
    for r in rows:
        for sc, d in r.cal:
            if d is None:
                continue
            z = sc.X @ w
            c = calibration_features(sc, z, sc.focus)
            conf.append(float(1.0 / (1.0 + np.exp(-(c @ cw)))))
            err.append(float(d[int(np.argmax(z))]))
    return conf, err


def fit_all(rows: list[DocRows], seed: int = 13, min_precision: float = 0.9, inner: int = 3) -> Ranker:
    """Fit the ranker, then the calibrator on the ranker's choices, then the abstention threshold.

    The threshold is chosen on out-of-fold confidences (``inner`` folds of the documents, each scored by models
    fitted without it), as the committed model's is: confidences of the documents a model was fitted on are
    higher than on new ones, and a threshold chosen on them keeps too many wrong places."""
    w, cw = _fit_models(rows, seed)
    if inner > 1 and len(rows) >= 2 * inner:
        fold = np.random.default_rng(seed + 1).integers(0, inner, len(rows))
        conf, err = [], []
        for f in range(inner):
            wi, cwi = _fit_models([r for r, k in zip(rows, fold) if k != f], seed)
            c, e = _confidences([r for r, k in zip(rows, fold) if k == f], wi, cwi)
            conf += c
            err += e
    else:
        conf, err = _confidences(rows, w, cw)
    thr = choose_threshold(np.array(conf), np.array(err), min_precision)
    return Ranker(w, cw, thr)
