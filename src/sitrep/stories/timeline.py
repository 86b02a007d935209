"""Timeline: one dated line per event, or per group of same-day events, ordered by when it happened.

Events are grouped by (date, precision): all events of one day make one line;
a week- or month-precision event keeps its own line at its precision. Only
asserted events enter the timeline (denied, threatened and planned actions did
not happen). Lines are ordered by event date, finer precision first on ties,
and each line cites the articles of its events. Within a line, better-sourced
events come first.

A count of people killed, wounded, detained or displaced that rises as reports
come in (a disagreement of kind ``update``) adds a line on each later day a report
gave a higher figure ("reported count of people killed on 8 Apr rises to 57"),
dated by that report (its publication, or the later day its figure is given for;
precision ``reported``) and citing it: when a toll rose is part of what happened.
Other counts (troops, vehicles) do not.
"""
from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from typing import Optional

from sitrep.model import (HARMED_WHAT, HUMANITARIAN_WHAT, Article, Disagreement, DisagreementValue, Event, Figure,
                          TimelineEntry)
from sitrep.stories.compare import fmt_value
from sitrep.stories.describe import event_summary
from sitrep.stories.merge import PRECISION_RANK

MAX_EVENTS_PER_LINE = 6
_COUNTED = HARMED_WHAT | HUMANITARIAN_WHAT


def toll_updates(disagreements: list[Disagreement], articles: dict[str, Article],
                 figures: dict[str, Figure]) -> list[TimelineEntry]:
    """One line per report day on which an updated toll rose above every earlier day's figure."""
    out = []
    for d in disagreements:
        if d.kind != "update" or not all((f := figures.get(v.figure_id)) is not None and f.what in _COUNTED
                                         for v in d.values):
            continue
        by_day: dict[_dt.date, list[DisagreementValue]] = defaultdict(list)
        for v in d.values:
            a = articles.get(v.article_id)
            if a is not None and a.published is not None and (v.low is not None or v.high is not None):
                # the report's day, or the later day its figure is given for (a header date found a day early)
                by_day[max(a.published, v.as_of or a.published)].append(v)
        top: Optional[float] = None
        for day in sorted(by_day):
            v = max(by_day[day], key=_value)
            if top is not None and _value(v) > top:
                out.append(TimelineEntry(date=day, precision="reported",
                                         text=f"Reported count of {d.subject} rises to {fmt_value(v.low, v.high)}.",
                                         article_ids=[v.article_id]))
            top = _value(v) if top is None else max(top, _value(v))
    return out


def _value(v: DisagreementValue) -> float:
    return v.low if v.low is not None else v.high  # type: ignore[return-value]


def build_timeline(events: list[Event], disagreements: Optional[list[Disagreement]] = None,
                   articles: Optional[dict[str, Article]] = None,
                   figures: Optional[list[Figure]] = None) -> list[TimelineEntry]:
    groups: dict[tuple[_dt.date, str], list[Event]] = defaultdict(list)
    for e in events:
        if e.modality != "asserted" or e.date_start is None:
            continue
        groups[(e.date_start, e.date_precision)].append(e)
    out = []
    for (day, prec), evs in sorted(groups.items(), key=lambda kv: (kv[0][0], PRECISION_RANK.get(kv[0][1], 9))):
        evs = sorted(evs, key=lambda e: (-e.n_independent_sources, -e.n_sources, e.summary))
        shown = evs[:MAX_EVENTS_PER_LINE]
        text = "; ".join(event_summary(e, with_date=False) for e in shown)
        if len(evs) > len(shown):
            text += f"; and {len(evs) - len(shown)} more events"
        arts: list[str] = []
        for e in evs:
            for m in e.mentions:
                if m.article_id not in arts:
                    arts.append(m.article_id)
        out.append(TimelineEntry(date=day, precision=prec, text=text + ".", event_ids=[e.id for e in evs],
                                 article_ids=arts))
    if disagreements and articles and figures:
        out.extend(toll_updates(disagreements, articles, {f.id: f for f in figures}))
        out.sort(key=lambda t: (t.date or _dt.date.max, PRECISION_RANK.get(t.precision, 9)))
    return out

