"""Fit the learned sub-type decision (src/sitrep/events/subtype_model.py) and quote it cross-validated.

    PYTHONPATH=src python scripts/train_subtype.py [--folds 5] [--inner 4] [--seed 15] [--no-write] [--cache DIR]

Data: the CASE 2021 task 2 development half (../shared/data/case2021-dev/dev.tsv, 503 snippets, one code each)
and the team's own sentences (data/models/subtype_examples.tsv). Each snippet is run through the real annotator
with the model switched off; the features are those of its main event (bench/devsets.main_event): its
sentence's lemmas, its trigger, the rules' type and, in one feature set, the ontology cue lists its lemmas hit.
A snippet where the rules find no event still trains the model (on its whole text, rule type NONE) but scores as
"no event" (the system says nothing there).

Every choice is made by cross-validation inside the training part only (nested): the feature set
(FEATURE_SETS), the L2 strength (L2S) and the threshold (THRESHOLDS). The outer folds are by document (a snippet is a document), seeded; the own sentences are only ever
in training folds. Reported, over the outer folds: the rules alone, and rules + model with the choices the inner
folds made, as weighted F1 over the 25 ACLED codes and all 30 (bench/devsets.weighted_f1, the task's measure),
with the per-code confusion. The weights written are fitted on all the data with the choices the same inner
procedure makes over the whole development half.
Writes data/models/subtype.json (weights) and data/models/subtype.manifest.json.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

import devsets as ds  # noqa: E402

from sitrep.events.ontology import load_ontology  # noqa: E402
from sitrep.events.subtype_model import features, may_replace  # noqa: E402

OUT = ROOT / "data" / "models"
CASE_TO_CODE_EXTRA = {"NATURAL_DISASTER": "outside.natural_disaster", "MAN_MADE_DISASTER": "outside.man_made_disaster",
                      "ORG_CRIME": "outside.crime", "DIPLO": "DIPLO", "ATTRIB": "ATTRIB"}
# never below 0.5: the model was fitted on snippets, and a surer decision is what carries to full articles
THRESHOLDS = (0.5, 0.6, 0.7)
L2S = (1e-5, 1e-4, 1e-3)
# the ontology cue lists whose hits are features: what a clause names (weapons, protest readings, mob, sexual
# violence, who acts) and how it is said (denied, threatened, planned, accused)
MODEL_CUES = ("instrument_air", "instrument_shelling", "instrument_grenade", "instrument_suicide", "instrument_chemical",
              "instrument_ied", "personal_violence", "kill_lemmas", "sexual_words", "protest_words", "protest_violent",
              "protest_force", "protest_intervention", "mob_words", "industrial_words", "civilian_words", "state_words",
              "nonstate_words", "military_targets", "equipment_words", "movement_verbs", "deny_verbs", "threat_verbs",
              "plan_verbs", "negating_verbs", "accusation_verbs", "background_nouns")
FEATURE_SETS = {"words": (), "words+cues": MODEL_CUES}


def case_label_map(onto) -> dict[str, str]:  # type: ignore[no-untyped-def]
    by_name: dict[str, str] = {}
    for c, t in onto.types.items():  # the first type of a sub-type names it (sd.change_group, not sd.troop_movement)
        if t.sub_event_type and not t.outside:
            by_name.setdefault(t.sub_event_type, c)
    m = {case: by_name[name] for name, case in ds.CASE_CODES.items() if name in by_name}
    m.update(CASE_TO_CODE_EXTRA)
    return m


def code_to_case(onto) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {v: k for k, v in case_label_map(onto).items()}


def rule_code(onto, e) -> str:  # type: ignore[no-untyped-def]
    for c, t in onto.types.items():
        if (t.event_type, t.sub_event_type, t.plover) == (e.event_type, e.sub_event_type, e.plover):
            return c
    return "NONE"


def featurize(texts: list[str], onto, cache: str = ""):  # type: ignore[no-untyped-def]
    """(sentence lemmas, trigger lemma, rule code or None, the rules' CASE code) per text, through the real
    annotator with the model off."""
    import hashlib
    import pickle

    from sitrep.nlp.models import load_pipeline, pipeline_fingerprint

    stamp = "".join(str(p.stat().st_mtime) for p in sorted((ROOT / "data").glob("*.json*")))
    stamp += pipeline_fingerprint(load_pipeline())  # features made from another parse are not reused
    key = hashlib.sha1(("v2\n" + "\n".join(texts) + stamp).encode()).hexdigest()[:12]
    cpath = Path(cache) / f"subtype-raw-{key}.pkl" if cache else None
    if cpath is not None and cpath.is_file():
        return pickle.loads(cpath.read_bytes())
    out = _featurize(texts, onto)
    if cpath is not None:
        cpath.parent.mkdir(parents=True, exist_ok=True)
        cpath.write_bytes(pickle.dumps(out))
    return out


def _featurize(texts: list[str], onto):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext, annotate_doc
    from sitrep.nlp.models import load_pipeline

    nlp = load_pipeline()
    out = []
    items = [(t, DocContext(article_id=str(i))) for i, t in enumerate(texts)]
    for doc, ctx in nlp.pipe(items, as_tuples=True, batch_size=32):
        an = annotate_doc(doc, ctx)
        e = ds.main_event(an.events)
        if e is None:
            out.append(([t.lemma_.lower() for t in doc], "", None, None))
            continue
        span = doc.char_span(e.sentence.start, e.sentence.end, alignment_mode="expand")
        trig = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        out.append(([t.lemma_.lower() for t in span], trig[0].lemma_.lower() if trig else "", rule_code(onto, e),
                    ds.event_code(e)))
    return out


def feature_rows(raw: list, onto, cues) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [features(lem, trig, rc or "NONE", onto, cues) for lem, trig, rc, _ in raw]


def fit(X: np.ndarray, y: np.ndarray, n_classes: int, l2: float = 1e-3, epochs: int = 400,
        weights: "np.ndarray | None" = None) -> tuple:
    """Multinomial logistic regression with L2 on the weights (deterministic).

    Solved in the span of the training rows (W = X.T A, which holds at the optimum of an L2-penalised loss), by
    gradient descent with momentum on A: the n x n kernel makes each step cheap when features outnumber rows."""
    n = X.shape[0]
    K = X @ X.T
    Y = np.eye(n_classes)[y]
    sw = np.ones(n) if weights is None else weights
    A = np.zeros((n, n_classes))
    b = np.zeros(n_classes)
    vA = np.zeros_like(A)
    vb = np.zeros_like(b)
    step = 1.0 / (np.linalg.eigvalsh(K).max() / n + l2 + 1.0)
    for _ in range(epochs):
        Z = K @ A + b
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        G = (P - Y) * sw[:, None] / sw.sum()
        vA = 0.9 * vA - step * (G + l2 * A)
        vb = 0.9 * vb - step * G.sum(axis=0)
        A += vA
        b += vb
    return X.T @ A, b


def softmax_rows(Z: np.ndarray) -> np.ndarray:
    Z = Z - Z.max(axis=1, keepdims=True)
    P = np.exp(Z)
    return P / P.sum(axis=1, keepdims=True)


def matrix(rows: list[list[str]], vocab: dict[str, int]) -> np.ndarray:
    X = np.zeros((len(rows), len(vocab)))
    for i, fs in enumerate(rows):
        for f in fs:
            j = vocab.get(f)
            if j is not None:
                X[i, j] = 1.0
    return X


def vocabulary(rows: list[list[str]], min_count: int = 2) -> dict[str, int]:
    c = Counter(f for fs in rows for f in fs)
    keep = sorted(f for f, n in c.items() if n >= min_count or f.startswith(("r:", "t:", "q:")))
    return {f: i for i, f in enumerate(keep)}


def system_codes(probs: np.ndarray, classes: list[str], raw: list, onto, thr: float) -> list:  # type: ignore[no-untyped-def]
    """What the pipeline says per snippet (subtype_model.decide): no event where the rules find none; else the
    model's class where it is sure enough and may replace the rules' type, else the rules' code."""
    c2c = code_to_case(onto)
    out = []
    for p, (lem, _, rc, rcase) in zip(probs, raw):
        if rc is None:
            out.append(None)
            continue
        k = int(np.argmax(p))
        cls = classes[k]
        if cls != rc and p[k] >= thr and may_replace(onto, rc, cls, frozenset(lem)):
            out.append(c2c.get(cls, rcase))
        else:
            out.append(rcase)
    return out


class Data:
    """The featurized development snippets and own sentences, with labels as indices into ``classes``."""

    def __init__(self, onto, case, own, raw_case, raw_own):  # type: ignore[no-untyped-def]
        lab = case_label_map(onto)
        self.onto = onto
        self.classes = sorted(set(lab.values()) | {c for c, _ in own})
        cidx = {c: i for i, c in enumerate(self.classes)}
        self.raw = raw_case + raw_own
        self.n_case = len(raw_case)
        self.y = np.array([cidx[lab[g]] for _, _, g in case] + [cidx[c] for c, _ in own])
        self.gold = [g for _, _, g in case]
        self.own = np.arange(len(raw_case), len(self.raw))
        self.rows = {name: feature_rows(self.raw, onto, cues) for name, cues in FEATURE_SETS.items()}

    def probs(self, fset: str, train: np.ndarray, test: np.ndarray, l2: float) -> np.ndarray:
        rows = self.rows[fset]
        vocab = vocabulary([rows[i] for i in train])
        W, b = fit(matrix([rows[i] for i in train], vocab), self.y[train], len(self.classes), l2)
        return softmax_rows(matrix([rows[i] for i in test], vocab) @ W + b)

    def score(self, idx, probs, thr: float) -> float:  # type: ignore[no-untyped-def]
        pred = system_codes(probs, self.classes, [self.raw[i] for i in idx], self.onto, thr)
        return ds.weighted_f1([self.gold[i] for i in idx], pred, ds.ACLED_CODES)


def folds_of(idx: np.ndarray, k: int, seed: int) -> list[np.ndarray]:
    order = idx[np.random.default_rng(seed).permutation(len(idx))]
    return [np.sort(order[j::k]) for j in range(k)]


def select(d: Data, idx: np.ndarray, k: int, seed: int) -> dict:
    """The feature set, L2 and threshold with the best k-fold CV weighted F1 (25 codes) over ``idx``."""
    best: dict = {}
    folds = folds_of(idx, k, seed)
    for fset in FEATURE_SETS:
        for l2 in L2S:
            probs = np.zeros((len(d.raw), len(d.classes)))
            for test in folds:
                probs[test] = d.probs(fset, np.concatenate([np.setdiff1d(idx, test), d.own]), test, l2)
            for thr in THRESHOLDS:
                s = d.score(idx, probs[idx], thr)
                if not best or s > best["inner_f1"] + 1e-9:
                    best = {"features": fset, "l2": l2, "threshold": thr, "inner_f1": round(s, 4)}
    return best


def confusion(gold: list[str], pred: list) -> dict:  # type: ignore[type-arg]
    """Per gold code: support, precision, recall, F1 and what it was most often taken for."""
    out = {}
    for lab in sorted(set(gold)):
        tp = sum(1 for g, p in zip(gold, pred) if g == lab == p)
        npred = sum(1 for p in pred if p == lab)
        n = gold.count(lab)
        prec, rec = (tp / npred if npred else 0.0), tp / n
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        taken = Counter(str(p) for g, p in zip(gold, pred) if g == lab and p != lab).most_common(3)
        out[lab] = {"n": n, "p": round(prec, 3), "r": round(rec, 3), "f1": round(f1, 3), "lost_weighted": round(n * (1 - f1), 1),
                    "taken_for": dict(taken)}
    return dict(sorted(out.items(), key=lambda kv: -kv[1]["lost_weighted"]))


def nested(d: Data, folds: int, inner: int, seed: int, quiet: bool = True) -> dict:
    """Outer k-fold by document; every choice made by ``select`` on the outer training part alone."""
    pred: dict[int, object] = {}
    chosen = []
    for j, test in enumerate(folds_of(np.arange(d.n_case), folds, seed)):
        train = np.setdiff1d(np.arange(d.n_case), test)
        ch = select(d, train, inner, seed + 1 + j)
        chosen.append(ch)
        if not quiet:
            print(f"  outer fold {j + 1}/{folds}: {ch}", file=sys.stderr)
        probs = d.probs(ch["features"], np.concatenate([train, d.own]), test, ch["l2"])
        for i, p in zip(test, system_codes(probs, d.classes, [d.raw[i] for i in test], d.onto, ch["threshold"])):
            pred[int(i)] = p
    p = [pred[i] for i in range(d.n_case)]
    return {"report": ds.case_report(d.gold, p), "chosen_per_fold": chosen, "pred": p}


def load(a):  # type: ignore[no-untyped-def]
    onto = load_ontology()
    case = ds.read_case()
    own = [ln.rstrip("\n").split("\t", 1) for ln in open(OUT / "subtype_examples.tsv", encoding="utf-8")
           if ln.strip() and not ln.startswith("#")]
    print(f"featurizing {len(case)} CASE snippets and {len(own)} own sentences ...", file=sys.stderr)
    rc = featurize([t for _, t, _ in case], onto, a.cache)
    ro = featurize([t for _, t in own], onto, a.cache)
    return Data(onto, case, own, rc, ro), case, own


def cross_validate(folds: int = 5, seed: int = 15, cache: str = "", inner: int = 4) -> dict:
    """The cross-validated scores only (what bench/events.py case --cv prints); nothing is written."""
    return run(argparse.Namespace(folds=folds, inner=inner, seed=seed, no_write=True, cache=cache), quiet=True)


def main(argv=None) -> int:  # type: ignore[no-untyped-def]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--inner", type=int, default=4)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--cache", default="", help="a folder to keep the featurized snippets in (while iterating)")
    a = ap.parse_args(argv)
    res = run(a)
    return 0 if res else 1


def run(a, quiet: bool = False) -> dict:  # type: ignore[no-untyped-def]
    import os as _os

    from sitrep.events import subtype_model

    subtype_model.ENABLED = False  # features come from the rules alone
    _os.environ["SITREP_SUBTYPE_MODEL"] = "off"
    if not ds.DATA.is_dir():
        print(f"error: {ds.DATA}: shared development data not found (set SITREP_SHARED)", file=sys.stderr)
        return {}
    d, case, own = load(a)
    rules = [r[3] for r in d.raw[: d.n_case]]
    res: dict = {"rules_only": ds.case_report(d.gold, rules)}
    nest = nested(d, a.folds, a.inner, a.seed, quiet)
    res["rules_plus_model_nested_cv"] = nest["report"]
    res["chosen_per_outer_fold"] = nest["chosen_per_fold"]
    res["confusion_rules_plus_model"] = confusion(d.gold, nest["pred"])
    if not quiet:
        print(json.dumps({k: v for k, v in res.items() if k != "confusion_rules_plus_model"}, indent=2))
        for lab, c in res["confusion_rules_plus_model"].items():
            print(f"  {lab:30} n={c['n']:3d} P={c['p']:.2f} R={c['r']:.2f} F1={c['f1']:.2f} lost={c['lost_weighted']:5.1f} "
                  f"{c['taken_for']}")
    if a.no_write:
        return res
    final = select(d, np.arange(d.n_case), a.folds, a.seed)
    res["chosen_on_all"] = final
    train = np.concatenate([np.arange(d.n_case), d.own])
    rows = d.rows[final["features"]]
    vocab = vocabulary([rows[i] for i in train])
    W, b = fit(matrix([rows[i] for i in train], vocab), d.y[train], len(d.classes), final["l2"])
    feats = sorted(vocab, key=vocab.get)
    model = {"about": "sitrep learned sub-type decision (scripts/train_subtype.py); rows: features, columns: classes",
             "classes": d.classes, "threshold": final["threshold"],
             "cues": list(FEATURE_SETS[final["features"]]), "features": feats,
             "bias": [round(float(x), 4) for x in b], "weights": [[round(float(x), 4) for x in W[vocab[f]]] for f in feats]}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "subtype.json").write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    manifest = {
        "model": "data/models/subtype.json",
        "kind": "multinomial logistic regression (numpy; L2 on the weights, solved in the span of the training rows)",
        "features": "event sentence content lemmas (w:, min count 2), trigger lemma (t:), the rules' ontology code (r:), "
                    "and with the 'words+cues' set the ontology cue lists the sentence's lemmas hit (q:)",
        "data": {"case2021-dev": f"{len(case)} snippets (../shared/data/case2021-dev/dev.tsv, the development half of the "
                                 "CASE 2021 task 2 test set; evaluation-only licence: not copied). No other real corpus "
                                 "was used, so the hidden half and other corpora are unseen",
                 "own": f"{len(own)} sentences written by the team (data/models/subtype_examples.tsv)"},
        "seed": a.seed, "folds": a.folds, "inner_folds": a.inner,
        "cross_validation": "nested, by document (one snippet = one document): feature set, L2 and threshold "
                            "chosen by inner CV on each outer training part; own sentences in training folds only",
        "grid": {"features": list(FEATURE_SETS), "l2": list(L2S), "threshold": list(THRESHOLDS)},
        "scores_cross_validated": res, "trained": dt.date.today().isoformat(), "n_features": len(feats),
        "classes": d.classes,
    }
    (OUT / "subtype.manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT / 'subtype.json'} ({len(feats)} features x {len(d.classes)} classes; {final})", file=sys.stderr)
    return res


if __name__ == "__main__":
    sys.exit(main())
