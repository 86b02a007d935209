"""Words for the story level: date labels at their precision, source names, one-line event summaries."""
from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from typing import Optional

from sitrep.model import Article, Event, StoryTotal
from sitrep.resources import data_path
from sitrep.stories.totals import story_totals, total_sentence


def date_label(d: Optional[_dt.date], precision: str) -> str:
    """A date as a reader should see it at its precision: "3 Feb 2020", "week of 3 Feb 2020", "Feb 2020"."""
    if d is None:
        return "date unknown"
    day = f"{d.day} {d.strftime('%b')} {d.year}"
    if precision == "day":
        return day
    if precision == "week":
        monday = d - _dt.timedelta(days=d.weekday())
        return f"week of {monday.day} {monday.strftime('%b')} {monday.year}"
    if precision == "month":
        return d.strftime("%b %Y")
    if precision == "quarter":
        return f"Q{(d.month - 1) // 3 + 1} {d.year}"
    if precision == "year":
        return str(d.year)
    if precision == "decade":
        return f"{d.year // 10 * 10}s"
    if precision == "reported":
        return f"reported {day}"
    return f"about {day}"


def source_name(a: Optional[Article], article_id: str = "") -> str:
    """How an explanation names an article: its outlet (and wire), else its file name, else its id."""
    if a is None:
        return article_id[:12] or "an unknown source"
    name = a.outlet or (a.source_path.rsplit("/", 1)[-1] if a.source_path else None) or a.id[:12]
    if a.wires and a.outlet and not any(w.lower() == a.outlet.lower() for w in a.wires):
        name += f" ({', '.join(a.wires)})"
    return name


@lru_cache(maxsize=1)
def _verbs() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    path = data_path("event_verbs.tsv")
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            out[parts[0]] = (parts[1], parts[2])
    return out


def _verb(e: Event) -> tuple[str, str]:
    v = _verbs()
    for key in (e.sub_event_type, f"plover:{e.plover}" if e.plover else None, e.event_type):
        if key and key in v:
            return v[key]
    return ("acted against", (e.sub_event_type or e.event_type or "event").lower())


def event_summary(e: Event, with_date: bool = True) -> str:
    """One line: "<actor1> <verb> <actor2> in <place> on <date>" (the parts that are known)."""
    with_obj, without = _verb(e)
    a1 = e.actor1.name if e.actor1 else None
    a2 = e.actor2.name if e.actor2 else None
    if a1 and a2:
        core = f"{a1} {with_obj} {a2}"
    elif a1:
        core = f"{a1}: {without}"
    elif a2:
        core = f"{without[:1].upper() + without[1:]} against {a2}"
    else:
        core = without[:1].upper() + without[1:]
    if e.place is not None and e.place.name:
        where = e.place.name
        if e.place.admin1 and e.place.admin1.lower() != e.place.name.lower() and e.place.precision in (
                "point", "town", "district"):
            where += f" ({e.place.admin1})"
        core += f" in {where}"
    if with_date and e.date_start is not None:
        lab = date_label(e.date_start, e.date_precision)
        core += (" — " + lab) if e.date_precision == "reported" else (
            f" on {lab}" if e.date_precision == "day" else f", {lab}")
    if e.modality != "asserted":
        core += f" [{e.modality}]"
    return core


def _range_label(days: list[_dt.date]) -> str:
    lo, hi = min(days), max(days)
    if lo == hi:
        return date_label(lo, "day")
    if (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo.day}–{hi.day} {hi.strftime('%b %Y')}"
    if lo.year == hi.year:
        return f"{lo.day} {lo.strftime('%b')} – {hi.day} {hi.strftime('%b %Y')}"
    return f"{date_label(lo, 'day')} – {date_label(hi, 'day')}"


def _central_places(events: list[Event], k: int = 2) -> list[str]:
    """The places most events (weighted by independent sources) happened at or in."""
    from collections import Counter

    towns: Counter = Counter()
    regions: Counter = Counter()
    for e in events:
        if e.place is None or e.modality != "asserted":
            continue
        w = max(1, e.n_independent_sources)
        if e.place.precision in ("point", "town", "district") and e.place.name:
            towns[e.place.name] += w
            if e.place.admin1:
                regions[e.place.admin1] += w
        elif e.place.name:
            regions[e.place.name] += w
    names = [n for n, _ in regions.most_common(1)] + [n for n, _ in towns.most_common(k)]
    return list(dict.fromkeys(names))[: k + 1]


def story_title(events: list[Event], articles: list[Article]) -> str:
    """"<region>, <towns>: <main kinds of event>, <date range>" from the best-sourced events."""
    from collections import Counter

    asserted = [e for e in events if e.modality == "asserted"]
    if not asserted:
        titled = [a.title for a in articles if a.title]
        return titled[0] if titled else (f"{len(articles)} article(s)" if articles else "Empty story")
    kinds: Counter = Counter()
    for e in asserted:
        kinds[(e.sub_event_type or e.plover or e.event_type)] += max(1, e.n_independent_sources)
    places = _central_places(asserted)
    days = [e.date_start for e in asserted if e.date_start is not None]
    head = ", ".join(places) if places else "Events"
    title = f"{head}: " + ", ".join(k.lower() if i else k for i, (k, _) in enumerate(kinds.most_common(3)))
    if days:
        title += f" ({_range_label(days)})"
    return title


def story_summary(events: list[Event], articles: list[Article], n_disagreements: int,
                  totals: Optional[StoryTotal] = None) -> str:
    """A few sentences: coverage, the best-sourced events, the deaths over distinct incidents (stories/totals.py,
    computed here when not given), the disagreements."""
    outlets = {a.outlet or a.source_path or a.id for a in articles}
    pubs = [a.published for a in articles if a.published]
    s = f"{len(articles)} report(s) from {len(outlets)} source(s)"
    if pubs:
        s += f", published {_range_label(pubs)}"
    s += "."
    asserted = [e for e in events if e.modality == "asserted"]
    if asserted:
        s += f" They describe {len(asserted)} distinct event(s)"
        places = _central_places(asserted, k=3)
        if places:
            s += " around " + ", ".join(places)
        s += "."
        top = sorted(asserted, key=lambda e: (-e.n_independent_sources, -e.n_sources, e.summary))[:3]
        s += " Best-sourced: " + "; ".join(
            f"{e.summary} ({e.n_independent_sources} independent source(s))" for e in top) + "."
        s += total_sentence(totals if totals is not None else story_totals(events, {a.id: a for a in articles}))
    if n_disagreements:
        s += f" Sources disagree on {n_disagreements} figure(s); see Disagreements."
    return s
