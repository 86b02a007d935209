"""Training rows for the place ranker and its calibrator, and the fit (used by
``scripts/train_place_ranker.py`` and by ``bench/geo.py``'s cross-validation by document).

Rows come from real annotated news (GeoWebNews, GeoVirus): for every name the recogniser finds
(and every gold toponym it misses, fed as a given span) whose span overlaps a gold toponym, the
entries within 161 km of the gold point are the right ones. For the calibrator, a recognised name
on a gold toponym is right when its chosen entry is within 161 km (a country, sea or region: when it is
the entry nearest the gold point, :func:`right_entries`); in a set that annotates every toponym
(GeoWebNews) a recognised name on no annotation, or on one that is not a place to map, is wrong.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np

from sitrep.geo.rank import (Ranker, choose_threshold, fit_conditional_logit, fit_logistic, haversine_np,
                             prefer_town)
from sitrep.nlp.doctext import doc_text

L2_RANK = 2.0
L2_CAL = 2.0
RECALIBRATE = True  # Platt-scale the calibrator on the out-of-fold choices (fit_all)
WRONG_FAR = 0.0275  # the most places kept more than 500 km from the truth (out of fold) the threshold allows


@dataclass
class DocRows:
    """One article's rows: ranking groups (Scored, distances) and calibration rows (Scored, distances or None)."""

    rank: list[tuple[Any, np.ndarray]] = field(default_factory=list)
    cal: list[tuple[Any, Optional[np.ndarray]]] = field(default_factory=list)
    corpus: str = ""  # the annotated set the article comes from (the threshold's bound holds on each)


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
            if c.blank:
                # never given a point: no row of its own; a gold toponym under it is fed as a given span below,
                # as a missed one is (which entry its name means is still worth learning)
                continue
            if g is not None:
                d = _dist(sc, g[2], g[3])
                rows.rank.append((sc, d))
                if not sc.outside:  # (left blank by rule whatever its confidence: no row of the calibrator's)
                    rows.cal.append((sc, d))
                seen.add((g[0], g[1]))
            elif complete and not sc.outside:
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


COARSE_KM = 4000.0  # a country, sea or region "right" by the convention of its point (see right_entries)


def right_entries(sc: Any, d: np.ndarray) -> np.ndarray:
    """Which entries of a name are the place meant (1.0) given their distances ``d`` (km) to the gold point.

    Within 161 km; or, for a country, sea, continent or region, the entry nearest the gold point within
    COARSE_KM: such a place has no one point, and sets disagree on the one to give (GeoVirus puts Canada and
    Europe at Wikipedia's points, 650-1,000 km from GeoNames'; its oceans 1,100-3,100 km away). Counting those
    as wrong teaches the models that a country is an unsure guess and makes the threshold chase a convention."""
    from sitrep.geo.gazetteer import precision_of

    y = (d <= 161).astype(float)
    if not y.any() and len(d):
        b = int(np.argmin(d))
        if d[b] <= COARSE_KM and precision_of(sc.entries[b]) in ("country", "region"):
            y[b] = 1.0
    return y


def _ranker(rows: list[DocRows], seed: int) -> np.ndarray:
    groups = [(sc.X, right_entries(sc, d)) for r in rows for sc, d in r.rank]
    return fit_conditional_logit(groups, l2=L2_RANK, seed=seed)


def _cal_rows(rows: list[DocRows], w: np.ndarray) -> tuple[list[np.ndarray], list[float]]:
    """Calibrator inputs and labels (the choice is right) of ``rows`` under the ranker ``w``."""
    from sitrep.geo.resolve import calibration_features

    C, y = [], []
    for r in rows:
        for sc, d in r.cal:
            z = prefer_town(sc.X @ w, sc.entries, sc.X)
            C.append(calibration_features(sc, z, sc.focus))
            y.append(float(d is not None and right_entries(sc, d)[int(np.argmax(z))] > 0))
    return C, y


def _split(n: int, k: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, k, n)


