"""Decides a day counted from an "N days after/before" phrase (:func:`offset_time`: "on Saturday ..., a day after
a missile attack killed 52"), kept unresolved with ``OFFSET_ANCHOR`` when the sentence's weekday is not resolved
yet (read by stories/dates), and :func:`offset_dated` (read by events/incident_date).
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from typing import Optional

from sitrep.events.date.hour import bare_clock
from sitrep.model import EventMention, TimeExpr
from sitrep.nlp.doctext import doc_text


_OFFSET = re.compile(r"\s*(after|before)\b", re.I)


OFFSET_ANCHOR = "unresolved:offset:"  # + days: a weekday not resolved yet, and the event lies N days from it


_DAYS = re.compile(r"P(\d+)([DW])$")  # "two days after", "a week after" (seven days)


_SOME_HOURS = re.compile(r"PT(\d+|X)H$")


def offset_time(trig, tok_of_time, sent) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """ "Workers on Saturday swept up the glass, a day after a missile attack killed 52"; "urged residents on
    Sunday to leave, two days after the strike": an event told in an "N days after/before" phrase lies N days
    before/after the day its sentence tells outside that phrase (the day kept as evidence is that day's).
    "Police made an arrest on Monday, hours after a woman was shot": hours after/before reach over one night
    at most, so the phrase's event lies on that day or the one before (after) or after (before)."""
    for t, ts in tok_of_time:
        if t.type != "DURATION" or not (sent.start_char <= t.span.start < sent.end_char) \
                or not t.span.end < trig.idx <= t.span.end + 80:
            continue
        m, h = _DAYS.match(t.value), _SOME_HOURS.match(t.value)
        if m is None and (h is None or (h.group(1) != "X" and int(h.group(1)) > 24)):
            continue
        side = _OFFSET.match(doc_text(trig.doc), t.span.end)
        if side is None:
            continue
        refs = [r for r, _ in tok_of_time if sent.start_char <= r.span.start < sent.end_char and r.span.end <= t.span.start
                and r.type in ("DATE", "TIME") and r.precision == "day"
                and (r.start == (r.end or r.start) if r.start is not None else r.relative)
                and not r.future and not bare_clock(r)]
        if len(refs) != 1:
            continue
        after = side.group(1).lower() == "after"
        if refs[0].start is None:
            if m is None:  # hours from a day not resolved yet: no interval can wait for it
                continue
            # an undated report's "on Saturday": the offset waits for the story's date (stories/dates.redate)
            return replace(refs[0], anchor=f"{OFFSET_ANCHOR}{_offset_n(m) * (-1 if after else 1):+d}")
        if m is not None:
            a = b = refs[0].start + _dt.timedelta(days=_offset_n(m) * (-1 if after else 1))
        else:
            a, b = (refs[0].start - _dt.timedelta(days=1), refs[0].start) if after else \
                (refs[0].start, refs[0].start + _dt.timedelta(days=1))
        return replace(refs[0], value=a.isoformat() if a == b else refs[0].value, type="DATE", start=a, end=b, precision="day",
                       anchor=f"time:{refs[0].start.isoformat()} ({t.span.text} {side.group(1).lower()})")
    return None


def offset_dated(m: EventMention) -> bool:
    """``m`` is the deed of an "N days/hours after/before" phrase dated from its sentence's day (:func:`offset_time`:
    "attacked the market on Friday, a week after gunmen killed four traders"): another, earlier incident."""
    anchor = (m.time.anchor or "") if m.time is not None else ""
    return anchor.startswith("time:") and anchor.endswith((" after)", " before)"))


def _offset_n(m: re.Match) -> int:
    """The days of an offset measure matched by ``_DAYS`` ("P2D": 2, "P1W": 7)."""
    return int(m.group(1)) * (7 if m.group(2) == "W" else 1)
