"""The learned parts of toponym resolution: which gazetteer entry a name means, and how sure we are.

Two small logistic models over explicit features (weights in ``data/models/place_ranker.json``,
fitted by ``scripts/train_place_ranker.py``; its manifest gives the data, the seed and the
cross-validated-by-document scores):

- the *ranker*, a conditional logit over the entries of one name: each entry gets a score
  ``w · features(entry)`` and the entries of a name compete in a softmax;
- the *calibrator*, a logistic regression over the winner's softmax share, its margin and the
  recognition evidence, giving the probability that the chosen point lies within 161 km of the
  true one. Below the threshold chosen on development data the name stays unresolved.

The features (see :data:`FEATURES`) are what the article says: the kind of place it calls the
name, the countries and first-level units it names anywhere, the container after the name
("X, Y"), US counties it names, its unambiguous places nearby, the dateline's country (a region
hint only), and the entry's own prominence.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any, Optional

import numpy as np

from sitrep.resources import data_path

MODEL_FILE = "models/place_ranker.json"
MAX_ENTRIES = 40  # entries scored per name (the most prominent first); the rest cannot win in practice

FEATURES = (
    "exact_primary",  # the text is the entry's own name
    "exact_alternate",  # the text is one of its alternate names
    "variant",  # a close transliteration of a name (vetted spelling match in the article's region)
    "log_population",  # log10(population + 1) / 7
    "is_country",
    "is_province",  # first-level unit (state, province, governorate)
    "is_district",
    "is_region",  # continent, sea, named region
    "is_point",  # road, crossing, airbase, other spot
    "kind_fit",  # +1 the text calls it this kind of place ("X province", "the town of X"), -1 another kind
    "country_focus",  # weight of the entry's country among the countries the article is about
    "top_country",  # the entry's country is the article's main country
    "admin1_named",  # the article names the entry's state/province somewhere
    "container_fit",  # "X, Y" / "X in Y": +1 Y is the entry's country or province, -1 it is not
    "near_100km",  # exp(-d/100) to the article's nearest unambiguous place
    "near_500km",  # exp(-d/500)
    "dateline_country",  # the entry lies in the dateline city's country (a region hint)
    "population_lead",  # the most populous entry: its lead over the next, log10(pop1 / pop2) / 2 (clipped to 1)
    "log_entries",  # log(1 + entries) / 5: how ambiguous the name is
    "place_label",  # the statistical model labelled the span GPE/LOC/FAC
    "county_state",  # the article names a US county of the entry's state ("Travis County")
    "pop_ratio",  # (log10 pop - log10 max pop of the name's entries) / 7
    "country_named",  # the article names the entry's country (the entry is not the country itself)
    "country_x_big",  # is_country when the name is also a small town (a country wins over its namesakes)
)
NF = len(FEATURES)
CAL_FEATURES = ("bias", "share", "logit_margin", "log_entries", "exact", "place_label", "cue", "weak",
                "coarse", "focus", "sub_run", "state_named", "near_100km", "container_fit", "population_lead",
                "log_population", "demonym", "embedded", "region")


@dataclass
class Ranker:
    """Weights of the ranker and the calibrator, and the abstention threshold."""

    w: np.ndarray
    cw: np.ndarray
    threshold: float = 0.0
    meta: Optional[dict] = None

    def scores(self, X: np.ndarray) -> np.ndarray:
        return X @ self.w

    def confidence(self, C: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(C @ self.cw)))

    def to_json(self) -> dict:
        return {"features": list(FEATURES), "w": [round(float(x), 6) for x in self.w],
                "calibration_features": list(CAL_FEATURES), "cw": [round(float(x), 6) for x in self.cw],
                "threshold": round(float(self.threshold), 4)}

    @classmethod
    def from_json(cls, d: dict, where: str = "") -> "Ranker":
        if list(d.get("features", [])) != list(FEATURES) or list(d.get("calibration_features", [])) != list(CAL_FEATURES):
            raise ValueError(f"{where or 'place ranker'}: feature names differ from this code's; retrain with "
                             f"scripts/train_place_ranker.py")
        return cls(np.asarray(d["w"], dtype=float), np.asarray(d["cw"], dtype=float), float(d.get("threshold", 0.0)))


@functools.lru_cache(maxsize=1)
def default_ranker() -> Ranker:
    """The committed model (``data/models/place_ranker.json``)."""
    path = data_path(MODEL_FILE)
    try:
        d = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as e:
        raise RuntimeError(f"{path}: cannot read the place ranker ({e}); run scripts/train_place_ranker.py") from e
    return Ranker.from_json(d, str(path))


# --------------------------------------------------------------------------- fitting (numpy only)


def fit_conditional_logit(groups: list[tuple[np.ndarray, np.ndarray]], l2: float = 1.0, iters: int = 1500,
                          seed: int = 0) -> np.ndarray:
    """Weights maximising the softmax share of the right entries within each group (plus an L2 penalty).

    ``groups``: (X of shape (n, NF), y of shape (n,) with 1 for entries within 161 km of the gold point);
    groups without a right entry or with one entry carry no ranking information and are skipped.
    Full-batch Adam on the convex objective; deterministic for a given ``seed``.
    """
    gs = [(X, y) for X, y in groups if len(y) > 1 and y.any() and not y.all()]
    if not gs:
        return np.zeros(NF)
    m = max(len(y) for _, y in gs)
    Xp = np.zeros((len(gs), m, NF))
    mask = np.zeros((len(gs), m), dtype=bool)
    Yp = np.zeros((len(gs), m))
    for i, (X, y) in enumerate(gs):
        Xp[i, :len(y)] = X
        mask[i, :len(y)] = True
        Yp[i, :len(y)] = y
    rng = np.random.default_rng(seed)
    w = rng.normal(0, 0.01, NF)
    mo, v = np.zeros(NF), np.zeros(NF)
    lr, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, iters + 1):
        z = np.where(mask, Xp @ w, -np.inf)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        # maximise log of the total share of the right entries
        q = p * Yp
        qs = q.sum(axis=1, keepdims=True)
        r = q / np.maximum(qs, 1e-12)
        g = -((r - p)[:, :, None] * Xp).sum(axis=(0, 1)) / len(gs) + l2 * w / len(gs)
        mo = b1 * mo + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (mo / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
    return w


def fit_logistic(X: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50) -> np.ndarray:
    """Plain logistic regression by Newton's method (L2 on all but the first column, the bias)."""
    w = np.zeros(X.shape[1])
    pen = np.full(X.shape[1], l2)
    pen[0] = 1e-6
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        g = X.T @ (p - y) + pen * w
        H = (X * (p * (1 - p))[:, None]).T @ X + np.diag(pen)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def choose_threshold(conf: np.ndarray, err_km: np.ndarray, min_precision: float = 0.9) -> float:
    """The lowest confidence threshold at which at least ``min_precision`` of the places kept lie within
    161 km of the truth (the project's bar for a filled field: right most of the time, DESIGN.md section 7)."""
    order = np.argsort(-conf)
    good = np.cumsum(err_km[order] <= 161)
    n = np.arange(1, len(order) + 1)
    ok = np.nonzero(good / n >= min_precision)[0]
    ok = ok[ok >= min(20, len(order) - 1)]  # not a handful of the most confident
    if not len(ok):
        return 1.0
    return float(conf[order][ok.max()])


