"""A dated deed that ended more than two months before its report is the report's background, not its news.

An analyst reads a report for what happened in its time. A trial report retells its crime ("the stabbings in March
last year", "the bombing of 14 June 2022"), an anniversary its massacre ("a year after the massacre of 3 October"),
a minister's visit the bombing that wrecked a station ("the November 2024 suicide bombing"), an appeal for witnesses
its spring shooting ("The shooting happened on 04/09/2026"): those incidents were news when they happened, and a
record made of them again, dated months or years back, would count one incident twice. So, whatever the precision
of its date (a day, a month, a year) and whether or not the report tells a fresh incident beside it, an asserted
mention whose own date ends more than :data:`~sitrep.events.date.RECENT_DAYS` days before the report's date is
background: it keeps its date (``--all-modalities`` of the benches scores it), and it is no event of the report's
time. A report with no date of its own, and a deed with no date of its own (one dated only by its report), are left
alone; so is a deed "earlier this year" or "since March" whose time runs into the report's last two months.
(:func:`incident_date.mark_older_incidents` makes coarser and older deeds background beside a fresh incident even
when they are recent; :mod:`whole_year` does so for a whole past year.)
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.date import RECENT_DAYS
from sitrep.model import EventMention

__all__ = ["mark_old_incidents"]


def mark_old_incidents(mentions: list[EventMention], published: Optional[_dt.date]) -> None:
    """In place: see the module docstring."""
    if published is None:
        return
    for m in mentions:
        if m.modality == "asserted" and m.event_type != "Political" and m.time is not None \
                and m.date_precision != "reported" and m.date_end is not None \
                and (published - m.date_end).days > RECENT_DAYS:
            m.modality = "background"
