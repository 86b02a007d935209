"""Cost of linking (story clustering + event merging + disagreements + timeline) as the input grows.

Usage::

    python bench/link_perf.py [--sizes 1000,10000,100000] [--seed 1]

For each size N it generates, in memory, N articles' worth of synthetic
analyses (no spaCy): stories of 3-30 articles spread over a year and over 300
places in 30 regions, each article with 1-4 event mentions (some of the same real
event, some wire copies), 2-6 entity mentions and 1-4 figures; then it times
``sitrep.stories.link_all`` (clustering over the blocked key index, then every
story's merging, disagreements and timeline) and measures the peak Python heap
with tracemalloc. It prints the time and peak memory per size and the growth
factor per tenfold (1x growth in N should cost ~10x: near-linear), with the median and largest story size.

By default every size is packed into one year over the same fixed world, so the density of reports per
week, place and actor grows with N (the worst case: per-article work rises until the blocking caps bind).
``--per-year K`` spreads N articles over N/K years instead (constant density: a desk's feed over a longer
period).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import gc
import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from sitrep.model import (  # noqa: E402
    ActorRef, Analysis, Article, EventMention, Figure, Mention, Place, Span,
)
from sitrep.stories import link_all  # noqa: E402

TYPES = [("Battles", "Armed clash"), ("Battles", "Government regains territory"),
         ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest")]
WHATS = ["killed", "wounded", "displaced", "detained"]


def generate(n: int, seed: int = 1, span_days: int = 365) -> tuple[list[Article], dict[str, Analysis]]:
    rnd = random.Random(seed)
    places = []
    for r in range(100):
        lat0, lon0 = rnd.uniform(-30, 50), rnd.uniform(-20, 100)
        for k in range(30):
            places.append((f"P{r}_{k}", f"R{r}", lat0 + rnd.uniform(-1, 1), lon0 + rnd.uniform(-1, 1)))
    actors = [f"ACT{i}" for i in range(400)]
    base = _dt.date(2020, 1, 1).toordinal()
    articles: list[Article] = []
    analyses: dict[str, Analysis] = {}
    i = 0
    story = 0
    while i < n:
        story += 1
        size = rnd.randint(3, 30)
        day0 = base + rnd.randint(0, span_days)
        pl = rnd.sample(places, 3)
        acts = rnd.sample(actors, 3)
        evs = [(rnd.choice(TYPES), day0 + rnd.randint(0, 6), rnd.choice(pl)) for _ in range(4)]
        original = None
        for _ in range(size):
            if i >= n:
                break
            aid = f"s{story}a{i}"
            text = f"Synthetic report {aid} about story {story}. " * 3
            pub = _dt.date.fromordinal(day0 + rnd.randint(0, 8)) if rnd.random() > 0.05 else None
            wire = ["AFP"] if rnd.random() < 0.3 else []
            dup = original if (wire and original and rnd.random() < 0.5) else None
            a = Article(id=aid, text=text, outlet=f"Outlet{rnd.randint(1, 60)}", published=pub,
                        published_precision="day" if pub else "unknown", published_how="header" if pub else "unknown",
                        wires=wire, duplicate_of=dup, status="duplicate" if dup else "ok")
            if wire and original is None:
                original = aid
            sent = Span(aid, 0, 40, text[:40])
            ms, fs, ents, pls = [], [], [], []
            for j, ((et, st), d, (pname, reg, lat, lon)) in enumerate(rnd.sample(evs, rnd.randint(1, 4))):
                place = Place(Span(aid, 0, 5, text[:5]), pname, lat, lon, pname, "XX", reg, precision="town")
                pls.append(place)
                fat = Figure(f"{aid}:f{j}", Span(aid, 0, 3, text[:3]), "killed", None, rnd.randint(1, 9), None)
                ms.append(EventMention(f"{aid}:e{j}", aid, sent, et, st, actor1=ActorRef(acts[0], acts[0]),
                                       actor2=ActorRef(acts[1], acts[1]) if rnd.random() < 0.5 else None,
                                       place=place, date_start=_dt.date.fromordinal(d),
                                       date_end=_dt.date.fromordinal(d), date_precision="day", fatalities=fat))
            for j in range(rnd.randint(2, 6)):
                ents.append(Mention(Span(aid, 0, 3, text[:3]), "ORG", rnd.choice(acts + [rnd.choice(actors)]), "x"))
            for j in range(rnd.randint(1, 4)):
                v = rnd.choice([10, 20, 30, 40]) * (1000 if j % 2 else 1)
                fs.append(Figure(f"{aid}:g{j}", Span(aid, 0, 3, text[:3]), rnd.choice(WHATS), "civilians", v, v,
                                 as_of=_dt.date.fromordinal(day0 + rnd.randint(0, 8))))
            articles.append(a)
            analyses[aid] = Analysis(aid, entities=ents, places=pls, figures=fs, events=ms)
            i += 1
    return articles, analyses


def measure(n: int, seed: int, per_year: int = 0) -> tuple[float, float, int, int]:
    arts, ans = generate(n, seed, 365 if not per_year else max(1, round(365 * n / per_year)))
    gc.collect()
    tracemalloc.start()
    t0, c0 = time.perf_counter(), time.process_time()
    linked, _ = link_all(arts, ans)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n_ev = sum(len(ls.story.events) for ls in linked)
    sizes = sorted(len(ls.story.article_ids) for ls in linked)
    return dt, cpu, peak / 2**20, len(linked), n_ev, sizes[len(sizes) // 2], sizes[-1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-year", type=int, default=0,
                    help="articles per year of coverage: N articles span N/per-year years (constant density); "
                         "default 0: every size packed into one year (density grows with N)")
    a = ap.parse_args(argv)
    sizes = [int(s) for s in a.sizes.split(",")]
    # CPU seconds are the figure to compare on a shared machine (wall time also counts waiting for a core)
    print(f"{'articles':>9} {'wall s':>8} {'cpu s':>8} {'art/cpu-s':>9} {'peak MiB':>9} {'stories':>8} "
          f"{'median':>6} {'largest':>7} {'events':>8}")
    prev = None
    for n in sizes:
        dt, cpu, mem, ns, ne, med, big = measure(n, a.seed, a.per_year)
        line = (f"{n:>9} {dt:>8.2f} {cpu:>8.2f} {n / cpu:>9.0f} {mem:>9.1f} {ns:>8} {med:>6} {big:>7} {ne:>8}")
        if prev is not None:
            f = n / prev[0]
            line += (f"   cpu x{cpu / prev[1]:.1f}, memory x{mem / prev[2]:.1f} for input x{f:g}"
                     f" (linear would be x{f:g})")
        print(line, flush=True)
        prev = (n, cpu, mem)
    return 0


if __name__ == "__main__":
    sys.exit(main())
