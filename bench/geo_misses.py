"""List the gold toponyms of GeoWebNews / GeoVirus that sitrep does not recognise, with why.

Usage (from the repository root):

    PYTHONPATH=src python bench/geo_misses.py [--cache DIR] [--only GeoWebNews|GeoVirus|GeoReports] [--limit N] [--show N]
        [--own tests/data/geo_reports]

Each missed gold toponym (no predicted place overlaps it) gets a stage:
- ``no entry``: the gazetteer has no entry for the gold name (nor without a leading "the");
- ``no candidate``: it has one, but no candidate was formed over it (not a capitalised run, a span cut
  differently, an organisation phrase of data/geo_not_places.tsv ...);
- ``rejected@LINE``: a candidate overlapped it and ``Recognizer._reject`` (or ``_not_a_town``) turned it down at
  that line of src/sitrep/geo/recognize/reject.py (or not_a_town.py);
- ``resolver``: a candidate was kept but the resolver dropped it.
Counts by stage, then the examples of each stage (the spaCy label over the name in brackets). Evaluation data only:
nothing here feeds the rules.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def _tracer(log: list) -> Any:
    """A profile hook recording the line a rejecting ``_reject`` / ``_not_a_town`` returned True at."""
    def prof(frame: Any, event: str, arg: Any) -> None:
        if event == "return" and arg is True and frame.f_code.co_name in ("_reject", "_not_a_town") \
                and "recognize" in frame.f_code.co_filename:
            c = frame.f_locals.get("c")
            if c is not None:
                log.append((c.start, c.end, frame.f_code.co_name, frame.f_lineno))
    return prof


def misses(name: str, arts: list[dict], parsed: list[tuple]) -> list[tuple]:
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.places import _recognizer, _text_focus, extract_places

    gaz = get_gazetteer()
    rec = _recognizer(gaz)
    out = []
    for art, (doc, ctx, an) in zip(arts, parsed):
        log: list = []
        sys.setprofile(_tracer(log))
        try:
            cands = rec.candidates(doc, ctx, an, focus=_text_focus(doc, gaz, ctx))
        finally:
            sys.setprofile(None)
        preds = extract_places(doc, ctx, an)
        text = art["text"]
        for g in art["gold"]:
            gs, ge = g[0], g[1]
            if any(p.span.start < ge and gs < p.span.end for p in preds):
                continue
            gname = text[gs:ge]
            label = next((e.label_ for e in doc.ents if e.start_char < ge and gs < e.end_char), "")
            rej = [r for r in log if r[0] < ge and gs < r[1]]
            if any(c.start < ge and gs < c.end for c in cands):
                stage = "resolver"
            elif rej:
                # _reject's line, and _not_a_town's when _reject returned because of it
                lines = sorted({f"{fn[1:3]}{ln}" for _s, _e, fn, ln in rej})
                stage = "rejected@" + "+".join(lines) + f" [{text[rej[0][0]:rej[0][1]]}]" * (
                    (rej[0][0], rej[0][1]) != (gs, ge))
            else:
                es, _how = rec.lookup(gname, (), search=False)
                if not es and gname.lower().startswith("the "):
                    es, _how = rec.lookup(gname[4:], (), search=False)
                stage = "no candidate" if es else "no entry"
            ctxt = (text[max(0, gs - 40):gs] + "[[" + gname + "]]" + text[ge:ge + 25]).replace("\n", " | ")
            out.append((name, art["id"], gname, label, stage, ctxt))
    return out


def main(argv: list[str] | None = None) -> int:
    import geo

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "geowebnews"))
    ap.add_argument("--cache", default="")
    ap.add_argument("--only", default="")
    ap.add_argument("--own", default="", help="also list the misses of a marked-up folder ('GeoReports', bench/geo.py)")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", type=int, default=1000, help="examples per stage")
    args = ap.parse_args(argv)
    from sitrep.nlp.models import load_pipeline

    nlp = load_pipeline(None)
    data = Path(args.data)
    sets = [("GeoWebNews", geo.load_gwn, data / "GWN.xml"), ("GeoVirus", geo.load_geovirus, data / "GeoVirus.xml")]
    if args.own:
        sets.append(("GeoReports", geo.load_marked, Path(args.own)))
    for name, loader, where in sets:
        if args.only and name != args.only:
            continue
        arts = loader(where)
        if args.limit:
            arts = arts[: args.limit]
        parsed, _t1, _t2 = geo.parse_all(name, arts, nlp, Path(args.cache) if args.cache else None)
        ms = misses(name, arts, parsed)
        by: dict[str, list] = defaultdict(list)
        for m in ms:
            by[m[4].split(" [")[0]].append(m)
        n = sum(len(a["gold"]) for a in arts)
        print(f"\n== {name}: {len(ms)} of {n} gold toponyms missed")
        for k, v in sorted(by.items(), key=lambda t: -len(t[1])):
            print(f"  {k:30} {len(v):5}  {Counter(m[2] for m in v).most_common(6)}")
        for k, v in sorted(by.items(), key=lambda t: -len(t[1])):
            print(f"\n-- {name} {k} ({len(v)})")
            for m in v[: args.show]:
                print(f"  {m[1]:>5} {m[2]!r:28} ({m[3]}) {m[4][len(k):]}  {m[5]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
