"""What the brief shows, computed once from the JSON export (Markdown and HTML only lay it out).

Everything here is derived from the export dict (and the stories' titles and lead paragraphs),
so the brief can never say something the JSON does not.

Key figures: the story's own grouping (``stories.totals.key_figures``, carried in the export's ``key_figures``):
one row per quantity, that is per what is counted, for whom (the groups of ``data/figure_groups.tsv``) and since
when (a period total is not an incident count); this module only lays the rows out. A row
shows the latest value of each claimant (a figure nobody is quoted for is its outlet's claim);
when the claimants' latest values differ, the row says so and lists them: never one range
spanning different sources, groups or periods, and never a sum. Totals over distinct incidents
are rendered only when the export carries them (``totals``); otherwise they are "not computed".
"""
from __future__ import annotations

import datetime as _dt
import math
import re
import statistics
from dataclasses import dataclass, field
from typing import Any, Optional

from sitrep.model import Article, Figure, Span
from sitrep.stories.confidence import SHOWN
from sitrep.stories.describe import date_label, report_words
from sitrep.stories.totals import PEOPLE_FIRST

MAX_KEY_FIGURES = 16
OUTLIER_KM = 150.0  # a place farther than this (and than 4x the typical distance) from the centre is an outlier
_MORE_THAN = re.compile(r"\b(more than|over|above|upwards of|in excess of|exceeding)\b", re.I)
_NEARLY = re.compile(r"\b(nearly|almost|just under|close to)\b", re.I)
_ABOUT = re.compile(r"\b(about|around|approximately|roughly|some|an estimated|estimated)\b", re.I)


@dataclass
class FigureLine:
    value: str  # "more than 300"
    claimant: str  # "United Nations", or the outlet when nobody is quoted
    outlet: str
    cite: int
    as_of: str  # "27 Feb 2020" or ""
    quote: str  # the figure's own words

    def text(self) -> str:
        who = self.claimant if self.claimant == self.outlet else f"{self.claimant}, via {self.outlet}"
        when = f", as of {self.as_of}" if self.as_of else ""
        return f"{self.value} — {who} [{self.cite}]{when} (“{self.quote}”)"


@dataclass
class KeyFigure:
    label: str  # "Civilians killed since 1 Dec 2019"
    headline: str  # the value when all claimants agree, else "sources differ"
    lines: list[FigureLine]
    n_articles: int
    what: str = ""

    # older names, kept for callers
    @property
    def subject(self) -> str:
        return self.label

    @property
    def range_text(self) -> str:
        return self.headline


@dataclass
class Brief:
    title: str
    summaries: list[tuple[str, str]]  # (story title, lead paragraph)
    key_figures: list[KeyFigure]
    totals: list[str]  # totals over distinct incidents, or one "not computed" line
    disagreements: list[dict[str, Any]]
    timeline: list[tuple[str, dict[str, Any]]]  # (date label, entry)
    points: list[dict[str, Any]]  # {name, lat, lon, n}: confident places, outliers left out
    left_out: list[dict[str, Any]]  # confident places far from the others (listed, not drawn)
    sources: list[dict[str, Any]]  # article rows with an "n" citation number and an "outlet_label"
    cite: dict[str, int] = field(default_factory=dict)  # article id -> citation number


def published_note(a: dict[str, Any]) -> str:
    """A source's date as the report lists it: the date every stage used, and how it was known when not read."""
    when = a.get("published") or "date unknown"
    if a.get("published_how") == "inferred":
        when += " (inferred from the story)"
    elif a.get("published_how") == "corrected":
        when += f" (corrected from the header's {a.get('published_header') or 'date'} by the text's weekdays)"
    return when


def _date(s: Optional[str]) -> Optional[_dt.date]:
    return _dt.date.fromisoformat(s) if s else None


def outlet_of(a: dict[str, Any]) -> str:
    """An exported article's outlet for readers (``describe.site_name``), else "unnamed outlet"."""
    from sitrep.stories.describe import site_name

    return site_name(a.get("outlet"), str(a.get("url") or "")) or "unnamed outlet"


def number(x: float) -> str:
    """3000000 -> "3 million", 700000 -> "700,000", 595.69 -> "595.7"."""
    if abs(x) >= 1_000_000 and round(x) % 100_000 == 0:
        return f"{x / 1_000_000:g} million"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.1f}"


def value_text(low: Optional[float], high: Optional[float], text: str = "", unit: str = "") -> str:
    """A figure's value in the words of its source: "more than 4 million", "nearly 1 million", "at least 4"."""
    if low is None and high is None:
        v = "unknown"
    elif high is None:
        assert low is not None
        more = _MORE_THAN.search(text or "") and float(low).is_integer() and low >= 1
        v = f"more than {number(low - 1)}" if more else f"at least {number(low)}"
    elif low is None:
        v = f"up to {number(high)}"
    elif low == high:
        v = number(low)
    elif _NEARLY.search(text or ""):
        v = f"nearly {number(high)}"
    elif _ABOUT.search(text or "") and math.isclose((low + high) / 2, round((low + high) / 2), abs_tol=0.5):
        v = f"about {number((low + high) / 2)}"
    else:
        v = f"{number(low)}–{number(high)}"
    return f"{v} {unit}" if unit and v != "unknown" else v


