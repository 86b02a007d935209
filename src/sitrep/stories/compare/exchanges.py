"""Which events are one exchange between two states (a clash and the retaliation the same days), whose tolls
count the same dead: compared as one incident, a conflict, never an update.

Decides from the events' actors (both state ids: ``TUR_MIL`` vs ``SYR_GOV``), types (violent), dates (overlapping)
and places: at least one of the two is not placed by its own sentence (two strikes in named towns on one day stay
two incidents).
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from sitrep.model import VIOLENT_EVENT_TYPES, Event


def _exchange_ids(events: Optional[list[Event]], incident_of: dict[str, str]) -> set[str]:
    """Join the incidents of one exchange between two states (see :func:`_exchanges`), in place; returns the
    ids of the events joined so (their tolls are compared, but never read as updates of each other)."""
    joined: set[str] = set()
    _exchanges(events or [], incident_of, joined)
    return joined


_STATE_SIDE = re.compile(r"^([A-Z]{3})_(GOV|MIL|MOD)\b")


def _sides(e: Event) -> Optional[frozenset[str]]:
    """The two states an event sets against each other ("TUR", "SYR"), from its actors' ids; else None."""
    sides = set()
    for a in (e.actor1, e.actor2):
        m = _STATE_SIDE.match((a.entity_id or "") if a is not None else "")
        if m is None:
            return None
        sides.add(m.group(1))
    return frozenset(sides) if len(sides) == 2 else None


def _weakly_placed(e: Event) -> bool:
    """True when no mention names the event's place in its own sentence (the place was borrowed)."""
    return e.place is None or e.place.precision in ("province", "region", "country") or not any(
        m.place is not None and m.sentence.start <= m.place.span.start < m.sentence.end for m in e.mentions)


def _exchanges(events: list[Event], out: dict[str, str], joined: set[str]) -> None:
    """One exchange between two states is one incident: "the 3 Feb clash" and "Turkey's retaliation that week"
    count the same dead, so their tolls are compared. Violent events join when they set the same two states
    against each other, their dates overlap and at least one of them is not placed by its own sentence (two
    strikes in named towns on one day stay two incidents)."""
    by_pair: dict[frozenset[str], list[Event]] = defaultdict(list)
    for e in events:
        if e.event_type in VIOLENT_EVENT_TYPES and e.date_start is not None and (sides := _sides(e)) is not None:
            by_pair[sides].append(e)
    for evs in by_pair.values():
        evs.sort(key=lambda e: (e.date_start, e.id))  # type: ignore[arg-type,return-value]
        for i, a in enumerate(evs):
            a_end = a.date_end or a.date_start
            for b in evs[i + 1:i + 50]:  # bounded: one pair of states rarely has 50 tolled events in a week
                if b.date_start > a_end:  # type: ignore[operator]
                    break
                if out[b.id] != b.id or not (_weakly_placed(a) or _weakly_placed(b)):
                    continue
                out[b.id] = out[a.id]
                joined.add(b.id)
