"""A deed told in an "N days after/before" phrase hung on a noun that restates the deed just told (dates22).

"Gunmen attacked a police post in Zhob on Monday, killing two policemen. The attack came five days after a bomb
exploded in a market in the town, killing four": the sentence tells no day of its own ("The attack" is Monday's),
so ``events/date.offset_time``, which counts from a day of the phrase's sentence, found none and the bomb took
Monday's (and was merged into the attack). The phrase's deed lies N days (weeks; months and years, "two years to
the day after", an anniversary's old deed) before (after) the day of the violent
event told just before, when the verb the phrase hangs on has for subject a noun of violence with a definite
determiner ("The attack came", "the ambush followed", "This bombing happened"). Asked by ``events/date`` only when
``offset_time`` gives nothing."""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import replace
from typing import Callable, Optional

from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, TimeExpr
from sitrep.nlp.doctext import doc_text

__all__ = ["restated_offset_time"]

_SIDE = re.compile(r"\s*(?:(to\s+the\s+day)\s+)?(after|before)\b", re.I)
_DAYS = re.compile(r"P(\d+)([DWMY])$")  # "five days after", "a week after", "two years to the day after"
_DEFINITE = frozenset({"the", "this", "that"})
BACK_CHARS = 400  # the deed restated was told at most this far before the sentence


def _restating_subject(word, violent_noun: Callable) -> bool:  # type: ignore[no-untyped-def]
    """The verb the "after"/"before" ``word`` hangs on has for subject a definite noun of violence."""
    verb = word.head.head if word.dep_ == "mark" else word.head  # "after a bomb went off": the clause's head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "NOUN" and violent_noun(subj) and any(
        c.dep_ == "det" and c.lower_ in _DEFINITE for c in subj.children)


def _deed_before(sent, prev: list[EventMention]) -> Optional[TimeExpr]:
    """The single day of the latest asserted violent event told in the sentences just before ``sent``."""
    for ev in reversed(prev):
        if ev.sentence.start >= sent.start_char:
            continue
        if sent.start_char - ev.sentence.end > BACK_CHARS:
            return None
        t = ev.time
        if ev.event_type in VIOLENT_EVENT_TYPES and ev.modality == "asserted" and t is not None \
                and t.start is not None and t.precision == "day" and (t.end or t.start) == t.start:
            return t
    return None


def _counted(day: _dt.date, n: int, unit: str, to_the_day: bool) -> tuple[_dt.date, _dt.date, str]:
    """The day (or the month or year, for months and years not told "to the day") ``n`` units from ``day``."""
    if unit in ("D", "W"):
        d = day + _dt.timedelta(days=n * (7 if unit == "W" else 1))
        return d, d, "day"
    y, mo = divmod(day.month - 1 + n * (12 if unit == "Y" else 1), 12)
    y, mo = day.year + y, mo + 1
    d = _dt.date(y, mo, min(day.day, calendar.monthrange(y, mo)[1]))
    if to_the_day:  # "two years to the day after": that very day, N years back (an anniversary)
        return d, d, "day"
    if unit == "M":
        return _dt.date(y, mo, 1), _dt.date(y, mo, calendar.monthrange(y, mo)[1]), "month"
    return _dt.date(d.year, 1, 1), _dt.date(d.year, 12, 31), "year"


def restated_offset_time(trig, tok_of_time, sent, prev: list[EventMention],  # type: ignore[no-untyped-def]
                         violent_noun: Callable) -> Optional[TimeExpr]:
    """The trigger's day, counted N days back (after) or on (before) from the deed a restating noun names, when the
    trigger is inside an "N days after/before" phrase of a sentence that tells no day of its own; else None."""
    text = doc_text(trig.doc)
    for t, ts in tok_of_time:
        if t.type != "DURATION" or not ts or not (sent.start_char <= t.span.start < sent.end_char) \
                or not t.span.end < trig.idx <= t.span.end + 80:
            continue
        m, side = _DAYS.match(t.value), _SIDE.match(text, t.span.end)
        if m is None or side is None:
            continue
        if any(r.type in ("DATE", "TIME") and sent.start_char <= r.span.start < sent.end_char for r, _ in tok_of_time):
            return None
        word = next((w for w in trig.doc[ts[-1] + 1:ts[-1] + 6] if w.lower_ == side.group(2).lower()), None)
        if word is None or not _restating_subject(word, violent_noun):
            return None
        ref = _deed_before(sent, prev)
        if ref is None:
            return None
        sign = -1 if side.group(2).lower() == "after" else 1
        to_the_day = bool(side.group(1)) or t.span.text.lower().endswith("to the day")
        a, b, prec = _counted(ref.start, sign * int(m.group(1)), m.group(2), to_the_day)
        return replace(ref, value=a.isoformat() if prec == "day" else a.isoformat()[:7 if prec == "month" else 4],
                       type="DATE", start=a, end=b, precision=prec,
                       anchor=f"time:{ref.start.isoformat()} ({t.span.text} {side.group(2).lower()})")
    return None
