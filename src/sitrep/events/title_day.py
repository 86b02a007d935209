"""The day a headline gives the deed its body leaves undated: "Sunday market bombing in Borno kills nine", "Three shot
dead in Port-au-Prince bar on Friday night", "Nov 12 drone strike on El Obeid market killed 14, activists say". Ingest
cuts the headline off as the article's title, and a body that says only when the news was told ("a militia leader said
on Tuesday") dates no deed of its own: the headline's day is the report's word on when it happened.

Only where every act of violence the report tells as fact kept the report's date (``incident_date`` found no day for
any), only from a title that tells one day before the report's, at most ``RECENT_DAYS`` before the report and not a plan ("Police to
hold talks on Friday"), and only for acts told in the past tense with no day of their own (``undated_past_act``). The
day's evidence is in the title, outside the text: the event keeps no time expression of its own.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.events.date import RECENT_DAYS
from sitrep.events.incident_date import undated_past_act
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, TimeExpr
from sitrep.nlp.time import find_times

__all__ = ["date_from_title", "title_day"]

# a headline that announces what is still to come ("Police to hold talks on Friday", "Union will march on Monday")
_PLAN = re.compile(r"\b(?:will|shall|set\s+to|to\s+be|(?:plans?|vows?|due|expected|ready)\s+to|ahead\s+of|upcoming)\b|"
                   r"\bto\s+(?:hold|meet|march|vote|visit|strike|protest|rally)\b", re.I)


def title_day(title: Optional[str], published: Optional[_dt.date]) -> Optional[TimeExpr]:
    """The one recent past day ``title`` tells, resolved against ``published``; None for none, several, a plan, the
    report's own day or a later one, or one more than ``RECENT_DAYS`` before it."""
    if not title or published is None or _PLAN.search(title):
        return None
    days = [t for t in find_times(title, published) if t.type in ("DATE", "TIME") and t.start is not None
            and t.precision == "day" and not t.future]
    if len({(t.start, t.end or t.start) for t in days}) != 1:
        return None
    t = days[0]
    if (t.end or t.start) >= published or (published - t.start).days > RECENT_DAYS:
        return None  # (the report's own day is no word on the deed's: a dateline taken for a title, "NEW DELHI, September 7")
    return t


def date_from_title(out: list[EventMention], doc, times: list[TimeExpr], title: Optional[str],  # type: ignore[no-untyped-def]
                    published: Optional[_dt.date]) -> None:
    """Give the title's day to the report's undated past acts of violence (see the module docstring)."""
    violent = [m for m in out if m.event_type in VIOLENT_EVENT_TYPES and m.modality == "asserted"]
    if not violent or any(m.date_precision != "reported" for m in violent):
        return
    t = title_day(title, published)
    if t is None:
        return
    d0, d1 = t.start, t.end or t.start
    for m in violent:
        if undated_past_act(m, doc, times, d0, d1):
            m.time = None
            m.date_start, m.date_end, m.date_precision = d0, d1, "day"
