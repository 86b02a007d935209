"""A sentence that opens on a past time of its own sets every deed it tells then.

"In 2023, a similar march in X was broken up by police, who arrested 12 students": the march takes the opening
year (and is background beside the report's news, events/incident_date.mark_older_incidents), but the arrests,
told in a relative clause, take no time of their own and would be dated by the report and kept as news.
:func:`share_fronted_time` gives such a deed the opening time and the background modality of the sentence's
dated deed: only when the time opens the sentence (at most a preposition before it, a comma after it), the
deed has no time of its own (dated only by the report) and the dated deed is background.

"On Sunday, clashes around Sake had sent families towards the city, aid workers said; two militiamen were killed":
:func:`take_opening_day` gives a deed told in a clause of its own the day its sentence opens on, where no rule
dated it (branch dates31).
"""
from __future__ import annotations

import re

import datetime as _dt
from typing import Optional

from sitrep.events.date.telling import _telling, fronted_time
from sitrep.events.date.verbs import _verb_of
from sitrep.events.deps import tokens_of
from sitrep.model import EventMention, TimeExpr, VIOLENT_EVENT_TYPES

# what may come before the opening time: nothing, or a preposition ("In 2023, ...", "On March 3, ...")
_LEAD = re.compile(r"^\W*(?:(?:in|on|during|back\s+in|early\s+in|late\s+in)\s+)?$", re.I)


def _opens(m: EventMention) -> bool:
    """``m``'s time opens its sentence and is set off by a comma."""
    t, s = m.time, m.sentence
    if t is None or not (s.start <= t.span.start < t.span.end <= s.end):
        return False
    before = s.text[: t.span.start - s.start]
    after = s.text[t.span.end - s.start:]
    return bool(_LEAD.match(before)) and after.lstrip().startswith(",")


def share_fronted_time(mentions: list[EventMention]) -> None:
    """Undated asserted deeds of a sentence that opens on a background deed's own time take that time and are
    background too (in place)."""
    frames = [b for b in mentions if b.modality == "background" and b.date_start is not None
              and b.date_precision != "reported" and _opens(b)]
    if not frames:
        return
    for m in mentions:
        if m.modality != "asserted" or m.date_precision != "reported" or m.trigger is None \
                or m.event_type == "Political":
            continue
        b = next((b for b in frames if b is not m and b.sentence.start <= m.trigger.start < b.sentence.end), None)
        if b is None:
            continue
        m.modality = "background"
        m.time, m.date_start, m.date_end, m.date_precision = b.time, b.date_start, b.date_end, b.date_precision


def take_opening_day(mentions: list[EventMention], doc, times: list[TimeExpr],  # type: ignore[no-untyped-def]
                     published: Optional[_dt.date]) -> None:
    """An asserted act of violence dated only by the report, told by a verb in a clause of its own (not under the
    verb the opening time hangs from, whose decisions stand: a borrowed or telling time) in a sentence that opens on
    one past day set off by a comma, not a telling's ("On Sunday, police said ..."), takes that day (in place)."""
    for m in mentions:
        if m.modality != "asserted" or m.date_precision != "reported" or m.trigger is None \
                or m.event_type not in VIOLENT_EVENT_TYPES:
            continue
        ts = tokens_of(doc, m.trigger.start, m.trigger.end)
        trig = doc[ts[0]] if ts else None
        if trig is None or trig.pos_ != "VERB":
            continue
        sent = trig.sent
        for t in times:
            if not sent.start_char <= t.span.start < sent.end_char or t.precision != "day" or t.start is None \
                    or (t.end or t.start) != t.start or (published is not None and t.start > published):
                continue
            tt = tokens_of(doc, t.span.start, t.span.end)
            if not tt or not fronted_time(doc, tt):
                continue
            verb = _verb_of(doc, tt)
            if not _telling(verb) and verb not in trig.ancestors and verb.i != trig.i:
                m.time, m.date_start, m.date_end, m.date_precision = t, t.start, t.start, t.precision
            break
