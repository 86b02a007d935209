"""The learned parts of toponym resolution: which gazetteer entry a name means, and how sure we are.

Two small logistic models over explicit features (weights in ``data/models/place_ranker.json``,
fitted by ``scripts/train_place_ranker.py``; its manifest gives the data, the seed and the
cross-validated-by-document scores):

- the *ranker*, a conditional logit over the entries of one name: each entry gets a score
  ``w · features(entry)`` and the entries of a name compete in a softmax;
- the *calibrator*, a logistic regression over the winner's softmax share, its margin, the
  recognition evidence and a few of the winner's own features, giving the probability that the
  chosen entry is the place meant (its point within 161 km of the true one; a country, sea or
  region counts by its own point, see ``training.right_entries``). It is fitted on the ranker's
  choices in documents that ranker did not see, so that it is not overconfident.
- the *threshold*: below it the name stays unresolved (kept, no coordinates). It is the lowest
  confidence at which at most 2.5 % of the places kept out of fold lie more than 500 km from the
  truth, in each annotated set (a place given is rarely in the wrong region: blank beats wrong).

The features (see :data:`FEATURES`) are what the article says: the kind of place it calls the
name, the countries and first-level units it names anywhere, those named in the name's own sentence
or clause, the container after the name ("X, Y"), US counties it names, its unambiguous places nearby, the states its other names lie in,
the dateline's country (a region hint only), and the entry's own prominence.
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
    "admin1_support",  # share of the article's other names with an entry in the entry's state/province (admin1_votes)
    "pop_outside_focus",  # log_population for an entry outside the countries the article is about (0 inside)
    # local context, distinct from the article-wide counts above: the sentence or clause of the name (split at
    # . ! ? ; and line breaks; where it names none, the one before) names the entry's country / its state or
    # province by its own name ("Santiago ... Chile" in a story that names Brazil more often); a big city's name is
    # no state named ("Boston" beside "New York" is not Boston, NY) unless the text marks it so ("New York state")
    "local_country",
    "local_admin1",
    # the entry lies in a country the article gives no weight at all (no country, place, dateline or phrase of the
    # text points to it), where the article points to some: unlike pop_outside_focus it weighs an entry of no
    # recorded population too (a first-level unit of another country: "Portland", Jamaica's parish, in a report
    # whose only pointer is a US police phrase)
    "outside_focus",
)
NF = len(FEATURES)
KIND_FIT = FEATURES.index("kind_fit")
CAL_FEATURES = ("bias", "share", "logit_margin", "log_entries", "exact", "place_label", "cue", "weak",
                "coarse", "focus", "sub_run", "state_named", "near_100km", "container_fit", "population_lead",
                "log_population", "demonym", "embedded", "region",
                # the chosen entry's ranker features: a country, the kind the text calls it, the article's main
                # country, near its other places, the name's most populous entry, its country named in the text
                "is_country", "kind_fit", "top_country", "near_500km", "pop_ratio", "country_named",
                # ... and its country or state named in the name's own sentence
                "local_country", "local_admin1")
CAL_FROM_RANKER = [FEATURES.index(f) for f in CAL_FEATURES[19:]]


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


def admin1_votes(names: list[tuple[str, list[Any]]]) -> dict[Any, dict[tuple[str, str], float]]:
    """Per distinct name of an article, the first-level units (country, admin1) its entries lie in, each
    with weight 1 / the number of units: a name found in one state only votes for it fully, a name found
    in twenty states barely votes at all. Key None holds the sum over all names."""
    out: dict[Any, dict[tuple[str, str], float]] = {}
    total: dict[tuple[str, str], float] = {}
    for name, entries in names:
        if name in out:
            continue
        units = {(e.country, e.admin1) for e in entries if e.country and e.admin1 and e.admin1 != "00"}
        out[name] = {u: 1.0 / len(units) for u in units}
        for u, v in out[name].items():
            total[u] = total.get(u, 0.0) + v
    out[None] = total
    return out


def admin1_support(votes: dict[Any, dict[tuple[str, str], float]], own: str, entries: list[Any]) -> np.ndarray:
    """For each entry, the votes of the article's other names for its state or province, over the number of
    those names (co-mentioned places: a town in a story that names three other towns of one state)."""
    total, mine = votes.get(None, {}), votes.get(own, {})
    n = len(votes) - 1 - (own in votes)
    if n <= 0:
        return np.zeros(len(entries))
    return np.array([total.get(u, 0.0) - mine.get(u, 0.0) for u in ((e.country, e.admin1) for e in entries)]) / n


TIE_KM = 25.0  # a province and a town of one name this close are one spot: the text decides, else the town
TIE_MARGIN = 1.0  # a near tie on the ranker's scale (its weights cannot tell two right entries apart)


def prefer_town(z: np.ndarray, entries: list[Any], X: np.ndarray) -> np.ndarray:
    """Scores ``z`` with a town put first where the ranker's winner is a province or district of the same name
    (the town's own name, not an alias) lying within TIE_KM of it, scored within TIE_MARGIN, that the text does not call a province (kind_fit <= 0).

    Training cannot learn this choice: both entries lie within 161 km of any gold point, so both are right
    ("Leicester" the city and the unitary authority, 1 km apart). The town is the more precise answer, and a
    building named after it ("Leicester General Hospital") is placed only at a town."""
    b = int(np.argmax(z))
    e = entries[b]
    if e.fcode not in ("ADM1", "ADM2", "ADM3") or X[b, KIND_FIT] > 0:
        return z
    lat, lon, _ = entry_matrix(entries)
    near = haversine_np(np.array([e.lat]), np.array([e.lon]), lat, lon)[0] <= TIE_KM
    # the same name only: "Oklahoma" the state is not "Oklahoma City", its capital 11 km from the state's point
    towns = [i for i, x in enumerate(entries) if x.fclass == "P" and near[i] and z[i] >= z[b] - TIE_MARGIN
             and x.name.casefold() == e.name.casefold()]
    if not towns:
        return z
    t = max(towns, key=lambda i: z[i])
    z = z.copy()
    z[t] = z[b] + 1e-6
    return z


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


NONNEG = tuple(FEATURES.index(f) for f in ("local_country", "local_admin1"))  # evidence for, never against


def fit_conditional_logit(groups: list[tuple[np.ndarray, np.ndarray]], l2: float = 1.0, iters: int = 1500,
                          seed: int = 0, nonneg: tuple[int, ...] = NONNEG) -> np.ndarray:
    """Weights maximising the softmax share of the right entries within each group (plus an L2 penalty).

    ``groups``: (X of shape (n, NF), y of shape (n,) with 1 for entries within 161 km of the gold point);
    groups without a right entry or with one entry carry no ranking information and are skipped.
    Full-batch Adam on the convex objective; deterministic for a given ``seed``. The weights of ``nonneg`` are
    kept at zero or above (projected after each step): a country or state named beside a name supports its
    entries there. The annotated sets hold few names whose sentence and article disagree, and the correlated
    article-wide features would otherwise push these weights below zero.
    """
    gs = [(X, y) for X, y in groups if len(y) > 1 and y.any() and not y.all()]
    if not gs:
        return np.zeros(NF)
    # the groups laid end to end (a segment each): the cost is the number of entries, not groups x longest group
    Xf = np.concatenate([X for X, _ in gs])
    Yf = np.concatenate([y for _, y in gs]).astype(float)
    sizes = np.array([len(y) for _, y in gs])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    gid = np.repeat(np.arange(len(gs)), sizes)
    nf = Xf.shape[1]
    rng = np.random.default_rng(seed)
    w = rng.normal(0, 0.01, nf)
    mo, v = np.zeros(nf), np.zeros(nf)
    lr, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, iters + 1):
        z = Xf @ w
        z -= np.maximum.reduceat(z, starts)[gid]
        p = np.exp(z)
        p /= np.add.reduceat(p, starts)[gid]
        # maximise log of the total share of the right entries
        q = p * Yf
        r = q / np.maximum(np.add.reduceat(q, starts), 1e-12)[gid]
        g = -((r - p) @ Xf) / len(gs) + l2 * w / len(gs)
        mo = b1 * mo + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (mo / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
        if nonneg and nf == NF:
            w[list(nonneg)] = np.maximum(w[list(nonneg)], 0.0)
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


def choose_threshold(conf: np.ndarray, err_km: np.ndarray, min_precision: float = 0.0,
                     max_wrong_far: float = 1.0, min_kept: int = 20) -> float:
    """The lowest confidence threshold at which the places kept are right often enough: at least
    ``min_precision`` of them within 161 km of the truth and at most ``max_wrong_far`` of them more than 500 km
    away (the issue's bar: a place given is rarely in the wrong region; blank beats wrong, DESIGN.md section 7)."""
    order = np.argsort(-conf)
    n = np.arange(1, len(order) + 1)
    good = np.cumsum(err_km[order] <= 161) / n
    far = np.cumsum(err_km[order] > 500) / n
    ok = np.nonzero((good >= min_precision) & (far <= max_wrong_far))[0]
    ok = ok[ok >= min(min_kept, len(order) - 1)]  # not a handful of the most confident
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
    for name, rs in rows.items():
        for r in rs:
            r.corpus = name
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
