"""Time expression extraction and normalisation on two real TimeML sources, TempEval-3 style.

Usage (from the repository root):

    PYTHONPATH=src .venv/bin/python bench/timebank.py [--data ../shared/data/timebank] [--rams ../shared/data/rams]
        [--only timebank|rams-dev|rams-heldout] [--fast] [--errors N] [--json]

Sources, each scored on its own:

- TimeBank (TempEval-3 TBAQ-cleaned, ../shared/data/timebank): the rules were written
  while reading it, so its figure is a development figure.
- RAMS-TimeML (bench/timeml_rams/, see its README): our stand-off TIMEX3 annotation
  (offsets, type, value; no text) of 57 real news windows of ../shared/data/rams, each
  anchored on the date in its source URL. Its ``dev`` half was read while fixing the
  rules; its ``heldout`` part (13 windows, annotated before the rules were written),
  ``heldout2`` and ``heldout3`` parts (12 and 20 windows, annotated after, without looking at
  the output) were not looked at when writing them (the figures that say how the rules
  generalise).

Each .tml file's <TEXT> is stripped of its tags (gold TIMEX3 spans kept as
character offsets into the stripped text) and its DCT read from
<DCT><TIMEX3 functionInDocument="CREATION_TIME">. The texts go, with their DCT,
through exactly the command outside checks use: ``sitrep annotate --raw --jsonl
FILE`` (a subprocess); ``--fast`` calls ``sitrep.nlp.time.find_times`` directly
(for iterating on rules; the reported figure is the annotate one).

Printed: strict and relaxed extraction P/R/F1; over relaxed matches, value and
type accuracy; value P/R/F1 (TempEval-3 "value F1": expressions found *and*
normalised right); and the DATE expressions of day, week and month precision
apart. HeidelTime's published TempEval-3 figures are printed beside ours: they
come from the TempEval-3 *test* set (20 other documents), so ours is a
development figure on a different set.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = next((p / "shared" / "data" / "timebank" for p in ROOT.parents if (p / "shared" / "data" / "timebank").is_dir()),
                    ROOT.parent / "shared" / "data" / "timebank")
HEIDELTIME = {"relaxed_f1": "90.3", "value_f1": "77.6"}  # UzZaman et al. 2013 (the figures SOURCE.md quotes)

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Doc:
    id: str
    text: str
    dct: str
    gold: list[Gold]
    ignore: list[tuple[int, int]] = field(default_factory=list)  # spans neither rewarded nor penalised


def read_tml(path: Path) -> Doc:
    """Raw text of <TEXT> (entities unescaped) with the gold TIMEX3 spans in it, and the DCT."""
    xml = path.read_text(encoding="utf-8")
    m = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", xml)
    dct = dict(_ATTR.findall(m.group(1)))["value"][:10] if m else ""
    body = xml[xml.index("<TEXT>") + len("<TEXT>"):xml.index("</TEXT>")]
    out: list[str] = []
    n = 0
    gold: list[Gold] = []
    open_t: dict[str, str] | None = None
    open_at = 0
    pos = 0
    for t in _TAG.finditer(body):
        piece = html.unescape(body[pos:t.start()])
        out.append(piece)
        n += len(piece)
        pos = t.end()
        closing, name, attrs = t.group(1), t.group(2), t.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_t, open_at = dict(_ATTR.findall(attrs)), n
        elif open_t is not None:
            text = "".join(out)[open_at:n]
            gold.append(Gold(open_at, n, text, open_t.get("type", ""), open_t.get("value", "")))
            open_t = None
    out.append(html.unescape(body[pos:]))
    return Doc(path.stem, "".join(out), dct, gold)


RAMS_ANN = ROOT / "bench" / "timeml_rams"
DEFAULT_RAMS = DEFAULT_DATA.parent / "rams"


def read_rams(rams_dir: Path, ann_dir: Path = RAMS_ANN) -> dict[str, list[Doc]]:
    """Our stand-off TIMEX3 annotation over RAMS windows: {"dev": [...], "heldout": [...]}.

    A window's text is its tokens joined by single spaces (sentences too); the
    SHA-1 of that text is checked against documents.tsv so offsets cannot drift.
    """
    import csv
    import hashlib

    texts: dict[str, str] = {}
    for split in ("dev", "test"):
        f = rams_dir / f"{split}.jsonlines"
        if not f.is_file():
            continue
        for line in f.open(encoding="utf-8"):
            d = json.loads(line)
            texts[d["doc_key"]] = " ".join(" ".join(s) for s in d["sentences"])
    out: dict[str, list[Doc]] = {"dev": [], "heldout": [], "heldout2": [], "heldout3": []}
    spans: dict[str, list[dict]] = {}
    with open(ann_dir / "timex3.tsv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            spans.setdefault(r["doc_key"], []).append(r)
    with open(ann_dir / "documents.tsv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            text = texts.get(r["doc_key"])
            if text is None:
                continue
            if hashlib.sha1(text.encode("utf-8")).hexdigest() != r["text_sha1"]:
                sys.exit(f"{rams_dir}: window {r['doc_key']} differs from the annotated text (SHA-1)")
            doc = Doc(r["doc_key"], text, r["dct"], [])
            for a in spans.get(r["doc_key"], []):
                st, en = int(a["start"]), int(a["end"])
                if a["type"] == "IGNORE":
                    doc.ignore.append((st, en))
                else:
                    doc.gold.append(Gold(st, en, text[st:en], a["type"], a["value"]))
            out.setdefault(r["part"], []).append(doc)
    return out


def run_annotate(docs: list[Doc]) -> dict[str, list[dict]]:
    """Predicted times per document through `sitrep annotate --raw --jsonl FILE`."""
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "timebank.jsonl"
        with open(f, "w", encoding="utf-8") as fh:
            for doc in docs:
                fh.write(json.dumps({"id": doc.id, "text": doc.text, "published": doc.dct}) + "\n")
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
        cmd = [sys.executable, "-m", "sitrep.cli", "annotate", "--raw", "--jsonl", str(f)]
        res = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
        if res.returncode != 0:
            sys.exit(f"sitrep annotate failed ({res.returncode}): {res.stderr[-2000:]}")
    out = {}
    for line in res.stdout.splitlines():
        obj = json.loads(line)
        out[obj["id"]] = obj["times"]
    return out


def run_fast(docs: list[Doc]) -> dict[str, list[dict]]:
    """find_times directly (no parse): for iterating on the rules."""
    import datetime as dt

    from sitrep.nlp.time import find_times

    out = {}
    for doc in docs:
        ts = find_times(doc.text, dt.date.fromisoformat(doc.dct) if doc.dct else None, doc.id)
        out[doc.id] = [{"start": t.span.start, "end": t.span.end, "text": t.span.text, "value": t.value,
                        "type": t.type} for t in ts]
    return out


def value_class(v: str) -> str:
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        return "day"
    if re.fullmatch(r"\d{4}-W\d\d", v):
        return "week"
    if re.fullmatch(r"\d{4}-\d\d", v):
        return "month"
    return "other"


def _prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return 100 * p, 100 * r, (200 * p * r / (p + r) if p + r else 0.0)


def score(docs: list[Doc], pred: dict[str, list[dict]], errors: int = 0) -> dict:
    n_g = n_p = strict = relaxed_p = relaxed_g = val_ok = type_ok = 0
    cls = {c: Counter() for c in ("day", "week", "month")}
    errs: list[str] = []
    for doc in docs:
        ps = [p for p in pred.get(doc.id, []) if not any(p["start"] < e and s < p["end"] for s, e in doc.ignore)]
        n_g += len(doc.gold)
        n_p += len(ps)
        gold_used: set[int] = set()
        for p in ps:
            c = value_class(p["value"])
            if c in cls:
                cls[c]["pred"] += 1
        for gi, g in enumerate(doc.gold):
            c = value_class(g.value) if g.type == "DATE" else "other"
            if c in cls:
                cls[c]["gold"] += 1
            hits = [p for p in ps if p["start"] < g.end and g.start < p["end"]]
            if not hits:
                if len(errs) < errors:
                    errs.append(f"MISS  {doc.id} {g.text!r} {g.type} {g.value}")
                continue
            relaxed_g += 1
            gold_used.add(gi)
            p = max(hits, key=lambda p: min(p["end"], g.end) - max(p["start"], g.start))
            if p["start"] == g.start and p["end"] == g.end:
                strict += 1
            if p["value"] == g.value:
                val_ok += 1
                if c in cls:
                    cls[c]["value_ok"] += 1
                    if value_class(p["value"]) == c:
                        cls[c]["pred_ok"] += 1
            elif len(errs) < errors:
                errs.append(f"VALUE {doc.id} gold {g.text!r} {g.value} | ours {p['text']!r} {p['value']} (DCT {doc.dct})")
            if p["type"] == g.type:
                type_ok += 1
            if c in cls:
                cls[c]["found"] += 1
        for p in ps:
            if any(p["start"] < g.end and g.start < p["end"] for g in doc.gold):
                relaxed_p += 1
            elif len(errs) < errors:
                errs.append(f"EXTRA {doc.id} {p['text']!r} {p['value']}")
    return {"n_gold": n_g, "n_pred": n_p, "strict": _prf(strict, n_p, strict, n_g),
            "relaxed": _prf(relaxed_p, n_p, relaxed_g, n_g), "value": _prf(val_ok, n_p, val_ok, n_g),
            "type": _prf(type_ok, n_p, type_ok, n_g),
            "value_acc": 100 * val_ok / relaxed_g if relaxed_g else 0.0,
            "type_acc": 100 * type_ok / relaxed_g if relaxed_g else 0.0, "classes": cls, "errors": errs}


def print_block(title: str, s: dict, n_docs: int, path: str, secs: float) -> None:
    print(f"{title}: {n_docs} documents, {s['n_gold']} gold TIMEX3, {s['n_pred']} predicted; path: {path}; {secs:.1f} s")
    print(f"{'':28}{'P':>7}{'R':>7}{'F1':>7}   HeidelTime F1 (TempEval-3 test)")
    for k, label, ht in (("strict", "extraction, strict", "strict_f1"), ("relaxed", "extraction, relaxed", "relaxed_f1"),
                         ("value", "value (found and right)", "value_f1"), ("type", "type (found and right)", "type_f1")):
        p, r, f = s[k]
        print(f"{label:<28}{p:7.1f}{r:7.1f}{f:7.1f}   {HEIDELTIME.get(ht, '-')}")
    print(f"over relaxed matches: value accuracy {s['value_acc']:.1f}%, type accuracy {s['type_acc']:.1f}%")
    print("DATE expressions by gold precision (gold / found / right value; value precision over our values of that form):")
    for c, k in s["classes"].items():
        g, fnd, ok = k["gold"], k["found"], k["value_ok"]
        vp = 100 * k["pred_ok"] / k["pred"] if k["pred"] else 0.0
        vr = 100 * ok / g if g else 0.0
        vf = 2 * vp * vr / (vp + vr) if vp + vr else 0.0
        print(f"  {c:<6} gold {g:4d}  found {fnd:4d} ({100 * fnd / g if g else 0:5.1f}%)  right value {ok:4d} "
              f"(recall {vr:5.1f}%, precision {vp:5.1f}%, F1 {vf:5.1f})")
    for e in s["errors"]:
        print(e)
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="TimeBank folder (.tml files)")
    ap.add_argument("--rams", default=str(DEFAULT_RAMS), help="RAMS folder (dev/test.jsonlines) under bench/timeml_rams")
    ap.add_argument("--only", choices=["timebank", "rams-dev", "rams-heldout"], help="score one source only "
                    "(rams-heldout: the three held-out parts, apart and together)")
    ap.add_argument("--fast", action="store_true", help="call find_times directly instead of `sitrep annotate`")
    ap.add_argument("--errors", type=int, default=0, help="print up to N misses/wrong values/extras per source")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args()
    sources: list[tuple[str, str, list[Doc]]] = []
    if args.only in (None, "timebank"):
        files = sorted(Path(args.data).glob("*.tml"))
        if not files:
            sys.exit(f"{args.data}: no .tml files (see ../shared/data/timebank/SOURCE.md)")
        sources.append(("timebank", "TimeBank (TBAQ-cleaned; rules written on it: development)", [read_tml(f) for f in files]))
    if args.only in (None, "rams-dev", "rams-heldout"):
        rams = read_rams(Path(args.rams))
        if not rams["dev"] and not rams["heldout"]:
            sys.exit(f"{args.rams}: no RAMS windows (see ../shared/data/rams/SOURCE.md)")
        if args.only in (None, "rams-dev"):
            sources.append(("rams-dev", "RAMS-TimeML dev half (read while fixing rules)", rams["dev"]))
        if args.only in (None, "rams-heldout"):
            sources.append(("rams-heldout", "RAMS-TimeML held-out part 1 (13 windows annotated before the rules were "
                            "written; their errors never read)", rams["heldout"]))
            sources.append(("rams-heldout2", "RAMS-TimeML held-out part 2 (12 windows annotated after the rules were "
                            "written, without looking at the output)", rams["heldout2"]))
            sources.append(("rams-heldout3", "RAMS-TimeML held-out part 3 (20 more windows, annotated without looking "
                            "at the output; never read while writing rules)", rams["heldout3"]))
            sources.append(("rams-heldout-all", "RAMS-TimeML held-out, all three parts (45 windows)",
                            rams["heldout"] + rams["heldout2"] + rams["heldout3"]))
    docs = list({d.id: d for _, _, ds in sources for d in ds}.values())
    for d in docs:
        for g in d.gold:
            assert d.text[g.start:g.end] == g.text
    t0 = time.perf_counter()
    pred = run_fast(docs) if args.fast else run_annotate(docs)
    secs = time.perf_counter() - t0
    path = "find_times (--fast, development only)" if args.fast else "sitrep annotate --raw --jsonl"
    results = {key: (title, ds, score(ds, pred, args.errors)) for key, title, ds in sources}
    if args.json:
        obj = {}
        for key, (title, ds, s) in results.items():
            out = {k: v for k, v in s.items() if k != "classes"}
            out["classes"] = {c: dict(k) for c, k in s["classes"].items()}
            out.update(title=title, documents=len(ds))
            obj[key] = out
        obj.update(path=path, seconds=round(secs, 1), heideltime_tempeval3=HEIDELTIME)
        print(json.dumps(obj, indent=2))
        return
    for key, (title, ds, s) in results.items():
        print_block(title, s, len(ds), path, secs)
    print("Note: HeidelTime's figures are on the TempEval-3 test set (20 other documents). TimeBank and the RAMS dev "
          "half were read while writing the rules; the RAMS held-out parts were not.")


if __name__ == "__main__":
    main()
