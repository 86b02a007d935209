"""Generated conflict reports for benchmarks (never for quality claims).

Each report is a few sentences built from templates: a dated header, a strike or
clash with a toll and a claimant, a territorial change, a displacement figure,
and some background, with towns, actors, weekdays and numbers drawn at random
(seeded, so every run generates the same corpus).
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Iterator

TOWNS = [("Saraqib", "Idlib"), ("Binnish", "Idlib"), ("Taftanaz", "Idlib"), ("Maarat al-Numan", "Idlib"),
         ("Atarib", "Aleppo"), ("Anadan", "Aleppo"), ("Kramatorsk", "Donetsk"), ("Sloviansk", "Donetsk"),
         ("Pokrovsk", "Donetsk"), ("Izium", "Kharkiv"), ("Bakhmut", "Donetsk"), ("Kherson", "Kherson")]
ACTORS = {"Idlib": ["regime forces", "the Syrian army", "government troops", "rebels", "HTS fighters",
                    "Turkish forces"],
          "Aleppo": ["regime forces", "the Syrian army", "opposition fighters", "Turkish-backed rebels"],
          "Donetsk": ["Russian forces", "Ukrainian troops", "Moscow's forces", "separatist fighters"],
          "Kharkiv": ["Russian forces", "Ukrainian troops"], "Kherson": ["Russian forces", "Ukrainian troops"]}
CLAIMANTS = ["a war monitor said", "the defence ministry said", "the regional governor said",
             "local officials told reporters", "according to the United Nations"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["North Wire", "Daily Courier", "The Eastern Herald", "Border Times", "Press Agency"]


def report(i: int, rnd: random.Random) -> dict:
    town, region = rnd.choice(TOWNS)
    a1, a2 = rnd.sample(ACTORS[region], 2)
    day = dt.date(2020, 1, 1) + dt.timedelta(days=rnd.randrange(900))
    wd = WEEKDAYS[(day - dt.timedelta(days=rnd.randrange(3))).weekday()]
    killed, wounded, displaced = rnd.randrange(2, 60), rnd.randrange(3, 150), rnd.randrange(5, 900) * 1000
    town2, _ = rnd.choice(TOWNS)
    text = (
        f"{a1.capitalize()} shelled {town} in {region} province on {wd}, killing at least {killed} civilians and "
        f"wounding {wounded} others, {rnd.choice(CLAIMANTS)}. "
        f"Clashes between {a1} and {a2} continued near {town2} overnight. "
        f"{a2.capitalize()} said they had retaken several villages west of {town} earlier this week. "
        f"The fighting has displaced more than {displaced:,} people since December, aid agencies said. "
        f"Talks between the two sides' backers ended without agreement on {rnd.choice(WEEKDAYS)}. "
        f"Report {i} was filed from {region}."
    )
    return {"id": f"gen-{i}", "title": f"Fighting near {town} (report {i})", "date": day.isoformat(),
            "outlet": rnd.choice(OUTLETS), "url": f"https://bench.example/{i}", "text": text}


def reports(n: int, seed: int = 1) -> Iterator[dict]:
    rnd = random.Random(seed)
    for i in range(n):
        yield report(i, rnd)


def write_jsonl(n: int, folder: Path, per_file: int = 1000, seed: int = 1) -> list[Path]:
    """Write ``n`` reports as JSONL files of ``per_file`` lines each; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    files, out, f = [], None, None
    for i, r in enumerate(reports(n, seed)):
        if i % per_file == 0:
            if out:
                out.close()
            f = folder / f"part-{i // per_file:05d}.jsonl"
            files.append(f)
            out = f.open("w", encoding="utf-8")
        assert out is not None
        out.write(json.dumps(r) + "\n")
    if out:
        out.close()
    return files
