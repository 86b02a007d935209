"""Per-article analysis speed on real news texts against the bare spaCy pipeline, measured in one run.

    PYTHONPATH=src .venv/bin/python bench/speed_real.py [--limit 200] [--repeat 2]

Reads GeoWebNews articles (``../shared/data/geowebnews/GWN.xml``; evaluation-only data, never copied here),
warms both up on a few texts, then times, alternating in the same process: (a) the bare pipeline,
``nlp.pipe`` with every spaCy component, and (b) sitrep's per-article analysis (the same ``nlp.pipe`` plus every
annotator: entities and actors, times, places, attributions, figures, events). Prints words/s of each and the
ratio (b)/(a), the figure DESIGN.md §7 bounds at 1.5x. Each timing is the best of ``--repeat`` rounds, so a
burst of load from another process on the machine counts against neither side; the gazetteer forgets its
remembered lookups before each round, so a second round does not time answers kept from the first.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from geo import load_gwn  # noqa: E402


def main(argv=None) -> int:  # type: ignore[no-untyped-def]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    root = Path(__file__).resolve().parent.parent
    ap.add_argument("--data", default=str(root.parent / "shared" / "data" / "geowebnews" / "GWN.xml"))
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--cpu", action="store_true",
                    help="time CPU seconds of the process (time.process_time) instead of wall clock: on a machine "
                         "shared with other jobs, waiting for a core then counts against neither side")
    a = ap.parse_args(argv)
    path = Path(a.data)
    if not path.is_file():
        print(f"error: {path}: GeoWebNews not found (it lives in ../shared/data)", file=sys.stderr)
        return 1
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.nlp.annotate import Annotator, DocContext, annotate_doc

    texts = [x["text"] for x in load_gwn(path)][: a.limit]
    words = sum(len(t.split()) for t in texts)
    ann = Annotator()
    nlp = ann.nlp
    for doc in nlp.pipe(texts[:5]):  # warm up: model, gazetteer, lexicons
        annotate_doc(doc, DocContext(article_id="w"))
    clock = time.process_time if a.cpu else time.perf_counter
    bare, full = [], []
    for _ in range(a.repeat):
        t0 = clock()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        bare.append(clock() - t0)
        get_gazetteer().forget_lookups()  # each round looks names up as a fresh process would
        t0 = clock()
        for i, _an in enumerate(ann.annotate_many((t, DocContext(article_id=str(i))) for i, t in enumerate(texts))):
            pass
        full.append(clock() - t0)
    b, f = min(bare), min(full)
    print(f"{len(texts)} GeoWebNews articles, {words:,} words, best of {a.repeat}, {'CPU' if a.cpu else 'wall'} seconds")
    print(f"bare spaCy      {b:7.1f} s  {words / b:8,.0f} words/s")
    print(f"sitrep analysis {f:7.1f} s  {words / f:8,.0f} words/s")
    print(f"ratio           {f / b:7.2f}x  (budget 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