def _fit_models(rows: list[DocRows], seed: int, cross_fit: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """The ranker's and the calibrator's weights fitted on ``rows``.

    The calibrator learns from the ranker's choices on documents that ranker was not fitted on
    (``cross_fit`` folds of the documents): on its own training documents a ranker is surer and more often
    right than on new ones, and a calibrator fitted there is overconfident."""
    w = _ranker(rows, seed)
    C, y = [], []
    if cross_fit > 1 and len(rows) >= 2 * cross_fit:
        fold = _split(len(rows), cross_fit, seed + 2)
        for f in range(cross_fit):
            wf = _ranker([r for r, k in zip(rows, fold) if k != f], seed)
            c, t = _cal_rows([r for r, k in zip(rows, fold) if k == f], wf)
            C += c
            y += t
    else:
        C, y = _cal_rows(rows, w)
    return w, fit_logistic(np.array(C), np.array(y), l2=L2_CAL)


def _confidences(rows: list[DocRows], w: np.ndarray, cw: np.ndarray) -> tuple[list[float], list[float]]:
    """Confidence and error (km) of the choice on every gold toponym of ``rows``, by the models (w, cw);
    the error of a country or region right by its point's convention (:func:`right_entries`) counts as 0."""
    from sitrep.geo.resolve import calibration_features

    conf, err = [], []
    for r in rows:
        for sc, d in r.cal:
            if d is None:
                continue
            z = prefer_town(sc.X @ w, sc.entries, sc.X)
            b = int(np.argmax(z))
            c = calibration_features(sc, z, sc.focus)
            conf.append(float(1.0 / (1.0 + np.exp(-(c @ cw)))))
            err.append(0.0 if right_entries(sc, d)[b] > 0 else float(d[b]))
    return conf, err


def threshold_each_set(conf: np.ndarray, err: np.ndarray, corpus: list[str], max_wrong_far: float = WRONG_FAR,
                       min_n: int = 50) -> float:
    """The abstention threshold at which the wrong-far bound holds on each annotated set (``corpus``: the set of
    each choice) with at least ``min_n`` choices, not only on their pool: a set where many places are right
    by a lenient rule (countries by their point's convention) would otherwise let the other set's far places
    through. One set (or none named): the pooled threshold."""
    corp = np.array(corpus)
    groups = [g for g in sorted(set(corpus)) if (corp == g).sum() >= min_n]
    if len(groups) < 2:
        return choose_threshold(conf, err, max_wrong_far=max_wrong_far)
    return max(choose_threshold(conf[corp == g], err[corp == g], max_wrong_far=max_wrong_far) for g in groups)


def fit_all(rows: list[DocRows], seed: int = 13, max_wrong_far: float = WRONG_FAR, inner: int = 3,
            recalibrate: bool = RECALIBRATE) -> Ranker:
    """Fit the ranker, then the calibrator on the ranker's choices, then the abstention threshold.

    The threshold is chosen on out-of-fold confidences (``inner`` folds of the documents, each scored by models
    fitted without it), as the committed model's is: confidences of the documents a model was fitted on are
    higher than on new ones, and a threshold chosen on them keeps too many wrong places."""
    w, cw = _fit_models(rows, seed)
    if inner > 1 and len(rows) >= 2 * inner:
        fold = _split(len(rows), inner, seed + 1)
        conf, err, corpus = [], [], []
        for f in range(inner):
            wi, cwi = _fit_models([r for r, k in zip(rows, fold) if k != f], seed)
            for r in (r for r, k in zip(rows, fold) if k == f):
                c, e = _confidences([r], wi, cwi)
                conf += c
                err += e
                corpus += [r.corpus] * len(c)
    else:
        conf, err = _confidences(rows, w, cw)
        corpus = [r.corpus for r in rows for _sc, d in r.cal if d is not None]
    conf_a, err_a = np.array(conf), np.array(err)
    thr = threshold_each_set(conf_a, err_a, corpus, max_wrong_far)
    if recalibrate and len(conf_a) > 50:
        # Platt scaling of the calibrator's log-odds on the out-of-fold choices: a * logit + b, folded into its
        # weights (the order of confidences, hence the places kept, is unchanged)
        lo = np.log(np.clip(conf_a, 1e-6, 1 - 1e-6) / np.clip(1 - conf_a, 1e-6, 1))
        a, b = fit_logistic(np.column_stack([np.ones_like(lo), lo]), (err_a <= 161).astype(float), l2=1e-3)[::-1]
        if a > 0:
            cw = a * cw
            cw[0] += b
            if thr < 1.0:
                t = math.log(max(thr, 1e-6) / max(1 - thr, 1e-6))
                thr = 1.0 / (1.0 + math.exp(-(a * t + b)))
    return Ranker(w, cw, thr)


def scored_choices(rows: list[DocRows], rankers: list[Ranker], which: list[int]) -> list[tuple[float, bool, float]]:
    """(confidence, right, error km) of the choice on every gold toponym of ``rows``, document i scored by
    ``rankers[which[i]]`` (right: :func:`right_entries`, a country or region by its point's convention too)."""
    from sitrep.geo.resolve import calibration_features

    out = []
    for r, k in zip(rows, which):
        rk = rankers[k]
        for sc, d in r.cal:
            if d is None:
                continue
            z = prefer_town(rk.scores(sc.X), sc.entries, sc.X)
            b = int(np.argmax(z))
            conf = float(rk.confidence(calibration_features(sc, z, sc.focus)[None, :])[0])
            out.append((conf, bool(right_entries(sc, d)[b] > 0), float(d[b])))
    return out


def reliability(choices: list[tuple[float, bool, float]], bins: int = 10) -> dict:
    """Brier score, expected calibration error and the reliability table (per confidence bin: places, mean
    confidence, share right) of ``choices`` (from :func:`scored_choices`); 'right' as the models learn it, and
    the Brier score against the plain within-161-km label too."""
    if not choices:
        return {}
    conf = np.array([c for c, _r, _e in choices])
    right = np.array([r for _c, r, _e in choices], dtype=float)
    near = np.array([e <= 161 for _c, _r, e in choices], dtype=float)
    b = np.minimum((conf * bins).astype(int), bins - 1)
    table, ece = [], 0.0
    for k in range(bins):
        m = b == k
        if m.any():
            table.append({"bin": f"{k / bins:.1f}-{(k + 1) / bins:.1f}", "n": int(m.sum()),
                          "mean_confidence": round(float(conf[m].mean()), 3), "right": round(float(right[m].mean()), 3)})
            ece += abs(float(conf[m].mean()) - float(right[m].mean())) * int(m.sum()) / len(conf)
    pos, neg = np.sort(conf[right > 0]), conf[right == 0]
    auc = (float(np.searchsorted(pos, neg, side="right").sum() + np.searchsorted(pos, neg, side="left").sum())
           / 2 / (len(pos) * len(neg))) if len(pos) and len(neg) else None
    return {"n": len(conf), "brier": round(float(np.mean((conf - right) ** 2)), 4), "ece": round(ece, 4),
            "auc_right_above_wrong": None if auc is None else round(1.0 - auc, 4),
            "brier_within_161km": round(float(np.mean((conf - near) ** 2)), 4), "table": table}
