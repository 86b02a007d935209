"""A sentence that opens on a past time of its own sets every deed it tells then.

"In 2023, a similar march in X was broken up by police, who arrested 12 students": the march takes the opening
year (and is background beside the report's news, events/incident_date.mark_older_incidents), but the arrests,
told in a relative clause, take no time of their own and would be dated by the report and kept as news.
:func:`share_fronted_time` gives such a deed the opening time and the background modality of the sentence's
dated deed: only when the time opens the sentence (at most a preposition before it, a comma after it), the
deed has no time of its own (dated only by the report) and the dated deed is background.
"""
from __future__ import annotations

import re

from sitrep.model import EventMention

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
