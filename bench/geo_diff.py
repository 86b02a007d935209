"""Which answers changed between two runs of ``bench/geo.py --dump``: per gold toponym and per place on none.

Usage (from the repository root):

    PYTHONPATH=src python bench/geo.py --cv 0 --cache build/cache --dump before.jsonl   # on the base
    PYTHONPATH=src python bench/geo.py --cv 0 --cache build/cache --dump after.jsonl    # on the branch
    python bench/geo_diff.py before.jsonl after.jsonl [--set GeoWebNews] [--far] [--limit N]

A gold toponym's answer falls in one class: ``right`` (within 161 km), ``near`` (161-500 km), ``far`` (more than
500 km: the wrong-far figure's numerator), ``blank`` (recognised, no coordinates) or ``missed`` (not recognised).
The report counts the moves between classes per set, then lists every gold toponym whose answer changed (its class,
or the entry given it), with the text around it, and the places on no gold toponym that appeared or went.
``--far``: only the changes into or out of ``far``. Compare runs of the same kind (``--cv 0`` with ``--cv 0``;
a CV run refits its models, which moves answers too).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Optional


def load(path: str) -> dict[tuple, dict]:
    """Records keyed by (set, document, gold span) for gold toponyms, (set, document, None, place span) for others."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            key = (r["set"], r["doc"], tuple(r["gold"])) if r.get("gold") else \
                (r["set"], r["doc"], None, tuple(r["place"]["span"]))
            out[key] = r
    return out


def klass(r: Optional[dict]) -> str:
    """right, near, far, blank or missed (a gold record); 'none' for no record."""
    if r is None:
        return "none"
    if "place" not in r:
        return "missed"
    if r["err"] is None:
        return "blank"
    return "right" if r["err"] <= 161 else "near" if r["err"] <= 500 else "far"


def describe(r: Optional[dict]) -> str:
    if r is None or "place" not in r:
        return "-"
    p = r["place"]
    where = f"{p['name']} {p['country'] or ''} {p['precision']}".strip()
    err = "" if r.get("err") is None else f" {r['err']:.0f} km"
    return f"[{p['said']}] {where} c={p['conf']}{err}" + (" (blank)" if p["lat"] is None else "")


def compare(a: dict[tuple, dict], b: dict[tuple, dict], only: str = "", far: bool = False) -> tuple[Counter, list]:
    """Moves between classes (set, before, after) -> count, and the changed records (key, before, after)."""
    moves: Counter = Counter()
    changed = []
    for key in sorted(set(a) | set(b), key=lambda k: (k[0], k[1], k[2] or (), k[3:] or ())):
        if only and key[0] != only:
            continue
        ra, rb = a.get(key), b.get(key)
        if key[2] is None:  # a place on no gold toponym
            ka, kb = ("extra" if ra else "none"), ("extra" if rb else "none")
            same = ra is not None and rb is not None and ra["place"]["gid"] == rb["place"]["gid"]
        else:
            ka, kb = klass(ra), klass(rb)
            pa, pb = (ra or {}).get("place"), (rb or {}).get("place")
            same = ka == kb and (pa or {}).get("gid") == (pb or {}).get("gid") \
                and (pa or {}).get("span") == (pb or {}).get("span")
        if same:
            continue
        moves[(key[0], ka, kb)] += 1
        if far and "far" not in (ka, kb):
            continue
        changed.append((key, ra, rb))
    return moves, changed


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--set", default="", help="GeoWebNews or GeoVirus (default both)")
    ap.add_argument("--far", action="store_true", help="list only the changes into or out of 'far'")
    ap.add_argument("--limit", type=int, default=0, help="changes to list (0: all)")
    args = ap.parse_args(argv)
    a, b = load(args.before), load(args.after)
    moves, changed = compare(a, b, args.set, args.far)
    print("moves between classes (set: before -> after):")
    for (s, ka, kb), n in sorted(moves.items()):
        print(f"  {s:10} {ka:>6} -> {kb:6} {n:5}")
    for sname in sorted({k[0] for k in a} | {k[0] for k in b}):
        if args.set and sname != args.set:
            continue
        for label, recs in (("before", a), ("after", b)):
            ks = Counter(klass(r) for k, r in recs.items() if k[0] == sname and k[2] is not None)
            given = ks["right"] + ks["near"] + ks["far"]
            print(f"  {sname} {label}: " + ", ".join(f"{k} {ks[k]}" for k in ("right", "near", "far", "blank", "missed"))
                  + f"; wrong-far {ks['far'] / max(1, given):.4f}"
                  + f"; extra places {sum(1 for k in recs if k[0] == sname and k[2] is None)}")
    shown = changed[: args.limit] if args.limit else changed
    print(f"\n{len(changed)} changed answers" + (f" ({len(shown)} shown)" if len(shown) < len(changed) else "") + ":")
    for key, ra, rb in shown:
        r = ra or rb
        what = "gold" if key[2] is not None else "extra"
        kind = f"{klass(ra) if what == 'gold' else ('extra' if ra else 'none')} -> " \
               f"{klass(rb) if what == 'gold' else ('extra' if rb else 'none')}"
        print(f"  {key[0]}:{key[1]} {what} '{r['text']}' {kind}: {describe(ra)}  =>  {describe(rb)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
