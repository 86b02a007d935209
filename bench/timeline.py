"""Score a timeline against reference timelines: date F1 and alignment-based ROUGE-1/2.

Usage::

    python bench/timeline.py SYSTEM REFERENCE [REFERENCE ...] [--json]

SYSTEM is a sitrep ``story.json`` (its ``timeline``) or a timeline file in the
tilse format; each REFERENCE is a tilse-format file: a date line (YYYY-MM-DD),
then the summary sentences of that date one per line, entries separated by a
line of dashes (``-----...``). This is the format of the Timeline17 and Crisis
benchmarks as read by the tilse toolkit, so scores are comparable with the
numbers published with news-tls (Ghalandari and Ifrim 2020) and later systems.

What is implemented (Martschat and Markert 2017, "Improving ROUGE for Timeline
Summarization", EACL; the same definitions as tilse's ``TimelineRougeEvaluator``):

* **Date F1**: precision/recall/F1 of the set of system dates against the set of
  reference dates (exact day match).
* **concat ROUGE-N**: all summaries of a timeline concatenated, ROUGE-N F1.
* **agreement ROUGE-N**: n-gram matches counted only between summaries of the
  *same* date.
* **align+ m:1 ROUGE-N** (the paper's recommended metric): each system date is
  aligned to one reference date, the one minimising the cost
  ``(1 - sim(s, r)) * (|d_s - d_r| + 1)`` where ``sim`` is the cosine similarity
  of the two summaries' unigram counts (date distance and content both count;
  several system dates may align to one reference date). Matched n-gram counts of
  an aligned pair are weighted by ``1 / (|d_s - d_r| + 1)`` (days), so a summary
  put on the wrong day earns partial credit that shrinks with the distance.
  Precision divides by the system's n-gram total, recall by the reference's.

Tokenisation: lower-cased alphanumeric tokens, no stemming and no stop-word
removal (tilse's default Python ROUGE without stemming). With several
references the scores are averaged over references.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable

Timeline = dict[_dt.date, list[str]]

_DASHES = re.compile(r"^-{5,}\s*$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def read_tilse(text: str) -> Timeline:
    """Parse a tilse-format timeline: date line, sentences, dashed separator."""
    tl: Timeline = {}
    cur: _dt.date | None = None
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if _DASHES.match(line):
            cur = None
            continue
        m = _DATE.match(line)
        if cur is None and m:
            cur = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            tl.setdefault(cur, [])
            continue
        if cur is not None:
            tl[cur].append(line)
    return tl


def read_story_json(data: dict) -> Timeline:
    tl: Timeline = {}
    for t in data.get("timeline", []):
        if not t.get("date"):
            continue
        d = _dt.date.fromisoformat(t["date"])
        tl.setdefault(d, []).append(t["text"])
    return tl


def load(path: str) -> Timeline:
    text = Path(path).read_text(encoding="utf-8")
    if text.lstrip().startswith("{"):
        return read_story_json(json.loads(text))
    return read_tilse(text)


def tokens(sents: Iterable[str]) -> list[str]:
    return [w for s in sents for w in re.findall(r"[a-z0-9]+", s.lower())]


def ngrams(toks: list[str], n: int) -> Counter:
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def date_prf(sys_tl: Timeline, ref_tl: Timeline) -> tuple[float, float, float]:
    s, r = set(sys_tl), set(ref_tl)
    tp = len(s & r)
    p = tp / len(s) if s else 0.0
    rec = tp / len(r) if r else 0.0
    return p, rec, _f1(p, rec)


def _overlap(a: Counter, b: Counter) -> int:
    return sum(min(c, b[g]) for g, c in a.items() if g in b)


def concat_rouge(sys_tl: Timeline, ref_tl: Timeline, n: int) -> tuple[float, float, float]:
    a = ngrams(tokens(s for d in sorted(sys_tl) for s in sys_tl[d]), n)
    b = ngrams(tokens(s for d in sorted(ref_tl) for s in ref_tl[d]), n)
    m = _overlap(a, b)
    p = m / sum(a.values()) if a else 0.0
    r = m / sum(b.values()) if b else 0.0
    return p, r, _f1(p, r)


def agreement_rouge(sys_tl: Timeline, ref_tl: Timeline, n: int) -> tuple[float, float, float]:
    m = 0
    for d in set(sys_tl) & set(ref_tl):
        m += _overlap(ngrams(tokens(sys_tl[d]), n), ngrams(tokens(ref_tl[d]), n))
    ts = sum(sum(ngrams(tokens(v), n).values()) for v in sys_tl.values())
    tr = sum(sum(ngrams(tokens(v), n).values()) for v in ref_tl.values())
    p = m / ts if ts else 0.0
    r = m / tr if tr else 0.0
    return p, r, _f1(p, r)


def _cos(a: Counter, b: Counter) -> float:
    num = sum(c * b[g] for g, c in a.items() if g in b)
    den = math.sqrt(sum(c * c for c in a.values())) * math.sqrt(sum(c * c for c in b.values()))
    return num / den if den else 0.0


def align_m1(sys_tl: Timeline, ref_tl: Timeline) -> dict[_dt.date, _dt.date]:
    """Each system date -> the reference date of least cost (1 - cosine) * (days apart + 1)."""
    uni_ref = {d: ngrams(tokens(v), 1) for d, v in ref_tl.items()}
    out = {}
    for ds, sents in sys_tl.items():
        us = ngrams(tokens(sents), 1)
        best = min(ref_tl, key=lambda dr: ((1 - _cos(us, uni_ref[dr]) + 1e-9) * (abs((ds - dr).days) + 1),
                                           abs((ds - dr).days), dr))
        out[ds] = best
    return out


def align_rouge(sys_tl: Timeline, ref_tl: Timeline, n: int) -> tuple[float, float, float]:
    if not sys_tl or not ref_tl:
        return 0.0, 0.0, 0.0
    al = align_m1(sys_tl, ref_tl)
    m = 0.0
    for ds, dr in al.items():
        w = 1.0 / (abs((ds - dr).days) + 1)
        m += w * _overlap(ngrams(tokens(sys_tl[ds]), n), ngrams(tokens(ref_tl[dr]), n))
    ts = sum(sum(ngrams(tokens(v), n).values()) for v in sys_tl.values())
    tr = sum(sum(ngrams(tokens(v), n).values()) for v in ref_tl.values())
    p = m / ts if ts else 0.0
    r = m / tr if tr else 0.0
    return p, r, _f1(p, r)


def score(sys_tl: Timeline, refs: list[Timeline]) -> dict[str, dict[str, float]]:
    """Averages over the references of every metric: {metric: {p, r, f1}}."""
    acc: dict[str, list[tuple[float, float, float]]] = {}
    for ref in refs:
        rows = {"date": date_prf(sys_tl, ref)}
        for n in (1, 2):
            rows[f"concat_rouge{n}"] = concat_rouge(sys_tl, ref, n)
            rows[f"agreement_rouge{n}"] = agreement_rouge(sys_tl, ref, n)
            rows[f"align_m1_rouge{n}"] = align_rouge(sys_tl, ref, n)
        for k, v in rows.items():
            acc.setdefault(k, []).append(v)
    return {k: {"p": sum(x[0] for x in v) / len(v), "r": sum(x[1] for x in v) / len(v),
                "f1": sum(x[2] for x in v) / len(v)} for k, v in acc.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("system", help="sitrep story.json or a tilse-format timeline")
    ap.add_argument("references", nargs="+", help="reference timelines (tilse format)")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    a = ap.parse_args(argv)
    sys_tl = load(a.system)
    refs = [load(p) for p in a.references]
    res = score(sys_tl, refs)
    if a.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"system: {a.system} ({len(sys_tl)} dates); references: {len(refs)} "
          f"({', '.join(str(len(r)) for r in refs)} dates)")
    print(f"{'metric':<20} {'P':>7} {'R':>7} {'F1':>7}")
    for k, v in res.items():
        print(f"{k:<20} {v['p']:7.4f} {v['r']:7.4f} {v['f1']:7.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