def figure_label(what: str, group: str, since: Optional[str], period: bool = False) -> tuple[str, str]:
    """(plain label, unit) of a quantity: ("Civilians killed since 1 Dec 2019", ""); a count over a war or campaign
    with no start date (``period``) is "killed to date"."""
    words = report_words().get("figure", {})
    name, unit = words.get(what, (what.replace("_", " "), "-"))
    unit = "" if unit == "-" else unit
    if group and group.lower() in name.lower():
        group = ""  # "troops deployed (troops)" says it twice
    named_by_group = bool(group) and (name.lower().split()[0] in group.lower()
                                      or what == "displaced" and "refugee" in group.lower())
    if named_by_group:
        label = group  # "Internally displaced", "Refugees abroad": the group already says what happened to them
    elif group and what in PEOPLE_FIRST:
        label = f"{group} {name}"
    elif group:
        label = f"{name} ({group})"
    else:
        label = name
    if since:
        label += f" since {date_label(_date(since), 'day')}"
    elif period:
        label += " to date"
    return label[:1].upper() + label[1:], unit


def _figure_of(f: dict[str, Any]) -> Figure:
    return Figure(id=f["id"], span=Span(f["article_id"], f["start"], f["end"], f["text"]), what=f["what"],
                  who=f.get("who"), low=f.get("low"), high=f.get("high"), as_of=_date(f.get("as_of")),
                  since=_date(f.get("since")), claimant=f.get("claimant"), claimant_name=f.get("claimant"),
                  background=bool(f.get("background")))


def _article_of(a: dict[str, Any]) -> Article:
    return Article(id=a["id"], text="", outlet=a.get("outlet"), url=a.get("url"), published=_date(a.get("published")))


def story_key_figures(export: dict[str, Any]) -> list[dict[str, Any]]:
    """The export's key figures as the stories grouped them; an export that carries none (an older file, a hand-made
    one) is grouped the same way, by ``stories.totals.key_figures``, without the articles' text."""
    if export.get("key_figures") is not None:
        return list(export["key_figures"])
    from sitrep.model import to_dict
    from sitrep.stories.totals import key_figures as group_figures

    figs = [_figure_of(f) for f in export.get("figures", [])]
    arts = {a["id"]: _article_of(a) for a in export.get("articles", [])}
    return [to_dict(k) for k in group_figures(figs, arts, use_text=False)]


def _plain_group(grp: str, fs: list[dict[str, Any]]) -> str:
    """A group as the sources word it ("soldiers", not the key "soldier") when no label names it."""
    from collections import Counter

    from sitrep.stories.compare import who_key

    raw = Counter(re.sub(r"^(the|some|all)\s+", "", " ".join(str(f.get("who") or "").split()).lower())
                  for f in fs if f.get("who") and who_key(f["who"]) == grp)
    return raw.most_common(1)[0][0] if raw else grp


_HEADLINES = {"differ": "sources differ (latest value of each below)",
              # counts with no period may be of different incidents: listed, never added up or ranged
              "incidents": "differs by source or incident (not added up; latest of each source below)"}