def cross_validate(sets: dict[str, tuple[list[dict], list[tuple]]], k: int = 5, seed: int = 13) -> dict:
    """Fit on k-1 folds of documents, for each fold; returns the fold of each article and the k models.

    ``sets``: name -> (articles with "gold" spans, parsed (doc, ctx, analysis) triples)."""
    from sitrep.geo.training import collect, fit_all

    rng = np.random.default_rng(seed)
    folds = {name: [int(x) for x in rng.integers(0, k, len(arts))] for name, (arts, _p) in sets.items()}
    rows = {name: collect(arts, parsed) for name, (arts, parsed) in sets.items()}
    rankers = []
    for f in range(k):
        train = [r for name in sets for i, r in enumerate(rows[name]) if folds[name][i] != f]
        rankers.append(fit_all(train, seed=seed))
    return {"folds": folds, "rankers": rankers, "rows": rows}


def entry_matrix(entries: list[Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(lat, lon, population) arrays of entries."""
    return (np.array([e.lat for e in entries], dtype=float), np.array([e.lon for e in entries], dtype=float),
            np.array([e.population for e in entries], dtype=float))


def haversine_np(lat: np.ndarray, lon: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Distances (km) between every point of (lat, lon) (n) and of (lat2, lon2) (m): shape (n, m)."""
    p1, p2 = np.radians(lat)[:, None], np.radians(lat2)[None, :]
    dp = p2 - p1
    dl = np.radians(lon2)[None, :] - np.radians(lon)[:, None]
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.minimum(1.0, np.sqrt(a)))
