"""A deed told "N days after the attack", the attack being the deed told just before, lies N days after its day
(dates26).

"Fighters stormed an army base in Dikwa in the early hours of Saturday, killing four soldiers. A day after the attack,
air force jets struck a convoy near Marte": the second sentence tells no day of its own, and the phrase's "the attack"
restates Saturday's deed, so the strike is the Sunday (it took Saturday's, carried from the sentence before). "Hours
after the attack, gunmen ambushed a police patrol" after a bombing "on Thursday" is the Thursday (it was Thursday or
Friday). Only when the phrase is a prepositional object that is a definite noun of violence ("the attack", "this
bombing", "the ambush"), hung on the trigger's verb (the trigger is outside it), and its sentence tells no day.
(:func:`~sitrep.events.date.offset_time` dates the phrase's own deed from its sentence's day,
:mod:`~sitrep.events.counted_from` the trigger from a day told inside the phrase, :mod:`~sitrep.events.restated_offset`
the phrase's deed from the deed a sentence's subject restates.) Asked by ``events/date.choose_date`` after those."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from typing import Callable, Optional

from sitrep.events.restated_offset import _deed_before
from sitrep.model import EventMention, TimeExpr
from sitrep.nlp.doctext import doc_text

__all__ = ["after_deed_time"]

_AFTER = re.compile(r"\s*after\b", re.I)
_DAYS = re.compile(r"P(\d+)([DW])$")  # "a day after", "two days after", "a week after"
_HOURS = re.compile(r"PT(\d+|X)H$")  # "hours after", "six hours after": the deed's own day
_DEFINITE = frozenset({"the", "this", "that"})


def _offset(t: TimeExpr) -> Optional[int]:
    """Days of a measure told before "after": N days or weeks, hours (at most 12) the same day; None otherwise."""
    m, h = _DAYS.match(t.value), _HOURS.match(t.value)
    if m is not None:
        return int(m.group(1)) * (7 if m.group(2) == "W" else 1)
    if h is not None and (h.group(1) == "X" or int(h.group(1)) <= 12):
        return 0
    return None


def after_deed_time(trig, tok_of_time, sent, prev: list[EventMention],  # type: ignore[no-untyped-def]
                    violent_noun: Callable) -> Optional[TimeExpr]:
    """The trigger's day, N days after the day of the deed told just before, when the trigger's verb carries an
    "N days after the <violent noun>" phrase and the sentence tells no day; else None."""
    if trig.pos_ not in ("VERB", "AUX"):
        return None
    text = doc_text(trig.doc)
    for t, ts in tok_of_time:
        if t.type != "DURATION" or not ts or not (sent.start_char <= t.span.start < sent.end_char):
            continue
        n, side = _offset(t), _AFTER.match(text, t.span.end)
        if n is None or side is None:
            continue
        word = next((w for w in trig.doc[ts[-1] + 1:ts[-1] + 3] if w.lower_ == "after"), None)
        if word is None or word.dep_ != "prep":
            return None
        head = word.head.head if word.head.i in ts else word.head  # "A day after ...": "after" hangs on "day"
        if not (head.i == trig.i or head in trig.ancestors):
            return None
        noun = next((c for c in word.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ != "NOUN" or not violent_noun(noun) \
                or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
            return None
        if trig.i in {x.i for x in word.subtree}:
            return None
        if any(r.type in ("DATE", "TIME") and sent.start_char <= r.span.start < sent.end_char for r, _ in tok_of_time):
            return None
        ref = _deed_before(sent, prev)
        if ref is None:
            return None
        day = ref.start + _dt.timedelta(days=n)
        return replace(ref, value=day.isoformat(), type="DATE", start=day, end=day, precision="day",
                       anchor=f"time:{ref.start.isoformat()} ({t.span.text} after the deed told before)")
    return None
