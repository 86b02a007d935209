"""Decides the hour (:func:`_clock_time`): the chosen single day set to the clock time nearest the trigger, else
the day the report told before it (:func:`reference_day`), else the hour alone (the report then dates the event);
and the cut-off end of a line that tells the hour in upper-case wire text (:func:`cut_off`: "WAS SHOT AT" | "0915").
Tests: tests/test_event_dates_hours_found.py, tests/test_event_dates_incident.py.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import replace
from typing import Optional

from sitrep.events.date.carried import INCIDENT_CHARS
from sitrep.events.date.hour import bare_clock
from sitrep.events.date.since import since_time
from sitrep.events.date.telling import _telling
from sitrep.events.date.times import _Times
from sitrep.events.date.verbs import _own_verb, _verb_of
from sitrep.model import TimeExpr


def _clock_time(doc, trig, time: Optional[TimeExpr], times: _Times, toll,  # type: ignore[no-untyped-def]
                published: Optional[_dt.date]) -> tuple[Optional[TimeExpr], bool]:
    """The chosen time set to the hour of the clock time nearest the trigger (not for a count): on the single day
    chosen, else on the day the report told before it. Returns ``(time, hour_alone)``: ``hour_alone`` when no
    day is known for the hour (the clock time is then the time, and the report dates the event)."""
    clocks = times.clocks
    clock = min(clocks, key=lambda t: abs(t.span.start - trig.idx)) if clocks and toll is None else None
    if clock is None or clock.start is None:
        return time, False
    if time is not None and time.start is not None and time.precision == "day" and time.start == (time.end or time.start):
        return at_clock(clock, time.start), False  # the day told or carried, at the hour the clause tells
    if time is None:
        ref = reference_day(doc, times.kept, clock, published)
        if ref is not None:
            return at_clock(clock, ref), False  # "Gunmen struck on Sunday. ... The victims were shot at 2130 hours."
        return clock, True
    return time, False


_END = frozenset('.!?;:"\'\u201d\u2019)]')


_LEADS = frozenset({"at", "on", "in", "around", "about", "early", "late", "shortly", "before", "after", "during", "by"})


def cut_off(sent, tok_of_time, trig) -> set[int]:  # type: ignore[no-untyped-def]
    """The tokens of the verbless fragments that the parse cut off a sentence (at line breaks of upper-case text:
    "... A GUARD WAS SHOT" | "AT 0915" | "THIS MORNING."), for a trigger in the sentence's last clause (no other
    verb after it): while the sentence so far does not end in a full stop, the next one, up to three, when it
    opens on the time or a preposition and has no verb outside its time expressions. Empty otherwise."""
    doc, out, cur = sent.doc, set(), sent
    own = _own_verb(trig)
    if any(t.pos_ in ("VERB", "AUX") and t.i not in (trig.i, own.i) and t.dep_ not in ("aux", "auxpass")
           for t in doc[trig.i + 1:sent.end]):
        return out
    timed = {i for _, ts in tok_of_time for i in ts}
    for _ in range(3):
        last = next((t for t in reversed(cur) if not t.is_space), None)
        if last is None or last.text[-1:] in _END or cur.end >= len(doc):
            break
        nxt = doc[cur.end].sent
        first = next((t for t in nxt if not t.is_space), None)
        if nxt.start != cur.end or len(nxt) > 40 or first is None or not (first.i in timed or first.lower_ in _LEADS) \
                or any(t.pos_ in ("VERB", "AUX") and t.i not in timed for t in nxt):
            break  # a fragment that opens on another word ("CHARGED ON 14 OCTOBER": a verb the tagger missed)
        out.update(range(nxt.start, nxt.end))
        cur = nxt
    return out


def reference_day(doc, tok_of_time, clock: TimeExpr, published: Optional[_dt.date]) -> Optional[_dt.date]:  # type: ignore[no-untyped-def]
    """The day a bare clock time belongs to: the last past day told within a paragraph before it (the
    narrative's reference time), not a day of telling ("said on Monday"); None when there is none."""
    best = None
    for t, ts in tok_of_time:
        if not ts or t.span.end > clock.span.start or clock.span.start - t.span.end > INCIDENT_CHARS:
            continue
        if t.type not in ("DATE", "TIME") or t.precision != "day" or t.start is None or t.start != (t.end or t.start) \
                or t.future or bare_clock(t) or (published is not None and t.start > published):
            continue
        if since_time(doc, ts) or _telling(_verb_of(doc, ts)):
            continue
        best = t.start
    return best


def at_clock(clock: TimeExpr, day: _dt.date) -> TimeExpr:
    """The clock time on ``day`` (told elsewhere): its span and hour, the day's date (ACLED time precision 1
    needs the day; the hour stays as evidence)."""
    hour = clock.value.split("T", 1)[1] if "T" in clock.value else ""
    return replace(clock, value=f"{day.isoformat()}T{hour}", start=day, end=day, precision="day",
                   anchor=f"time:{day.isoformat()}")
