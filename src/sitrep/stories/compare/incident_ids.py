"""Which merged events are one incident, so that their tolls are compared with each other.

Decides from the events' type, place name and start date: events of one type at one named place within
:data:`INCIDENT_SLACK_DAYS` of each other are one incident (a toll reported "a day after the strike" may be dated
by its report and not merge). One exchange between two states is joined on top of this
(:mod:`~sitrep.stories.compare.exchanges`).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from sitrep.model import Event


INCIDENT_SLACK_DAYS = 2


def _incident_ids(events: Optional[list[Event]]) -> dict[str, str]:
    """Event id -> incident id: events of one type at one named place within INCIDENT_SLACK_DAYS are one
    incident (a toll reported "a day after the strike" may be dated by its report and not merge)."""
    by: dict[tuple[str, str], list[Event]] = defaultdict(list)
    out: dict[str, str] = {}
    for e in events or []:
        out[e.id] = e.id
        if e.place is not None and e.place.name and e.date_start is not None:
            by[(e.event_type, e.place.name.lower())].append(e)
    for evs in by.values():
        evs.sort(key=lambda e: e.date_start)  # type: ignore[arg-type,return-value]
        cur, last = evs[0].id, evs[0].date_start
        for e in evs[1:]:
            if (e.date_start - last).days > INCIDENT_SLACK_DAYS:  # type: ignore[operator]
                cur = e.id
            out[e.id] = cur
            last = e.date_start
    return out
