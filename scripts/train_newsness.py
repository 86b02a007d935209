"""Train the newsness check (sitrep.ingest.newsness): logistic regression, real news vs other text.

    PYTHONPATH=src python scripts/train_newsness.py [--seed 13] [--target-short 0] [--target 0.001]

Reads the real news of ../shared/data (GeoWebNews, GeoVirus, MUC-4, RAMS, CASE 2021 dev, TimeBank, seeds)
and a seeded sample of other text on this machine (see scripts/newsness_corpus.py), each whole and as a
short variant (a news text's first sentences, a file's first lines). Writes data/models/newsness.json
(feature names, standardisation, weights, threshold) and data/models/newsness.manifest.json (data used,
seed, scores cross-validated by document).

The thresholds: a text is skipped only when its score is below the threshold of its length band, so each is
set low enough that at most ``--target-short`` of the news texts under SHORT_WORDS words (briefs, snippets:
none by default) and ``--target`` of the longer ones fall under it. Long texts are measured surely, and the
few long news texts that score lowest are mostly lists (a decree's list of names, a table of bond prices);
a threshold under all of them would let most licences and manuals through. Scores are nested-cross-validated by
document: in each of 5 outer folds the model and its threshold are chosen on the other four folds alone
(the threshold from an inner 4-fold cross-validation), then the held-out fold is scored.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import newsness_corpus  # noqa: E402

from sitrep.ingest.newsness import FEATURES, SHORT_WORDS, Z_CLIP, features, n_words  # noqa: E402

OUT = newsness_corpus.ROOT / "data" / "models"
L2 = 1.0
FOLDS = 5


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Standardise ``x`` and fit a class-balanced, L2-penalised logistic regression by Newton's method."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([np.clip((x - mean) / scale, -Z_CLIP, Z_CLIP), np.ones((len(x), 1))])
    cw = np.where(y == 1, 0.5 / max(1, y.sum()), 0.5 / max(1, (1 - y).sum())) * len(y)
    w = np.zeros(z.shape[1])
    pen = np.full(z.shape[1], l2)
    pen[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -50, 50)))
        g = z.T @ (cw * (p - y)) + pen * w
        h = (z * (cw * p * (1 - p))[:, None]).T @ z + np.diag(pen)
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, w[:-1], float(w[-1])


def predict(params: tuple[np.ndarray, np.ndarray, np.ndarray, float], x: np.ndarray) -> np.ndarray:
    mean, scale, w, b = params
    return 1.0 / (1.0 + np.exp(-np.clip(np.clip((x - mean) / scale, -Z_CLIP, Z_CLIP) @ w + b, -50, 50)))


def folds_of(groups: list[str], k: int, seed: int) -> np.ndarray:
    """A fold number per item, the same for every item of one document (seeded hash of the document)."""
    return np.array([int(hashlib.sha256(f"{seed}:{g}".encode()).hexdigest(), 16) % k for g in groups])


def threshold_for(scores_news: np.ndarray, target: float) -> float:
    """The threshold under which at most ``target`` of the news scores fall (never above 0.5)."""
    s = np.sort(scores_news)
    k = int(np.floor(target * len(s)))  # how many news texts may fall under it
    t = float(s[k]) if k < len(s) else 0.5
    return min(0.5, t)


def thresholds(scores: np.ndarray, y: np.ndarray, short: np.ndarray, target_short: float, target: float
               ) -> tuple[float, float]:
    """(threshold for short texts, threshold for longer texts) from the news scores of each band."""
    return (threshold_for(scores[(y == 1) & short], target_short), threshold_for(scores[(y == 1) & ~short], target))


def oof_scores(x: np.ndarray, y: np.ndarray, fold: np.ndarray, k: int) -> np.ndarray:
    out = np.zeros(len(y))
    for f in range(k):
        tr, te = fold != f, fold == f
        out[te] = predict(fit(x[tr], y[tr]), x[te])
    return out


def report(y: np.ndarray, skip: np.ndarray, kinds: list[str]) -> dict:
    tp = int((skip & (y == 0)).sum())
    fp = int((skip & (y == 1)).sum())
    fn = int((~skip & (y == 0)).sum())
    per_kind: dict[str, dict] = {}
    for kd in sorted(set(kinds)):
        m = np.array([k == kd for k in kinds])
        per_kind[kd] = {"n": int(m.sum()), "skipped": int((skip & m).sum())}
    return {
        "skip_precision": round(tp / (tp + fp), 4) if tp + fp else None,
        "skip_recall": round(tp / (tp + fn), 4) if tp + fn else None,
        "news_skipped": fp, "news_total": int((y == 1).sum()),
        "other_skipped": tp, "other_total": int((y == 0).sum()),
        "by_kind": per_kind,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--target-short", type=float, default=0.0,
                    help=f"largest share of the news texts under {SHORT_WORDS} words the short threshold may skip")
    ap.add_argument("--target", type=float, default=0.001,
                    help="largest share of the longer news texts the other threshold may skip")
    args = ap.parse_args()
    data = newsness_corpus.items(seed=args.seed)
    groups = [d[0] for d in data]
    y = np.array([d[1] for d in data], dtype=float)
    kinds = [d[2] for d in data]
    x = np.array([features(d[3]) for d in data])
    short = np.array([n_words(d[3]) < SHORT_WORDS for d in data])
    fold = folds_of(groups, FOLDS, args.seed)
    # nested cross-validation: the held-out fold never chooses the model or the threshold
    skip = np.zeros(len(y), dtype=bool)
    oof = np.zeros(len(y))
    for f in range(FOLDS):
        tr, te = fold != f, fold == f
        inner = oof_scores(x[tr], y[tr], folds_of([g for g, t in zip(groups, tr) if t], FOLDS - 1, args.seed + 1),
                           FOLDS - 1)
        t_short, t_long = thresholds(inner, y[tr], short[tr], args.target_short, args.target)
        oof[te] = predict(fit(x[tr], y[tr]), x[te])
        skip[te] = oof[te] < np.where(short[te], t_short, t_long)
    cv = report(y, skip, kinds)
    # the final model: fitted on everything, its threshold from a plain cross-validation of everything
    params = fit(x, y)
    t_short, thr = thresholds(oof_scores(x, y, fold, FOLDS), y, short, args.target_short, args.target)
    mean, scale, w, b = params
    OUT.mkdir(parents=True, exist_ok=True)
    model = {
        "features": list(FEATURES), "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale], "weights": [round(float(v), 6) for v in w],
        "bias": round(b, 6), "short_threshold": round(t_short, 4), "threshold": round(thr, 4),
    }
    (OUT / "newsness.json").write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    news_sets = Counter(k for k, lab in zip(kinds, y) if lab == 1)
    other_sets = Counter(k for k, lab in zip(kinds, y) if lab == 0)
    manifest = {
        "model": "data/models/newsness.json",
        "what": "logistic regression (L2 %.1f, class-balanced, standardised features) news vs other text; a text "
                "scoring under the threshold is skipped as not news" % L2,
        "trained": dt.date.today().isoformat(),
        "script": "scripts/train_newsness.py --seed %d --target-short %g --target %g"
                  % (args.seed, args.target_short, args.target),
        "seed": args.seed,
        "data": {
            "news": "../shared/data: geowebnews (GWN.xml, GeoVirus.xml), muc4 (dev, tst1, tst2), rams (dev), "
                    "case2021-dev, timebank, ../shared/seeds; ':brief' = the first 1-3 sentences of a document",
            "other": "a seeded sample of files on the training machine (scripts/newsness_corpus.py OTHER): licences, "
                     "READMEs, changelogs, Python and other source, CSV/TSV tables, JSON, configuration, man pages, "
                     "logs, HTML documentation; ':head' = a file's first 150-900 characters",
            "news_texts": dict(sorted(news_sets.items())), "other_texts": dict(sorted(other_sets.items())),
            "documents": len(set(groups)),
        },
        "short_words": SHORT_WORDS, "short_threshold": round(t_short, 4), "threshold": round(thr, 4),
        "target_news_skip_share": {"short": args.target_short, "longer": args.target},
        "cross_validation": "nested, %d folds by document (a document's variants share a fold); the threshold "
                            "of each outer fold chosen by an inner %d-fold cross-validation of its training part"
                            % (FOLDS, FOLDS - 1),
        "cv_scores": cv,
        "weights": {n: round(float(v), 3) for n, v in zip(FEATURES, w)},
    }
    (OUT / "newsness.manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"{len(y)} texts ({int(y.sum())} news, {int((1 - y).sum())} other) from {len(set(groups))} documents")
    print(f"thresholds {t_short:.4f} (under {SHORT_WORDS} words), {thr:.4f}; nested CV by document: "
          f"skip precision {cv['skip_precision']}, "
          f"recall {cv['skip_recall']}; news skipped {cv['news_skipped']}/{cv['news_total']}")
    for kd, v in cv["by_kind"].items():
        print(f"  {kd:22s} {v['skipped']:5d} / {v['n']:5d} skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
