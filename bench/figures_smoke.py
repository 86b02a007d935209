"""Run figure extraction over the TimeBank news texts (../shared/data/timebank): no crash, exact spans,
ordered bounds; print counts by `what`, a sample, and the time spent in extract_figures vs spaCy.

Usage: PYTHONPATH=src python bench/figures_smoke.py [N_DOCS]
"""
from __future__ import annotations

import collections
import random
import re
import sys
import time
from pathlib import Path

from sitrep.model import Analysis
from sitrep.nlp.annotate import DocContext
from sitrep.nlp.figures import extract_figures
from sitrep.nlp.models import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "timebank"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    folder = DATA if DATA.is_dir() else Path("/work/shared/data/timebank")
    files = sorted(folder.glob("*.tml"))[:n]
    texts = [re.sub(r"<[^>]+>", "", f.read_text(encoding="utf-8")) for f in files]
    nlp = load_pipeline()
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    t_spacy = time.perf_counter() - t0
    t0 = time.perf_counter()
    counts: collections.Counter[str] = collections.Counter()
    sample = []
    for i, doc in enumerate(docs):
        figs = extract_figures(doc, DocContext(f"d{i}"), Analysis(f"d{i}"))
        for f in figs:
            assert doc.text[f.span.start : f.span.end] == f.span.text
            assert f.low is None or f.high is None or f.low <= f.high
            counts[f.what] += 1
            sample.append((f.span.text, f.what, f.who, f.low, f.high))
    t_fig = time.perf_counter() - t0
    words = sum(len(t.split()) for t in texts)
    print(f"{len(docs)} docs, {words} words: spaCy {t_spacy:.2f}s, extract_figures {t_fig:.2f}s ({t_fig / t_spacy:.1%} of spaCy)")
    print(f"{sum(counts.values())} figures; by what: {counts.most_common(25)}")
    random.Random(0).shuffle(sample)
    for row in sample[:40]:
        print("  ", row)


if __name__ == "__main__":
    main()
