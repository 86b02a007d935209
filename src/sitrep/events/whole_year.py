"""A deed dated only by a whole year (or decade) that ended before the report is the story's past (issue 11).

"In the 1990s he commanded units fighting the rebels, whose fighters abducted thousands of children", "after
retiring in 2005 he became an advocate for peace talks", "defended the town in 1991, when it was shelled every
day": a year names no incident, and a year already over when the report was written is history, not news.
:func:`incident_date.mark_older_incidents` makes such deeds background beside a fresh incident of the report; a
report with none (an obituary, an interview, a review) kept them asserted and told them as events of their year.
An asserted mention dated to a whole year or decade that ended before the report's year is background, whatever
else the report tells. A deed of the report's own year ("this year", "earlier this year") is left alone here; one
dated to a month, a quarter or a day more than two months back ("the bombing of a bus in March 2022") is made
background by :mod:`old_incident` (it keeps its date).
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.incident_date import WHOLE_YEARS
from sitrep.model import EventMention

__all__ = ["mark_past_years"]


def mark_past_years(mentions: list[EventMention], published: Optional[_dt.date]) -> None:
    """In place: see the module docstring."""
    if published is None:
        return
    for m in mentions:
        if m.modality == "asserted" and m.date_precision in WHOLE_YEARS and m.date_end is not None \
                and m.date_end.year < published.year:  # ("earlier this year": the year is not over)
            m.modality = "background"