def key_figures(export: dict[str, Any], cite: dict[str, int]) -> list[KeyFigure]:
    """The key figures of the export laid out (the grouping is the stories': :func:`story_key_figures`), only for
    quantities the report knows how to name (data/report_words.tsv); all stay in story.json."""
    by_id = {a["id"]: a for a in export.get("articles", [])}
    figs = {f["id"]: f for f in export.get("figures", [])}
    labelled = report_words().get("figure", {})
    rows = []
    for k in story_key_figures(export):
        if k["what"] not in labelled or not k.get("claims"):
            continue
        fs = [figs[c["figure_id"]] for c in k["claims"] if c["figure_id"] in figs]
        label, unit = figure_label(k["what"], _plain_group(k.get("group") or "", fs), k.get("since"),
                                   bool(k.get("period")))
        lines = []
        for c in k["claims"]:
            a = by_id.get(c["article_id"], {"id": c["article_id"]})
            f = figs.get(c["figure_id"], {})
            outlet = outlet_of(a)
            lines.append(FigureLine(value_text(c.get("low"), c.get("high"), f.get("text", ""), unit),
                                    c["claimant"] if c.get("quoted", True) and c.get("claimant") else outlet,
                                    outlet, cite.get(c["article_id"], 0),
                                    date_label(_date(c["as_of"]), "day") if c.get("as_of") else "",
                                    " ".join(str(f.get("text", "")).split())))
        headline = lines[0].value if k.get("kind", "agree") == "agree" else _HEADLINES.get(k["kind"], _HEADLINES["differ"])
        rows.append(KeyFigure(label, headline, lines, k.get("n_articles") or len({c["article_id"] for c in k["claims"]}),
                              k["what"]))
    rank = {w: i for i, w in enumerate(PEOPLE_FIRST)}
    rows.sort(key=lambda k: (-k.n_articles, rank.get(k.what, len(rank)), k.label))
    return rows


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def split_outliers(points: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(kept, outliers): a point is an outlier when it lies farther from the weighted median centre than both
    OUTLIER_KM and four times the median distance of the points (the same rule as the web map's first view)."""
    if len(points) < 3:
        return points, []
    lats = [p["lat"] for p in points for _ in range(p.get("n", 1))]
    lons = [p["lon"] for p in points for _ in range(p.get("n", 1))]
    c = (statistics.median(lats), statistics.median(lons))
    ds = [_km(c, (p["lat"], p["lon"])) for p in points]
    typical = statistics.median([d for p, d in zip(points, ds) for _ in range(p.get("n", 1))])
    limit = max(OUTLIER_KM, 4 * typical)
    kept = [p for p, d in zip(points, ds) if d <= limit]
    return kept, [p for p, d in zip(points, ds) if d > limit]


def confident_location(e: dict[str, Any]) -> Optional[dict[str, Any]]:
    """The event's location when it is confident enough to draw: coordinates, not a country, confidence >= SHOWN."""
    loc = e.get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None or loc.get("precision") == "country":
        return None
    conf = (e.get("confidence") or {}).get("place", loc.get("confidence"))
    if conf is not None and conf < SHOWN:
        return None
    return loc


def total_text(t: dict[str, Any]) -> str:
    """One story-level total as given by the story: its own text, else "<label> over N incidents: <value>";
    a total the story marks as not computed (or gives no value for) says so, it is never summed here."""
    if t.get("text"):
        return str(t["text"])
    if t.get("how") and t.get("best") is not None:  # a StoryTotal (stories/totals.py): its toll and how it was made
        from sitrep.stories.totals import fmt

        n = t.get("n_incidents") or 0
        rng = f" ({fmt(t['low'])}–{fmt(t['high'])} across claims)" if t.get("low") != t.get("high") else ""
        head = f"Reported deaths over {n} distinct incident(s): {fmt(t['best'])}{rng}" if n else "Reported deaths"
        # ``how`` already names each acting side's own claim ("not added: 114 per ..."): said once
        return f"{head}; {t['how']}."
    label, unit = figure_label(str(t.get("what") or "total"), str(t.get("who") or ""), t.get("since"))
    n = t.get("n_incidents")
    head = f"{label} over {n} distinct incident(s)" if n else f"{label}, total over distinct incidents"
    if t.get("computed") is False or (t.get("low") is None and t.get("high") is None):
        why = f" ({t['reason']})" if t.get("reason") else ""
        return f"{head}: not computed{why}"
    return f"{head}: {value_text(t.get('low'), t.get('high'), str(t.get('quote') or ''), unit)}"


def make_brief(export: dict[str, Any], stories: Optional[list[tuple[str, str]]] = None) -> Brief:
    """The brief of an export; ``stories``: (title, lead paragraph) per story, largest first, when known."""
    arts = sorted(export.get("articles", []), key=lambda a: (a.get("published") or "9999", outlet_of(a), a["id"]))
    cite = {a["id"]: i + 1 for i, a in enumerate(arts)}
    sources = [dict(a, n=cite[a["id"]], outlet_label=outlet_of(a)) for a in arts]
    kfs = key_figures(export, cite)

    totals = [total_text(t) for t in export.get("totals", []) if isinstance(t, dict)]
    if not totals:
        totals = ["Totals over distinct incidents: not computed (tolls from different reports may count the "
                  "same dead; sitrep does not add them up)."]

    points: dict[tuple[float, float], dict[str, Any]] = {}
    for e in export.get("events", []):
        if e.get("modality", "asserted") != "asserted":
            continue
        loc = confident_location(e)
        if loc is None:
            continue
        key = (round(float(loc["lat"]), 3), round(float(loc["lon"]), 3))
        p = points.setdefault(key, {"name": loc.get("name") or "?", "lat": key[0], "lon": key[1], "n": 0})
        p["n"] += 1
    kept, left_out = split_outliers(sorted(points.values(), key=lambda p: (-p["n"], p["name"])))
    timeline = [(date_label(_date(t["date"]), t["precision"]), t) for t in export.get("timeline", [])]
    summaries = stories or []
    if not summaries:
        title = "sitrep report"
    elif len(summaries) == 1:
        title = summaries[0][0]
    else:
        title = f"{summaries[0][0]} (and {len(summaries) - 1} other stor{'ies' if len(summaries) > 2 else 'y'})"
    return Brief(title=title, summaries=summaries, key_figures=kfs[:MAX_KEY_FIGURES], totals=totals,
                 disagreements=list(export.get("disagreements", [])), timeline=timeline, points=kept,
                 left_out=left_out, sources=sources, cite=cite)


def citations(b: Brief, article_ids: list[str]) -> str:
    nums = sorted({b.cite[a] for a in article_ids if a in b.cite})
    return "".join(f"[{n}]" for n in nums)
