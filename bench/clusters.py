"""Story clustering on a mixed feed: are reports of one story linked, and reports of different stories kept apart?

Usage::

    python bench/clusters.py [--one-week] [--undated] [--errors] [--sets story_sets,attack_reports,...]

The feed is every report of the project's own held-out sets, read as a desk reads a feed: each folder of
``tests/data/story_sets*`` is ONE story of 3-4 reports (their publication dates come from their text, as ingest reads
them); every report of the single-report sets (attack, local, toll, conflict, protest, terrorism and war reports:
each tells its own incident, in its own country and week) is its own story, with the publication date of its
``gold.jsonl``/``reports.jsonl``. Every report is analysed as ``sitrep run`` would, then
:func:`sitrep.stories.cluster.cluster_articles` groups them all at once.

* ``--one-week``: every single report is moved into the same week as the story sets' (dates shifted, the story
  sets' own spacing kept): the busy-desk case, where only what the reports share can keep them apart.
* ``--undated``: no publication date at all (a folder of pasted texts): the undated rule alone.

Scores (B-cubed, over reports): precision (how much of a report's predicted story is its own story) and recall (how
much of its own story is in its predicted story); ``stories whole``: story sets whose reports all land in one
predicted story; ``foreign links``: predicted stories that join reports of different gold stories, with (``--errors``)
the keys the clusterer saw them share. The single-report sets were written as distinct incidents, so every link
between two of them is counted as an error, even two incidents of one war in one week that a desk might file together.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

SINGLE_SETS = ("attack_reports", "attack_reports2", "local_reports", "local_reports_us2", "local_reports_world", "local_reports_world2",
               "toll_reports", "conflict_reports", "protest_reports", "protest_reports2", "terror_reports",
               "terror_reports2", "war_reports")


def _rows(d: Path) -> list[dict]:
    """The reports of a single-report set: id and publication date."""
    f = d / "reports.jsonl" if (d / "reports.jsonl").exists() else d / "gold.jsonl"
    rows = [json.loads(ln) for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    seen: dict[str, dict] = {}
    for r in rows:
        rid = r.get("report", r["id"]) if f.name == "gold.jsonl" and "report" in r else r["id"]
        if rid not in seen and (d / f"{rid}.txt").exists():
            seen[rid] = {"id": rid, "published": r.get("published") or r.get("date_start")}
    return list(seen.values())


def feed(sets: list[str]) -> list[tuple[str, str, Path, list[dict]]]:
    """(gold story prefix, kind, folder, rows) for every set asked for; kind "story" or "single"."""
    out = []
    data = ROOT / "tests" / "data"
    for name in sets:
        d = data / name
        if not d.is_dir():
            continue
        if name.startswith("story_sets"):
            for folder in sorted(p for p in d.iterdir() if p.is_dir()):
                rows = [{"id": p.stem, "published": None} for p in sorted(folder.glob("*.txt"))]
                out.append((f"{name}/{folder.name}", "story", folder, rows))
        else:
            out.append((name, "single", d, _rows(d)))
    return out


def analyse(args) -> list[dict]:  # type: ignore[no-untyped-def]
    """Every report of the feed with its gold story, article and analysis."""
    from local_reports import annotate_reports

    sets = args.sets.split(",") if args.sets else [p.name for p in sorted((ROOT / "tests" / "data").glob("story_sets*"))
                                                     ] + list(SINGLE_SETS)
    items = []
    for prefix, kind, folder, rows in feed(sets):
        arts, analyses = annotate_reports(folder, rows)
        for r, a, an in zip(rows, arts, analyses):
            gold = prefix if kind == "story" else f"{prefix}/{r['id']}"
            items.append({"gold": gold, "kind": kind, "article": a, "analysis": an, "name": f"{prefix}/{r['id']}"})
    return items


def redate(items: list[dict], one_week: bool, undated: bool) -> None:
    """Move the single reports into the story sets' week (``one_week``), or drop every date (``undated``)."""
    import dataclasses

    if undated:
        for it in items:
            it["article"] = dataclasses.replace(it["article"], published=None)
        return
    if not one_week:
        return
    story_days = sorted(it["article"].published for it in items if it["kind"] == "story" and it["article"].published)
    if not story_days:
        return
    base = story_days[len(story_days) // 2]
    for k, it in enumerate(items):
        if it["kind"] == "single":
            it["article"] = dataclasses.replace(it["article"], published=base + dt.timedelta(days=k % 7))


def score(items: list[dict], clusters: dict[str, list[str]]) -> dict:
    """B-cubed precision/recall, whole story sets, foreign links."""
    pred_of = {aid: sid for sid, ids in clusters.items() for aid in ids}
    gold_of = {it["article"].id: it["gold"] for it in items}
    members: dict[str, list[str]] = collections.defaultdict(list)
    gold_members: dict[str, list[str]] = collections.defaultdict(list)
    for aid in gold_of:
        members[pred_of[aid]].append(aid)
        gold_members[gold_of[aid]].append(aid)
    p = r = 0.0
    for aid, g in gold_of.items():
        mine = members[pred_of[aid]]
        same = sum(1 for x in mine if gold_of[x] == g)
        p += same / len(mine)
        r += sum(1 for x in gold_members[g] if pred_of[x] == pred_of[aid]) / len(gold_members[g])
    n = len(gold_of)
    stories = [g for g, it in {it["gold"]: it for it in items}.items() if it["kind"] == "story"]
    whole = sum(1 for g in stories if len({pred_of[x] for x in gold_members[g]}) == 1)
    foreign = [ids for ids in members.values() if len({gold_of[x] for x in ids}) > 1]
    split = [g for g in stories if len({pred_of[x] for x in gold_members[g]}) > 1]
    return {"reports": n, "precision": p / n, "recall": r / n, "f1": 2 * p * r / (p + r) / n if p + r else 0.0,
            "stories_whole": whole, "stories": len(stories), "foreign_links": len(foreign), "foreign": foreign,
            "split": split}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="", help="comma-separated folder names under tests/data (default: all)")
    ap.add_argument("--one-week", action="store_true", help="every single report in the story sets' week")
    ap.add_argument("--undated", action="store_true", help="no publication dates")
    ap.add_argument("--errors", action="store_true", help="list the story sets not whole and every foreign link with the keys shared")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    from sitrep.stories.cluster import article_keys, cluster_articles

    items = analyse(args)
    modes = [("gold dates", False, False), ("one week", True, False), ("undated", False, True)]
    if args.one_week or args.undated:
        modes = [m for m in modes if (m[1], m[2]) == (args.one_week, args.undated)]
    results = {}
    for label, one_week, undated in modes:
        redate(items, one_week, undated)
        keys = [article_keys(it["article"], it["analysis"], k) for k, it in enumerate(items)]
        res = score(items, cluster_articles(keys))
        results[label] = {k: v for k, v in res.items() if k not in ("foreign", "split")}
        print(f"{label:10}: {res['reports']} reports; B-cubed P {res['precision']:.3f} R {res['recall']:.3f} "
              f"F1 {res['f1']:.3f}; story sets whole {res['stories_whole']}/{res['stories']}; "
              f"predicted stories joining different gold stories {res['foreign_links']}")
        if args.errors:
            print("   story sets not whole:", ", ".join(res["split"]) or "none")
            by_id = {it["article"].id: (it, ak) for it, ak in zip(items, keys)}
            for ids in res["foreign"]:
                names = [by_id[x][0]["name"] for x in ids]
                print("   joined:", ", ".join(names))
                for i, a in enumerate(ids):
                    for b in ids[i + 1:]:
                        ia, ka = by_id[a]
                        ib, kb = by_id[b]
                        if ia["gold"] != ib["gold"] and ka.keys & kb.keys:
                            print(f"      {ia['name']} ~ {ib['name']}: {sorted(ka.keys & kb.keys)}")
    if args.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
