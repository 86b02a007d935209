"""Whole-pipeline speed and memory on generated articles (issue 8).

    .venv/bin/python bench/perf.py [--sizes 1000,10000] [--workers 2]

For each size, in a fresh process: generate the reports (bench/gen.py) as JSONL, then time each stage
(ingest, analyze, link, report) into a new SQLite store, and the bare spaCy pipeline (`nlp.pipe`, all
components, same texts, same number of processes) as the floor. Prints articles/s end to end and per
stage, peak memory (max RSS of the process and of its worker processes), sitrep's overhead over raw
spaCy as a ratio measured in the same run, and the growth factor of the total time per tenfold.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def one_size(n: int, workers: int) -> dict:
    from gen import write_jsonl

    from sitrep import pipeline
    from sitrep.store import open_store

    tmp = Path(tempfile.mkdtemp(prefix=f"sitrep-perf-{n}-"))
    files = write_jsonl(n, tmp / "in")
    texts = [json.loads(line)["text"] for f in files for line in f.open(encoding="utf-8")]
    words = sum(len(t.split()) for t in texts)
    res: dict = {"n": n, "words": words, "workers": workers}

    def done(stage: str) -> None:  # progress on stderr, so a long run shows where it is
        print(f"  {n}: {stage} {res[stage + '_s']:.1f} s", file=sys.stderr, flush=True)

    st = open_store(str(tmp / "perf.db"))
    t = time.perf_counter()
    rep = pipeline.ingest(st, [str(tmp / "in")])
    res["ingest_s"] = time.perf_counter() - t
    done("ingest")
    res["stored"] = len(rep.stored)
    t = time.perf_counter()
    pipeline.analyze(st, batch_size=64, workers=workers)
    res["analyze_s"] = time.perf_counter() - t
    done("analyze")
    t = time.perf_counter()
    stories = pipeline.link(st)
    res["link_s"] = time.perf_counter() - t
    done("link")
    t = time.perf_counter()
    pipeline.write_outputs(st, tmp / "out", stories)
    res["report_s"] = time.perf_counter() - t
    done("report")
    st.close()
    res["total_s"] = res["ingest_s"] + res["analyze_s"] + res["link_s"] + res["report_s"]

    # the floor: the bare spaCy pipeline over the same texts, same number of processes
    from sitrep.nlp.models import load_pipeline

    nlp = load_pipeline()
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, n_process=workers):
        pass
    res["spacy_s"] = time.perf_counter() - t
    done("spacy")
    res["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    res["peak_rss_children_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one_size(args.one, args.workers)))
        return
    rows = []
    for n in [int(x) for x in args.sizes.split(",")]:
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--workers", str(args.workers)],
                             stdout=subprocess.PIPE, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"machine: {os.cpu_count()} cores; workers={args.workers}")
    print(f"{'articles':>9} {'words':>9} {'art/s':>7} {'ingest/s':>9} {'analyze/s':>9} {'link/s':>9} "
          f"{'report s':>8} {'spaCy art/s':>11} {'overhead':>8} {'peak MB':>8} {'workers MB':>10}")
    for r in rows:
        n = r["n"]
        print(f"{n:>9} {r['words']:>9} {n / r['total_s']:>7.1f} {n / r['ingest_s']:>9.0f} {n / r['analyze_s']:>9.1f} "
              f"{n / max(r['link_s'], 1e-9):>9.0f} {r['report_s']:>8.2f} {n / r['spacy_s']:>11.1f} "
              f"{r['total_s'] / r['spacy_s']:>7.2f}x {r['peak_rss_mb']:>8.0f} {r['peak_rss_children_mb']:>10.0f}")
    for a, b in zip(rows, rows[1:]):
        k = b["n"] / a["n"]
        print(f"growth {a['n']} -> {b['n']} (x{k:g}): total time x{b['total_s'] / a['total_s']:.1f}, "
              f"link x{b['link_s'] / max(a['link_s'], 1e-9):.1f}, ingest x{b['ingest_s'] / a['ingest_s']:.1f}")


if __name__ == "__main__":
    main()
