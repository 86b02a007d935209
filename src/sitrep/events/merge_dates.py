"""When two mentions of one article may be one incident by their dates (events/merge.py):
:func:`dates_compatible` (the same dates, a day inside a coarser overlapping date, or a day inside a run of days
told first: :func:`day_within_span`), and :func:`dated_apart`, the split guard for a mention dated only by its
report next to a dated one (one incident only when the later one is a bare restatement, a background reference,
or follows within ``NEAR_CHARS`` (a paragraph); never when it opens on another time, "Earlier, gunmen ...", or
the report is a round-up of incidents on several days; a protest's later sentences seldom tell its day again).
:func:`own_time`/:func:`own_day`: a time told in the mention's own sentence, not lent from another.

Evidence: date_reports* and roundup_reports (a round-up's undated incident is folded into none of its days)."""
from __future__ import annotations

from sitrep.events.date import shifts_away
from sitrep.events.merge_protest import protest_pair
from sitrep.events.merge_types import generic
from sitrep.model import EventMention


def dates_compatible(a: EventMention, b: EventMention) -> bool:
    if a.date_precision == "reported" or b.date_precision == "reported" or a.date_start is None or b.date_start is None:
        return True
    return (a.date_start, a.date_end) == (b.date_start, b.date_end) or (
        a.date_start <= (b.date_end or b.date_start) and b.date_start <= (a.date_end or a.date_start)
        and "day" in (a.date_precision, b.date_precision) and a.date_precision != b.date_precision) or (
        day_within_span(a, b))  # (a day told first and "Hours later, gunmen attacked" is another deed)


def _day_span(m: EventMention) -> bool:
    """A run of days ("hours before Wednesday's hearing": Tuesday to Wednesday), not one day."""
    return m.date_precision == "day" and m.date_end is not None and m.date_end != m.date_start


def day_within_span(a: EventMention, b: EventMention) -> bool:
    """``b`` (told later) has one day inside ``a``'s run of days: "hours after a grenade was thrown" (Tuesday to
    Wednesday) and "The grenade was hurled late on Tuesday" tell one day, as a coarser date beside a day does."""
    return _day_span(a) and not _day_span(b) and b.date_precision == "day" and a.date_end is not None \
        and a.date_start <= b.date_start <= a.date_end


NEAR_CHARS = 300  # an undated mention this close to a dated one (the same paragraph) may restate it


def dated_apart(a: EventMention, b: EventMention, round_up: bool = False) -> bool:
    """One mention has a date of its own and the other none: they are one incident only when the later one is a
    bare restatement (generic, or background), or follows within a paragraph; never when the later one opens on
    another time ("Earlier, gunmen ...") or the report is a round-up of incidents on several days."""
    if (a.date_precision == "reported") == (b.date_precision == "reported"):
        return False
    if protest_pair(a, b) and not shifts_away((a if a.date_precision == "reported" else b).sentence.text):
        return False  # a protest's later sentences seldom tell its day again ("The protesters carried placards")
    if b.date_precision == "reported" and b.modality != "background" and (round_up or shifts_away(b.sentence.text)):
        return True
    return not (generic(b) or b.modality == "background" or b.sentence.start - a.sentence.end <= NEAR_CHARS)


def own_time(m: EventMention) -> bool:
    """``m``'s time is told in its own sentence (a time lent from another sentence is not its own: "Gunmen opened
    fire on a bus on Wednesday night. Drug gangs fight over territory there": the gangs' fight has no day)."""
    return m.time is not None and m.sentence.start <= m.time.span.start < m.sentence.end


def own_day(m: EventMention) -> bool:
    """``m`` is dated to a day told in its own sentence (:func:`own_time`)."""
    return m.date_precision == "day" and own_time(m)
