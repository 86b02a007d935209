"""Timeline: one dated line per event, or per group of same-day events, ordered by when it happened.

Events are grouped by (date, precision): all events of one day make one line;
a week- or month-precision event keeps its own line at its precision. Only
asserted events enter the timeline (denied, threatened and planned actions did
not happen). Lines are ordered by event date, finer precision first on ties,
and each line cites the articles of its events. Within a line, better-sourced
events come first.
"""
from __future__ import annotations

import datetime as _dt
from collections import defaultdict

from sitrep.model import Event, TimelineEntry
from sitrep.stories.describe import event_summary
from sitrep.stories.merge import PRECISION_RANK

MAX_EVENTS_PER_LINE = 6


def build_timeline(events: list[Event]) -> list[TimelineEntry]:
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
    return out

