"""The newsness check and the cleaner on real short texts: what is skipped, what is kept.

    PYTHONPATH=src python bench/newsness.py [--limit N]

1. The skip decision of the committed model (data/models/newsness.json) on real news (../shared/data, whole and as
   1-3 sentence briefs) and on a seeded sample of other text on this machine (scripts/newsness_corpus.py):
   precision and recall of "skip", news skipped per set, other text skipped per sort of file. These texts are the
   training texts, so the figures are in-sample; the cross-validated figures (by document) are the manifest's,
   printed next to them.
2. Short development items (at most 120 words: CASE 2021 snippets, RAMS windows, GeoWebNews and GeoVirus, MUC-4,
   TimeBank) given as a text with no title, as a JSONL line would give them: how many the cleaner keeps (at least
   3 words of text) before the guard that never empties prose, and with it.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import newsness_corpus  # noqa: E402

from sitrep.ingest import clean as clean_mod  # noqa: E402
from sitrep.ingest.newsness import model, n_words, news_score  # noqa: E402
from sitrep.ingest.textmeta import extract  # noqa: E402
from sitrep.resources import data_path  # noqa: E402

SHORT_WORDS = 120


def skip_decision(limit: int | None) -> None:
    data = newsness_corpus.items()
    if limit:
        data = data[:: max(1, len(data) // limit)]
    m = model()
    per: Counter[tuple[str, bool]] = Counter()
    tp = fp = fn = 0
    for _, label, kind, text in data:
        skip = news_score(text) < m.threshold_for(n_words(text))
        per[kind, skip] += 1
        tp += skip and label == 0
        fp += skip and label == 1
        fn += (not skip) and label == 0
    n_news = sum(1 for d in data if d[1] == 1)
    print(f"skip decision, thresholds {m.short_threshold} (short), {m.threshold}: {len(data)} texts ({n_news} news, {len(data) - n_news} other), in-sample")
    print(f"  precision {tp / (tp + fp) if tp + fp else 0:.4f}  recall {tp / (tp + fn) if tp + fn else 0:.4f}  "
          f"news skipped {fp}/{n_news}")
    for kind in sorted({k for k, _ in per}):
        n = per[kind, True] + per[kind, False]
        print(f"    {kind:20s} {per[kind, True]:5d} / {n:5d} skipped")
    man = json.loads(data_path("models/newsness.manifest.json").read_text(encoding="utf-8"))
    cv = man["cv_scores"]
    print(f"  cross-validated by document (manifest): precision {cv['skip_precision']}  recall {cv['skip_recall']}  "
          f"news skipped {cv['news_skipped']}/{cv['news_total']}")


def short_items(limit: int | None) -> None:
    kept_before: Counter[str] = Counter()
    kept_after: Counter[str] = Counter()
    total: Counter[str] = Counter()
    guard = clean_mod._unempty
    n = 0
    for _, kind, text in newsness_corpus.news_docs():
        if len(text.split()) > SHORT_WORDS:
            continue
        n += 1
        if limit and n > limit:
            break
        total[kind] += 1
        cuts = extract(text).cuts
        for counter, fn in ((kept_before, lambda raw, c: list(c)), (kept_after, guard)):
            clean_mod._unempty = fn
            try:
                out, _ = clean_mod.clean(text, cuts)
            finally:
                clean_mod._unempty = guard
            counter[kind] += len(out.split()) >= 3
    print(f"short dev items (<= {SHORT_WORDS} words, no title) kept by the cleaner: before the guard -> with it")
    for kind in sorted(total):
        print(f"    {kind:12s} {kept_before[kind]:4d} -> {kept_after[kind]:4d} of {total[kind]:4d}")
    print(f"    {'all':12s} {sum(kept_before.values()):4d} -> {sum(kept_after.values()):4d} of {sum(total.values()):4d}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="a subset of about this many texts, for a quick look")
    args = ap.parse_args()
    if not (newsness_corpus.SHARED / "data").is_dir():
        print(f"no shared data at {newsness_corpus.SHARED}; nothing to measure")
        return 1
    short_items(args.limit)
    skip_decision(args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
