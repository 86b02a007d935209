"""Places of local reports read without their datelines (a local paper's web page has none; issue 14, places24).

Usage:
    PYTHONPATH=src python bench/geo_undated.py [--out build/undated] tests/data/geo_reports3 tests/data/geo_reports7 ...

Writes each marked-up set with its opening dateline ("PERTH —", "LONDON, Ont. —") cut to ``OUT/<set>/`` (score
the copies' toponyms with ``bench/geo.py --own OUT/<set> --only GeoReports``), and prints every event whose place
lies more than 500 km from all the gold places of its report, with the count of such events and reports. The
copies are a stress test of the rules tuned on them (places24), never a held-out figure.
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
_DATELINE = re.compile(r"^\[\[[^\]]*\]\](?:, (?:\[\[[^\]]*\]\]|[A-Z][a-z]+\.?))? (?:—|--|-) ")


def undated_copy(src: Path, out: Path) -> list[dict]:
    """The set's texts with their datelines cut, written to ``out``; rows for ``annotate_reports``."""
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for f in sorted(src.glob("*.txt")):
        text = _DATELINE.sub("", f.read_text(encoding="utf-8"), count=1)
        (out / f.name).write_text(text, encoding="utf-8")
        rows.append({"id": f.stem, "published": "2026-11-20",
                     "gold": [(float(a), float(b)) for _, a, b in _MARK.findall(text)]})
    return rows


def main() -> None:
    from local_reports import annotate_reports
    from sitrep.geo.resolve import haversine_km

    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--out", default=str(ROOT / "build" / "undated"))
    args = ap.parse_args()
    n_ev = n_far = n_rep = far_reps = 0
    for s in args.sets:
        out = Path(args.out) / Path(s).name
        rows = undated_copy(Path(s), out)
        plain = out / "plain"
        plain.mkdir(exist_ok=True)
        for r in rows:
            (plain / f"{r['id']}.txt").write_text(_MARK.sub(r"\1", (out / f"{r['id']}.txt").read_text()))
        _, analyses = annotate_reports(plain, rows)
        for r, an in zip(rows, analyses):
            n_rep += 1
            far = [e for e in an.events if e.place is not None and e.place.lat is not None and r["gold"]
                   and min(haversine_km(e.place.lat, e.place.lon, a, b) for a, b in r["gold"]) > 500]
            n_ev += len(an.events)
            n_far += len(far)
            far_reps += bool(far)
            for e in far:
                print(f"{Path(s).name} {r['id']} {e.sub_event_type} {e.trigger.text if e.trigger else ''!r}: "
                      f"{e.place.name} {e.place.country}")
    print(f"events {n_ev}, placed > 500 km from every gold place {n_far}; reports {n_rep}, with such an event {far_reps}")


if __name__ == "__main__":
    main()
