"""Decides that two expressions joined by "to/through/until" make one range of days (:func:`range_time`:
"fought from Friday to Sunday"), at most ``RANGE_DAYS``.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import replace
from typing import Optional

from sitrep.events.date.report_day import after_report
from sitrep.events.date.verbs import _verb_of
from sitrep.model import TimeExpr


_RANGE_TO = frozenset({"to", "through", "until", "till", "into", "-", "–"})


RANGE_DAYS = 14  # the longest span of days two expressions joined as a range may make


def range_time(doc, time: TimeExpr, tok_of_time, published: Optional[_dt.date]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """A day joined to a later day as the two ends of one span: "from Friday to Sunday", "Friday through Sunday",
    "between Friday and Sunday", "on Monday and Tuesday": the chosen day's expression widened to end on the
    second day (each end a single day, the second after the first by at most :data:`RANGE_DAYS`, not after the
    report). None when the day stands alone."""
    if time.precision != "day" or time.start is None or (time.end or time.start) != time.start:
        return None
    ts = next((ts for t, ts in tok_of_time if t is time and ts), None)
    if ts is None:
        return None
    before = doc[ts[0] - 1].lower_ if ts[0] > 0 else ""
    for t, ts2 in tok_of_time:
        if not ts2 or not 1 < ts2[0] - ts[-1] <= 3 or t.precision != "day" or t.start is None \
                or (t.end or t.start) != t.start or t.future or after_report(t, published):
            continue
        joint = [doc[i].lower_ for i in range(ts[-1] + 1, ts2[0])]
        if not 0 < (t.start - time.start).days <= RANGE_DAYS:
            continue
        if joint == ["and"] and _verb_of(doc, ts2).i != _verb_of(doc, ts).i:
            continue  # "killed a farmer on Wednesday and the following day attacked a village": two deeds' days
        if joint[-1] in _RANGE_TO or (joint == ["and"] and before in ("between", "on")):
            return replace(time, end=t.start)  # (the first day's span and value kept as the evidence)
    return None
