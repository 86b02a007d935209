"""Story figures over several reports of one story (issue 16): ``sitrep run`` on each folder of a story set.

Usage:
    python bench/stories.py [--dir tests/data/story_sets] [--ids s01_quetta_bombing,...] [--errors] [--json]

Each folder under ``--dir`` holds the reports of ONE story (``*.txt``) and ``gold.json`` (its incidents with their
deaths best/low/high and injured, the story's ``total`` over its distinct incidents, ``max_credible``, the largest
count the story supports, and ``kind``: "violent" or "disaster"); see tests/data/story_sets/README.md. The folder
goes through the whole pipeline (``sitrep.pipeline.run``: ingest, analyse, link, write), as ``sitrep run DIR``
would, into a fresh store; the bench reads the run's ``story.json``.

Predicted: the incidents of ``totals`` (every story the run linked; a story cut in two shows as two totals, and
their sum is what a reader of the report adds up), the story total (the sum of the totals' ``best``), injured (see
below), and each
``key_figures`` entry's claims. Scored, summed over the stories:

* ``incidents``: stories whose number of incidents found equals the gold's; ``stories``: runs linked into one story;
* ``best``: gold incidents with a predicted incident on its date (one day either side) whose best count is exact;
* ``low_high``: gold incidents whose matched incident has the gold's lowest and highest claim;
* ``total``: stories whose total is exact (a story with no total counts as 0 dead); ``above``: stories whose total
  is above ``max_credible`` (for one-incident stories it must be 0); ``blank``: stories with no total;
* ``injured`` (one-incident stories only: key figures group by victims, not by incident): stories whose injured
  (the largest of the latest claims of the ``wounded`` key figures; a breakdown, "including two guards", is a
  group of its own and no more than the whole) equals the gold's (null counted as 0);
* ``key``: the gold ``key_figures`` (a displaced count told in several roundings) found as one key figure whose
  claims all contain the gold value and agree (``kind``); a key figure of the same ``what`` none of whose claims
  holds the value (a national or period count: "more than 1 million displaced inside Haiti") is another group's
  and is not scored (branch figures1; before it, any second key figure of that ``what`` failed the entry). A gold
  entry with ``claims`` (claimants who differ, e.g. a government's and UNHCR's counts of one group) is right when
  the one key figure of that ``what`` holding them holds exactly those latest claims (a claim holds a value inside
  its band, or the figure of its open bound: "more than 100", low 101) with the gold ``kind`` ("differ").
The figures are given over all stories and over the "violent" ones (sitrep totals political violence only).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def run_story(folder: Path) -> dict:
    from sitrep import pipeline

    with tempfile.TemporaryDirectory(prefix="sitrep-stories-") as tmp:
        pipeline.run([str(folder)], str(Path(tmp) / "s.db"), Path(tmp) / "out")
        return json.loads((Path(tmp) / "out" / "story.json").read_text(encoding="utf-8"))


def _day(s):  # type: ignore[no-untyped-def]
    return _dt.date.fromisoformat(s) if s else None


def _latest(claims: list) -> float | None:  # type: ignore[type-arg]
    vals = [c for c in claims if (c.get("low") if c.get("low") is not None else c.get("high")) is not None]
    if not vals:
        return None
    c = max(vals, key=lambda c: (c.get("as_of") or "", c.get("low") or 0))
    return c["low"] if c.get("low") is not None else c["high"]


def _within(c: dict, v: float) -> bool:  # type: ignore[type-arg]
    """A claim contains the gold value: inside its band; an open lower bound ("more than 4,000") holds every value
    above it (before branch figures1 it held only its own low end)."""
    if c.get("low") is not None and c.get("high") is None:
        return c["low"] <= v
    return (c.get("low") or 0) <= v <= (c.get("high") or c.get("low") or 0)


def _holds(c: dict, v: float) -> bool:  # type: ignore[type-arg]
    """A claim tells the gold value: inside its band, or the figure of its open bound ("more than 100": low 101)."""
    lo, hi = c.get("low"), c.get("high")
    if lo is not None and hi is None:
        return lo - 1 <= v
    return (lo if lo is not None else 0) <= v <= (hi if hi is not None else v)


def score(gold: dict, story: dict) -> dict:
    totals = [t for t in story.get("totals", []) if t.get("what") == "killed"]
    incs = [i for t in totals for i in t.get("incidents", [])]
    total = sum(t.get("best") or 0 for t in totals) if totals else None
    r: dict = {"story": gold["story"], "kind": gold["kind"], "errors": [], "n_pred": len(incs),
               "n_gold": len(gold["incidents"]), "total": total, "gold_total": gold["total"],
               "stories": len({k.get("story_id") for k in story.get("key_figures", [])} or {None})}
    r["incidents_ok"] = len(incs) == len(gold["incidents"])
    if not r["incidents_ok"]:
        r["errors"].append(f"incidents {len(incs)} (gold {len(gold['incidents'])}): "
                           + "; ".join(f"{i.get('place')} {i.get('date')} {i.get('best')}" for i in incs))
    used: set[int] = set()
    r["best_ok"] = r["range_ok"] = 0
    for g in gold["incidents"]:
        gd = _day(g["date"])
        near = [k for k, i in enumerate(incs) if k not in used and i.get("date") and gd
                and abs((_day(i["date"]) - gd).days) <= 1]  # type: ignore[operator]
        k = min(near, key=lambda k: abs((incs[k].get("best") or 0) - g["deaths"]["best"]), default=None)
        if k is not None:
            used.add(k)
        b = incs[k].get("best") if k is not None else None
        lh = (incs[k].get("low"), incs[k].get("high")) if k is not None else None
        if lh == (g["deaths"]["low"], g["deaths"]["high"]):
            r["range_ok"] += 1
        elif k is not None:
            r["errors"].append(f"{g['what']} {g['place']}: low/high {lh} (gold {g['deaths']['low']}/{g['deaths']['high']})")
        if b is not None and b == g["deaths"]["best"]:
            r["best_ok"] += 1
        else:
            r["errors"].append(f"{g['what']} {g['place']} {g['date']}: best {b} (gold {g['deaths']['best']})")
    r["total_ok"] = (total or 0) == gold["total"]
    r["blank"] = total is None
    r["above"] = total is not None and total > gold["max_credible"]
    if not r["total_ok"]:
        r["errors"].append(f"total {total} (gold {gold['total']}, at most {gold['max_credible']})")
    # (a period's or an earlier time's count of the wounded is no count of the story's incidents)
    wounded = [k for k in story.get("key_figures", []) if k.get("what") == "wounded" and not k.get("period")]
    inj = [_latest(k["claims"]) for k in wounded]
    injured = max((x for x in inj if x is not None), default=0)
    gi = sum(g["injured"] or 0 for g in gold["incidents"])
    r["injured"] = injured
    r["injured_ok"] = injured == gi if len(gold["incidents"]) == 1 else None
    if r["injured_ok"] is False:
        r["errors"].append(f"injured {injured} (gold {gi}): "
                           + "; ".join(f"{k.get('group')}: {[(c['claimant'], c['low'], c['as_of']) for c in k['claims']]}"
                                       for k in wounded))
    r["key_ok"] = r["key_n"] = 0
    for kf in gold.get("key_figures", []):
        r["key_n"] += 1
        same = [k for k in story.get("key_figures", []) if k.get("what") == kf["what"]]
        if "claims" in kf:  # claimants who differ: one group holding exactly each claimant's latest claim
            groups = [k for k in same if any(_holds(c, v) for c in k["claims"] for v in kf["claims"])]
            ok = len(groups) == 1 and groups[0].get("kind") == kf.get("kind", "differ") \
                and len(groups[0]["claims"]) == len(kf["claims"]) \
                and all(_holds(c, v) for c, v in zip(sorted(groups[0]["claims"], key=lambda c: c.get("low") or 0),
                                                     sorted(kf["claims"])))
        else:  # the groups that hold the value (a background count of another group is a key figure of its own)
            groups = [k for k in same if any(_within(c, kf["value"]) for c in k["claims"])]
            ok = len(groups) == 1 and all(_within(c, kf["value"]) for c in groups[0]["claims"])
            ok = ok and groups[0].get("kind") == "agree"
        r["key_ok"] += ok
        if not ok:
            r["errors"].append(f"key figure {kf['what']} {kf.get('value', kf.get('claims'))}: "
                               + "; ".join(f"{k.get('kind')} {[(c['claimant'], c['low'], c['high']) for c in k['claims']]}"
                                           for k in groups))
    return r


def summary(rows: list) -> dict:  # type: ignore[type-arg]
    def part(rs):  # type: ignore[no-untyped-def]
        n = len(rs)
        ng = sum(r["n_gold"] for r in rs)
        one = [r for r in rs if r["n_gold"] == 1]
        return {"stories": n, "incidents_right": sum(r["incidents_ok"] for r in rs) / n if n else None,
                "best_right": f"{sum(r['best_ok'] for r in rs)}/{ng}",
                "low_high_right": f"{sum(r['range_ok'] for r in rs)}/{ng}",
                "total_right": f"{sum(r['total_ok'] for r in rs)}/{n}",
                "above_max": f"{sum(r['above'] for r in rs)}/{n}",
                "above_max_one_incident": f"{sum(r['above'] for r in one)}/{len(one)}",
                "blank_total": sum(r["blank"] for r in rs),
                "injured_right": f"{sum(bool(r['injured_ok']) for r in one)}/{len(one)}",
                "key_figures": f"{sum(r['key_ok'] for r in rs)}/{sum(r['key_n'] for r in rs)}"}
    return {"all": part(rows), "violent": part([r for r in rows if r["kind"] == "violent"])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=str(ROOT / "tests" / "data" / "story_sets"))
    ap.add_argument("--ids", default="")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    folders = sorted(p for p in Path(args.dir).iterdir() if (p / "gold.json").exists())
    if args.ids:
        keep = set(args.ids.split(","))
        folders = [p for p in folders if p.name in keep]
    rows = []
    for f in folders:
        gold = json.loads((f / "gold.json").read_text(encoding="utf-8"))
        rows.append(score(gold, run_story(f)))
    out = summary(rows)
    if args.json:
        print(json.dumps({"summary": out, "rows": rows}, indent=1))
        return
    for k, v in out.items():
        print(k, json.dumps(v))
    if args.errors:
        for r in rows:
            if r["errors"]:
                print(f"--- {r['story']} ({r['kind']}): total {r['total']} gold {r['gold_total']}")
                for e in r["errors"]:
                    print("   ", e)


if __name__ == "__main__":
    main()
