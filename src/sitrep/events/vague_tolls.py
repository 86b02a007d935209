"""A toll told only by an open plural number word ("the army killed dozens of the attackers") is no count (issue 16).

"dozens", "scores", "millions" give a lower bound and no upper one (nlp/numbers.py: "dozens" is at least 24); read
as an event's toll, that bound stands as the count the event reports (24 killed), which the text never said. The
sets' gold conventions leave such a toll uncounted ("'dozens' killed: no count": attack_reports21 w15,
attack_reports6 f19; war and terror reports' "dozens of militants", often a side's claim): blank beats a made-up
number. Only a bare vague word with no upper bound is dropped from the event; "hundreds" (a range, 200..999, which
no reader takes as exact), "more than a dozen" (a bound the text gives: 13), "at least 24" and the figure itself in
the analysis are kept.
"""
from __future__ import annotations

from sitrep.model import EventMention, Figure

__all__ = ["drop_open_vague_tolls"]


def open_vague(f: Figure) -> bool:
    """``f`` is a bare vague plural number word with no upper bound ("dozens", "scores of"): no digit in its words."""
    return (f.hedge == "vague" and f.low is not None and f.high is None and f.best is None
            and not any(c.isdigit() for c in (f.span.text if f.span is not None else "")))


def drop_open_vague_tolls(events: list[EventMention]) -> list[EventMention]:
    """``events``, whose fatalities told only by an open vague word are now blank (changed in place)."""
    for ev in events:
        if ev.fatalities is not None and open_vague(ev.fatalities):
            ev.fatalities = None
    return events
