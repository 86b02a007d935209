"""Entry point for ``spark-submit`` (the cluster's master and settings come from spark-submit).

    spark-submit [spark options] .../sitrep/scale/submit.py INPUT... --out DIR [--partitions N] [--no-report]
"""
from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    from sitrep.scale.spark import run

    ap = argparse.ArgumentParser(prog="sitrep-scale-submit", description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--partitions", type=int, default=None)
    ap.add_argument("--no-report", action="store_true")
    a = ap.parse_args(argv)
    res = run(a.inputs, a.out, master=None, partitions=a.partitions, export=not a.no_report)
    for e in res.errors:
        print(e, file=sys.stderr)
    print(f"{res.articles} articles ({res.duplicates} near-duplicates), {res.analysed} analysed, "
          f"{res.stories} stories, {res.events} events", file=sys.stderr)
    return 1 if res.errors else 0


if __name__ == "__main__":
    sys.exit(main())
