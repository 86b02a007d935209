"""Where each event of a place set is put (issue 14, places38): the place of the act, not the dateline's, a statement's or the doers' origin.

Usage:
    PYTHONPATH=src python bench/geo_events.py tests/data/geo_reports22 [--show]

The set holds ``events.tsv``: per report the places where its events happened (any of them is right) and places no
event may take (datelines far from the act, capitals where statements were made, where the doers came from). Prints
per report each event's place and its verdict: ``ok`` (within --km of a right place), ``trap`` (within --km of a
wrong one and of no right one), ``other`` (placed elsewhere), ``blank`` (no point); then the counts, and the reports
with at least one event ``ok`` and none ``trap``.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

_MARK = re.compile(r"\[\[([^|\]]*)\|(-?[\d.]+),(-?[\d.]+)\]\]")
_PLACE = re.compile(r"([^:\t]+):(-?[\d.]+),(-?[\d.]+)")


def read_expectations(d: Path) -> dict[str, tuple[list, list]]:
    out = {}
    for ln in (d / "events.tsv").read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        cols = ln.split("\t") + ["", ""]
        places = [[(n.strip(), float(a), float(b)) for n, a, b in _PLACE.findall(c)] for c in cols[1:3]]
        out[cols[0]] = (places[0], places[1])
    return out


def verdict(lat, lon, right, wrong, km: float) -> str:  # type: ignore[no-untyped-def]
    from sitrep.geo.resolve import haversine_km
    if lat is None:
        return "blank"
    if any(haversine_km(lat, lon, a, b) <= km for _, a, b in right):
        return "ok"
    return "trap" if any(haversine_km(lat, lon, a, b) <= km for _, a, b in wrong) else "other"


def main() -> None:
    from local_reports import annotate_reports

    ap = argparse.ArgumentParser()
    ap.add_argument("set")
    ap.add_argument("--km", type=float, default=30.0)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    d = Path(args.set)
    exp = read_expectations(d)
    plain = ROOT / "build" / "geo_events" / d.name
    plain.mkdir(parents=True, exist_ok=True)
    rows = []
    for rid in sorted(exp):
        (plain / f"{rid}.txt").write_text(_MARK.sub(r"\1", (d / f"{rid}.txt").read_text(encoding="utf-8")), encoding="utf-8")
        rows.append({"id": rid, "published": "2026-11-20"})
    _, analyses = annotate_reports(plain, rows)
    counts: dict[str, int] = {}
    good = 0
    for r, an in zip(rows, analyses):
        right, wrong = exp[r["id"]]
        vs = []
        for e in an.events:
            p = e.place
            v = verdict(p.lat if p else None, p.lon if p else None, right, wrong, args.km)
            vs.append(v)
            counts[v] = counts.get(v, 0) + 1
            if args.show or v in ("trap", "other"):
                print(f"{r['id']} {v:5} {e.sub_event_type} {e.trigger.text if e.trigger else ''!r}: "
                      f"{p.name if p else None} {p.country if p else ''}")
        good += "ok" in vs and "trap" not in vs
    print(" ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print(f"reports with an event at the act's place and none at a trap: {good} / {len(rows)}")


if __name__ == "__main__":
    main()
