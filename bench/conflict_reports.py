"""ACLED-style events on short conflict wire reports written for this project (issue 16, event types).

Usage:
    python bench/conflict_reports.py [--dir tests/data/conflict_reports] [--errors] [--json] [--ids c01,c02]
                                     [--all-modalities] [--date-slack N]

The reports under ``tests/data/conflict_reports/`` (``cNN.txt``) were written by this project's sessions in the
style of international wire copy on armed conflict (Sahel, Nigeria, Somalia, Afghanistan/Pakistan, Myanmar,
Ukraine/Russia, DR Congo, Sudan, Yemen, Colombia, Mexico, India); people and incidents are made up, places and
armed groups are real and named as public knowledge. ``reports.jsonl`` gives each report's publication date,
``gold.jsonl`` its ACLED events in the gold format of ``bench/events.py`` (one event per line, plus ``report``).
The gold was written before sitrep was run on the reports; the first figures are in bench/README.md.

Each report goes through ingest (``build_article``: dateline, cleaning) and the per-article annotators with the
report's date. Its events other than PLOVER-only ``Political`` ones (so events outside ACLED count as predicted)
are collapsed like any list of mentions and matched to the report's gold events with ``bench/events.py``'s
``match`` (same coarse type, overlapping dates, within the gold radius). By default only events that happened
are scored on both sides (``--only-asserted`` of ``bench/events.py``; ``--all-modalities`` keeps every one).
Summed over the reports: recall, precision, F1, and over matched pairs the fields of ``bench/events.py``
(sub-type, exact dates, location within 5 km, fatalities inside the gold range, actor1) plus ``actor2`` (the
same name test). ``--date-slack N`` pairs events whose dates are up to N days apart (default 0), so that a wrong
date is counted as one in ``date_exact`` rather than as a miss and an extra; ``date_reported`` is the share of matched
pairs dated only by their report (precision "reported", the blank of a date) and ``date_wrong`` the share with a
date of their own that is not the gold's. ``false_per_report`` is the number of predicted events that match no gold
event, per report, and ``reports_with_false`` the share of reports with at least one (a report whose gold has no
event counts every predicted event as false; see ``tests/data/quiet_reports``). ``--no-collapse`` scores the events
as sitrep gives them (the collapse folds two events of one sub-type, day and place, such as a rally and its
counter-rally in one city, into one).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import events as evb  # noqa: E402


def _pred(an, collapse: bool = True) -> list:  # type: ignore[no-untyped-def]
    from sitrep.model import to_dict

    out = []
    for k, e in enumerate(an.events):
        if e.event_type == "Political":
            continue
        d = to_dict(e)
        out.append(evb.to_ev(d, k))
    return evb.collapse(out) if collapse else out


def run(args) -> dict:  # type: ignore[no-untyped-def]
    from local_reports import annotate_reports

    d = Path(args.dir)
    meta = [json.loads(ln) for ln in (d / "reports.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    gold_all = [json.loads(ln) for ln in (d / "gold.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    if args.ids:
        keep = set(args.ids.split(","))
        meta = [m for m in meta if m["id"] in keep]
    _, analyses = annotate_reports(d, meta)
    only = not args.all_modalities
    n_gold = n_pred = 0
    n_false: list = []  # per report: predicted events that match no gold event
    pairs_all: list = []
    rows = []
    for m, an in zip(meta, analyses):
        gold = [evb.to_ev(g, k) for k, g in enumerate(gold_all) if g["report"] == m["id"]]
        pred = _pred(an, not args.no_collapse)
        if only:
            gold = [g for g in gold if g.modality not in evb.NOT_HAPPENED]
            pred = [p for p in pred if p.modality not in evb.NOT_HAPPENED]
        pairs = evb.match(pred, gold, slack=args.date_slack)
        n_gold += len(gold)
        n_pred += len(pred)
        pairs_all.extend(pairs)
        n_false.append(len(pred) - len(pairs))
        matched_p = {id(p) for p, _ in pairs}
        matched_g = {id(g) for _, g in pairs}
        errs = []
        for p, g in pairs:
            if g.sub_event_type and p.sub_event_type != g.sub_event_type:
                errs.append(f"{g.id} sub-type {p.sub_event_type} (gold {g.sub_event_type})")
            if g.actor1 and not evb.actor_match(p.actor1, g.actor1):
                errs.append(f"{g.id} actor1 {p.actor1[-1:] or None} (gold {g.actor1[0]})")
            a2 = g.raw.get("actor2")
            if a2 and not evb.actor_match(evb._actor_keys(p.raw.get("actor2")), evb._actor_keys(a2)):
                errs.append(f"{g.id} actor2 {evb._actor_keys(p.raw.get('actor2'))[-1:] or None} (gold {evb._actor_keys(a2)[0]})")
            if evb.fatalities_ok(p, g) is False:
                errs.append(f"{g.id} deaths {p.fat_best if p.fat_best is not None else p.fat_low} "
                            f"(gold {g.fat_low}-{g.fat_high})")
            if (p.start, p.end) != (g.start, g.end):
                errs.append(f"{g.id} dates {p.start}..{p.end} {p.raw.get('date_precision')} (gold {g.start}..{g.end})")
            dk = evb.km(p, g)
            if g.lat is not None and (dk is None or dk > 5):
                errs.append(f"{g.id} place {(p.raw.get('place') or {}).get('name')} {dk and round(dk)} km")
        for g in gold:
            if id(g) not in matched_g:
                errs.append(f"{g.id} MISSED {g.sub_event_type} {g.start}")
        for p in pred:
            if id(p) not in matched_p:
                pl = (p.raw.get("place") or {}).get("name")
                errs.append(f"EXTRA {p.event_type}/{p.sub_event_type} {p.start} {pl} "
                            f"'{(p.raw.get('trigger') or {}).get('text')}' {p.modality}")
        rows.append({"id": m["id"], "errors": errs,
                     "events": [{"type": p.sub_event_type or p.event_type, "date": str(p.start), "mod": p.modality,
                                 "trigger": (p.raw.get("trigger") or {}).get("text"),
                                 "place": (p.raw.get("place") or {}).get("name"),
                                 "actor1": (p.raw.get("actor1") or {}).get("name"),
                                 "actor2": (p.raw.get("actor2") or {}).get("name"),
                                 "deaths": p.fat_best if p.fat_best is not None else p.fat_low} for p in pred]})

    def acc(vals) -> dict:  # type: ignore[no-untyped-def]
        v = [x for x in vals if x is not None]
        return {"n": len(v), "accuracy": round(sum(v) / len(v), 3) if v else None}

    n = len(pairs_all)
    rec = n / n_gold if n_gold else 0.0
    prec = n / n_pred if n_pred else 0.0
    res = {
        "reports": len(meta), "gold": n_gold, "pred": n_pred, "matched": n,
        "recall": round(rec, 3), "precision": round(prec, 3),
        "f1": round(2 * rec * prec / (rec + prec), 3) if rec + prec else 0.0,
        "false_per_report": round(sum(n_false) / len(n_false), 3) if n_false else 0.0,
        "reports_with_false": round(sum(1 for x in n_false if x) / len(n_false), 3) if n_false else 0.0,
        "sub_event_type": acc((p.sub_event_type == g.sub_event_type) if g.sub_event_type else None for p, g in pairs_all),
        "actor1": acc(evb.actor_match(p.actor1, g.actor1) if g.actor1 else None for p, g in pairs_all),
        "actor2": acc(evb.actor_match(evb._actor_keys(p.raw.get("actor2")), evb._actor_keys(g.raw.get("actor2")))
                      if g.raw.get("actor2") else None for p, g in pairs_all),
        "fatalities": acc(evb.fatalities_ok(p, g) for p, g in pairs_all),
        "date_exact": acc((p.start, p.end) == (g.start, g.end) for p, g in pairs_all),
        "date_reported": acc(p.raw.get("date_precision") == "reported" for p, g in pairs_all),
        "date_wrong": acc((p.start, p.end) != (g.start, g.end) and p.raw.get("date_precision") != "reported"
                          for p, g in pairs_all),
        "location_5km": acc(((d if (d := evb.km(p, g)) is not None else 1e9) <= 5) if g.lat is not None else None
                            for p, g in pairs_all),
    }
    if args.errors:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False), file=sys.stderr)
    return res


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=str(ROOT / "tests" / "data" / "conflict_reports"))
    ap.add_argument("--errors", action="store_true", help="print each report's errors and events (stderr)")
    ap.add_argument("--ids", default=None)
    ap.add_argument("--all-modalities", action="store_true", help="also score threats, plans, denials, background")
    ap.add_argument("--date-slack", type=int, default=0, help="days of slack when pairing events (0: dates must overlap)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-collapse", action="store_true",
                    help="score sitrep's events as they are (two protests of one day in one city, e.g. a rally and its "
                         "counter-rally, are not folded into one by the bench's collapse)")
    args = ap.parse_args(argv)
    res = run(args)
    if args.json:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            if isinstance(v, dict):
                v = "-" if v["accuracy"] is None else f"{v['accuracy']:.3f} (n={v['n']})"
            print(f"{k:16} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
