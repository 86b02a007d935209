"""Cost of the actor and attribution layers relative to the bare spaCy parse.

Usage: PYTHONPATH=src python bench/actors_speed.py [FILES...] [--repeat N]
(defaults: the seed reports in ../shared/seeds, each parsed N=5 times)
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sitrep.model import Analysis
from sitrep.nlp.actor_lexicon import get_resolver
from sitrep.nlp.actors import extract_entities
from sitrep.nlp.annotate import DocContext
from sitrep.nlp.attribution import extract_attributions
from sitrep.nlp.models import load_pipeline


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    files = [Path(f) for f in args.files] or sorted((Path(__file__).resolve().parents[2] / "shared" / "seeds").glob("*.txt"))
    if not files:
        print("no input files", file=sys.stderr)
        return 1
    texts = [f.read_text(encoding="utf-8") for f in files] * args.repeat
    nlp = load_pipeline()
    t0 = time.perf_counter()
    get_resolver()
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    t_spacy = time.perf_counter() - t0
    t_ent = t_att = 0.0
    n_ent = n_att = 0
    for k, doc in enumerate(docs):
        ctx = DocContext(article_id=str(k))
        an = Analysis(str(k))
        t0 = time.perf_counter()
        an.entities = extract_entities(doc, ctx, an)
        t1 = time.perf_counter()
        an.attributions = extract_attributions(doc, ctx, an)
        t2 = time.perf_counter()
        t_ent += t1 - t0
        t_att += t2 - t1
        n_ent += len(an.entities)
        n_att += len(an.attributions)
    words = sum(len(t.split()) for t in texts)
    print(f"docs={len(texts)} words={words} dictionary_load_s={t_load:.2f}")
    print(f"spacy_s={t_spacy:.2f} ({words / t_spacy:.0f} words/s)")
    print(f"entities_s={t_ent:.2f} mentions={n_ent} ratio_to_spacy={t_ent / t_spacy:.2f}")
    print(f"attributions_s={t_att:.2f} attributions={n_att} ratio_to_spacy={t_att / t_spacy:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
