"""A killing hedged for its doer, its death told as a fact (issue 16, branch tolls17).

Police releases on domestic killings hedge the deed because the suspect is not yet convicted: "arrested a 39-year-old
man ... for allegedly killing his wife with an axe". ``events/modality`` reads the hedge ("allegedly") as one side's
claim and the deed as "claimed"; but the report tells the death itself as a fact in a sentence of its own ("She was
rushed to hospital and was pronounced dead on arrival"). Only who did it is alleged.

In a report that tells no asserted violent deed (the case ``events/charged_killing`` also reads), an ordinary crime
deed read as claimed becomes asserted when the report tells, outside every claimed deed's sentence, a count of dead
of its own (exact, not background, carried by no other event): the hedge is on the doer, the death is a fact.
A claim of a side in a conflict (no ``crime`` deed) is left as it is.

A report may also tell the hedged deed again as a fact, without its count: "A man allegedly killed his elder brother
and nephew ... he came to the house with a pistol and fired at Tariq and his son, both of whom died". Where every
asserted violent deed of the report is such a crime deed with no count of dead, :func:`assert_hedged_retold` makes the
claimed crime deeds with a count asserted: the hedge is the reporter's caution before a charge, the deed is reported
(local_reports13 w23, branch misses12).
"""
from __future__ import annotations

from sitrep.model import KILLED_WHAT, VIOLENT_EVENT_TYPES, EventMention, Figure

__all__ = ["assert_hedged_killings", "assert_hedged_retold"]


def _fact_death(figures: list[Figure], events: list[EventMention], claimed: list[EventMention]) -> bool:
    carried = {fid for e in events for fid in e.figures} | {e.fatalities.id for e in events if e.fatalities is not None}
    return any(f.what in KILLED_WHAT and f.low is not None and f.low == f.high and not f.background
               and f.since is None and f.id not in carried
               and not any(e.sentence.start <= f.span.start < e.sentence.end for e in claimed) for f in figures)


def assert_hedged_killings(events: list[EventMention], figures: list[Figure]) -> None:
    """Make asserted the claimed crime deeds with a count of dead of a report whose death is told as a fact
    (module docstring)."""
    claimed = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "claimed"
               and e.outside == "crime" and e.fatalities is not None]
    if claimed and _fact_death(figures, events, claimed):
        for e in claimed:
            e.modality = "asserted"


def assert_hedged_retold(events: list[EventMention]) -> None:
    """Make asserted the claimed crime deeds with a count of dead of a report whose asserted violent deeds are all
    crime deeds told with no count (module docstring)."""
    violent = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES]
    asserted = [e for e in violent if e.modality == "asserted"]
    if not asserted or any(e.outside != "crime" or e.fatalities is not None for e in asserted):
        return
    for e in violent:
        if e.modality == "claimed" and e.outside == "crime" and e.fatalities is not None:
            e.modality = "asserted"
