"""Ingest throughput: generate N synthetic articles (.txt and .jsonl, with exact and near duplicates,
page junk, header lines and repeated blocks), ingest them into a fresh SQLite store, and print
articles per second and peak memory.

    .venv/bin/python bench/ingest.py [--n 10000] [--seed 7] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from sitrep.ingest import ingest_paths  # noqa: E402
from sitrep.store import open_store  # noqa: E402

WORDS = """government forces army rebels town village city province border highway road bridge river market
school hospital clinic camp shelter people civilians soldiers fighters police officials ministry minister
president spokesman monitor group agency report reports attack attacks strike strikes shelling fire clashes
fighting offensive advance retreat control talks ceasefire deal agreement aid food water fuel power winter
refugees families children women men workers doctors journalists week month year day night morning evening
monday tuesday wednesday thursday friday saturday sunday north south east west central northern southern
eastern western new old main key large small several many few dozens hundreds thousands killed wounded
injured displaced detained arrested captured seized retook destroyed damaged hit launched fired sent moved
fled returned opened closed blocked crossed reached entered left warned denied accused blamed called urged
promised announced confirmed reported claimed estimated counted recorded described added told asked""".split()
FUNC = "the of and to in a on for with by at from was were said has have that after before as while".split()
JUNK = ["You are here", "12 users have voted.", "Add new comment", "3 + 4 =",
        "Get top stories and blog posts emailed to you each day.", "Read: another story on the same topic"]


def vocabulary(rng: random.Random) -> list[str]:
    return sorted(set(WORDS))


def sentence(rng: random.Random, vocab: list[str]) -> str:
    ws = [rng.choice(vocab) if rng.random() < 0.7 else rng.choice(FUNC) for _ in range(rng.randint(10, 22))]
    return ws[0].capitalize() + " " + " ".join(ws[1:]) + "."


def article(rng: random.Random, vocab: list[str]) -> str:
    paras = [" ".join(sentence(rng, vocab) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(4, 7))]
    if rng.random() < 0.1:  # a repeated block, as scraped pages sometimes have
        paras.append(paras[1] + " " + paras[2])
    return "\n\n".join(paras)


def near_copy(rng: random.Random, text: str, vocab: list[str]) -> str:
    words = text.split(" ")
    for _ in range(max(1, len(words) // 40)):
        words[rng.randrange(len(words))] = rng.choice(vocab)
    return " ".join(words)


def generate(folder: Path, n: int, seed: int) -> int:
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    texts: list[str] = []
    for i in range(n):
        r = rng.random()
        if texts and r < 0.05:
            t = rng.choice(texts)  # exact duplicate
        elif texts and r < 0.10:
            t = near_copy(rng, rng.choice(texts), vocab)  # wire copy with small edits
        else:
            t = article(rng, vocab)
        texts.append(t)
    jsonl = None
    for i, t in enumerate(texts):
        if i % 10 < 6:
            head = f" date 2021-{1 + i % 12:02d}-{1 + i % 28:02d} World\n\n" if i % 3 == 0 else ""
            tail = "\n\n" + "\n".join(rng.sample(JUNK, 3)) if i % 4 == 0 else ""
            (folder / f"a{i:06d}.txt").write_text(head + t + tail, encoding="utf-8")
        else:
            if jsonl is None or i % 500 == 6:
                if jsonl:
                    jsonl.close()
                jsonl = open(folder / f"b{i:06d}.jsonl", "w", encoding="utf-8")
            jsonl.write(json.dumps({"text": t, "title": f"Report {i}", "date": "2021-05-04",
                                    "url": f"https://news.example/{i}"}) + "\n")
    if jsonl:
        jsonl.close()
    return len(texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", help="write the inputs and the store here and keep them")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    inputs = work / "inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    try:
        t0 = time.perf_counter()
        n = generate(inputs, args.n, args.seed)
        t1 = time.perf_counter()
        store = open_store(str(work / "bench.db"))
        rep = ingest_paths(store, [str(inputs)])
        t2 = time.perf_counter()
        stored = store.count_articles()
        rep2 = ingest_paths(store, [str(inputs)])
        t3 = time.perf_counter()
        store.close()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"generated {n} articles in {t1 - t0:.1f} s ({inputs})")
        print(f"ingest: {n} inputs in {t2 - t1:.1f} s = {n / (t2 - t1):.0f} articles/s")
        print(f"  stored {stored} ({len(rep.stored)} new: {rep.duplicates} near-duplicates linked), "
              f"{rep.already} identical inputs not stored again, {len(rep.skipped)} skipped, {len(rep.errors)} errors")
        print(f"re-ingest of the same inputs: {len(rep2.stored)} new, {rep2.already} already, {t3 - t2:.1f} s")
        print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
