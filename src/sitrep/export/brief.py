"""What the brief shows, computed once from the JSON export (Markdown and HTML only lay it out).

Everything here is derived from the export dict, so the brief can never say
something the JSON does not.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Optional

from sitrep.stories.compare import fmt_value, who_key
from sitrep.stories.describe import date_label

MAX_KEY_FIGURES = 12


@dataclass
class KeyFigure:
    subject: str
    low: Optional[float]
    high: Optional[float]
    sources: list[str]  # "Outlet (claimant, as of date)"
    n_articles: int

    @property
    def range_text(self) -> str:
        return fmt_value(self.low, self.high)


@dataclass
class Brief:
    title: str
    summaries: list[tuple[str, str]]  # (story title, summary)
    key_figures: list[KeyFigure]
    disagreements: list[dict[str, Any]]
    timeline: list[tuple[str, dict[str, Any]]]  # (date label, entry)
    points: list[dict[str, Any]]  # {name, lat, lon, n, label}
    sources: list[dict[str, Any]]  # article rows with an "n" citation number
    cite: dict[str, int] = field(default_factory=dict)  # article id -> citation number


def _date(s: Optional[str]) -> Optional[_dt.date]:
    return _dt.date.fromisoformat(s) if s else None


def outlet_of(a: dict[str, Any]) -> str:
    if a.get("outlet"):
        return str(a["outlet"])
    if a.get("source_path"):
        return re.split(r"[\\/]", str(a["source_path"]))[-1]
    return str(a["id"])[:12]


def make_brief(export: dict[str, Any], stories: Optional[list[tuple[str, str]]] = None) -> Brief:
    """The brief of an export; ``stories``: (title, summary) per story, when known."""
    arts = sorted(export.get("articles", []), key=lambda a: (a.get("published") or "9999", outlet_of(a)))
    cite = {a["id"]: i + 1 for i, a in enumerate(arts)}
    by_id = {a["id"]: a for a in arts}
    sources = [dict(a, n=cite[a["id"]]) for a in arts]

    # key figures: one row per quantity (what + who), the range over all sources
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for f in export.get("figures", []):
        if f.get("low") is None and f.get("high") is None:
            continue
        groups[(f["what"], who_key(f.get("who")))].append(f)
    kfs = []
    for (what, who), fs in groups.items():
        lows = [f["low"] if f["low"] is not None else f["high"] for f in fs]
        highs = [f["high"] for f in fs]
        low = min(x for x in lows if x is not None)
        high = None if any(h is None for h in highs) else max(highs)
        srcs = []
        for f in sorted(fs, key=lambda f: (f.get("as_of") or "", f["article_id"])):
            a = by_id.get(f["article_id"], {"id": f["article_id"]})
            bits = [fmt_value(f["low"], f["high"])]
            if f.get("claimant"):
                bits.append(f"per {f['claimant']}")
            if f.get("as_of"):
                bits.append(f"as of {date_label(_date(f['as_of']), 'day')}")
            srcs.append(f"{outlet_of(a)} [{cite.get(f['article_id'], '?')}]: " + ", ".join(bits))
        subject = what.replace("_", " ") + (f" — {who}" if who else "")
        kfs.append(KeyFigure(subject, low, high, list(dict.fromkeys(srcs)),
                             len({f["article_id"] for f in fs})))
    kfs.sort(key=lambda k: (-k.n_articles, k.subject))

    points: dict[tuple[float, float], dict[str, Any]] = {}
    for e in export.get("events", []):
        loc = e.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        key = (round(float(loc["lat"]), 3), round(float(loc["lon"]), 3))
        p = points.setdefault(key, {"name": loc.get("name") or "?", "lat": key[0], "lon": key[1], "n": 0})
        p["n"] += 1
    timeline = [(date_label(_date(t["date"]), t["precision"]), t) for t in export.get("timeline", [])]
    summaries = stories or []
    title = summaries[0][0] if len(summaries) == 1 else (
        f"{len(summaries)} stories" if summaries else "sitrep report")
    return Brief(title=title, summaries=summaries, key_figures=kfs[:MAX_KEY_FIGURES],
                 disagreements=list(export.get("disagreements", [])), timeline=timeline,
                 points=sorted(points.values(), key=lambda p: -p["n"]), sources=sources, cite=cite)


def citations(b: Brief, article_ids: list[str]) -> str:
    nums = sorted({b.cite[a] for a in article_ids if a in b.cite})
    return "".join(f"[{n}]" for n in nums)
