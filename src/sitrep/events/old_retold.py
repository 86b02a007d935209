"""An old incident told again without a date: "... reopened after repairs to damage from a suicide bombing two years
ago. The minister walked along the platform where the attacker blew himself up, killing more than two dozen
people"; "... to families of people killed in the 2019 Easter Sunday bombings. Suicide bombers struck three churches".

A report that tells no fresh act of violence (none dated within :data:`~sitrep.events.date.RECENT_DAYS` days of it)
but names an incident dated months or years back, and then tells acts of violence with no date of their own, is
retelling that incident: each such act takes the date of the old incident told nearest before it (and is then
background by :mod:`old_incident`), instead of the one day the report tells for its news (a visit, a payment).
Left alone: a report with an act of violence dated in its own time, or with an undated act told in or before the
sentence that first names the old incident ("A year after the 2019 massacre, gunmen killed five villagers").
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.date import RECENT_DAYS
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention

__all__ = ["date_old_retellings"]


def _old(m: EventMention, published: _dt.date) -> bool:
    return m.modality != "denied" and m.time is not None and m.date_precision != "reported" \
        and m.date_end is not None and (published - m.date_end).days > RECENT_DAYS


def date_old_retellings(mentions: list[EventMention], published: Optional[_dt.date]) -> None:
    """In place: see the module docstring."""
    if published is None:
        return
    violent = [m for m in mentions if m.event_type in VIOLENT_EVENT_TYPES and m.sentence is not None]
    old = [m for m in violent if _old(m, published)]
    if not old:
        return
    asserted = [m for m in violent if m.modality == "asserted" and not _old(m, published)]
    if any(m.date_precision != "reported" for m in asserted):
        return  # a fresh act dated in the report's own time (or a recent one)
    first = min(o.sentence.start for o in old)
    if any(m.sentence.start <= first for m in asserted):
        return
    for m in asserted:
        src = max((o for o in old if o.sentence.start < m.sentence.start), key=lambda o: o.sentence.start)
        m.time, m.date_start, m.date_end, m.date_precision = src.time, src.date_start, src.date_end, src.date_precision
