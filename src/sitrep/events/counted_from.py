"""A deed told before an "N days after/before" phrase lies N days from the day told inside that phrase.

"Bandits killed 12 villagers 10 days after another gang abducted 30 people on March 4": the killing is 14 March;
"fighters attacked a base a day after three soldiers died in a bombing on Friday": the attack is the Saturday.
(:func:`~sitrep.events.date.offset_time` dates the other way round: the phrase's deed from the sentence's day.)
"Hours after" puts the deed on the phrase's day; "the day after thousands attended the funeral on Tuesday" on the
Wednesday. The phrase's day must be the only day told inside it, resolved and single; the trigger must be the verb (or
a verb above the verb) the phrase hangs from, not a word inside it. "said on Monday" after the phrase is no day
of the phrase: the phrase is the "after"'s clause or object only."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from typing import Optional

from sitrep.model import TimeExpr
from sitrep.nlp.doctext import doc_text, token_starting_at
from sitrep.nlp.time.speech_ref import speech_day

_SIDE = re.compile(r"\s*(after|before)\b", re.I)
_DAYS = re.compile(r"P(\d+)([DW])$")
_HOURS = re.compile(r"PT(\d+|X)H$")  # "hours after", "six hours after": the day told in the phrase
_THE_DAY = re.compile(r"the\s+(?:day|night)\s+(after|before)$", re.I)  # "the day after thousands attended ..."
NEAR_CHARS = 160  # the trigger at most this far before the "N days after" phrase


def _phrase(doc, at: int):  # type: ignore[no-untyped-def]
    """The tokens of the "after"/"before" phrase whose word starts at character ``at``: a subordinate clause
    ("after another gang abducted ...", its verb's subtree) or a prepositional object ("after the bombing on
    Friday"); None when the word is no such head."""
    word = token_starting_at(doc, at)
    if word is None:
        return None, None
    if word.dep_ == "mark" and word.head.pos_ in ("VERB", "AUX"):
        head = word.head
    elif word.dep_ == "prep" or (word.dep_ == "mark" and word.head.pos_ == "NOUN"):
        head = word
    else:
        return None, None
    return head, {t.i for t in head.subtree}


def counted_time(trig, tok_of_time, sent) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The trigger's day counted from the single day told inside an "N days/weeks after/before" phrase that
    follows the trigger's verb (see the module docstring), or None."""
    text = doc_text(trig.doc)
    for t, ts in tok_of_time:
        if not (sent.start_char <= t.span.start < sent.end_char) or not (trig.idx < t.span.start <= trig.idx + NEAR_CHARS):
            continue
        told = _dated_phrase(t, trig.doc, text, tok_of_time)
        if told is None:
            continue
        n, side_word, head, inside, ref = told
        if trig.i in inside or not (head.i == trig.i or trig in head.ancestors):
            continue
        day = ref.start + _dt.timedelta(days=n if side_word == "after" else -n)
        return replace(ref, value=day.isoformat(), type="DATE", start=day, end=day, precision="day",
                       anchor=f"time:{ref.start.isoformat()} ({t.span.text} {side_word}, counted forward)")
    return None


def measures_dated_phrase(trig, t: TimeExpr, tok_of_time) -> bool:  # type: ignore[no-untyped-def]
    """``t`` measures off an "after"/"before" phrase that holds ``trig`` and tells its own single day ("stormed a
    base hours after a car bomb killed five ... on Sunday": "hours" is the base's distance from the bomb, and the
    bomb has its Sunday): ``t`` dates no deed of that phrase."""
    if not (t.span.end <= trig.idx <= t.span.end + NEAR_CHARS):
        return False
    told = _dated_phrase(t, trig.doc, doc_text(trig.doc), tok_of_time)
    return told is not None and trig.i in told[3]


def _dated_phrase(t: TimeExpr, doc, text: str, tok_of_time):  # type: ignore[no-untyped-def]
    """(days, "after"/"before", the phrase's head, its tokens, its one day) when ``t`` measures an offset phrase
    ("10 days after ...", "hours after ...", "the day after ...") that tells a single resolved past day of its
    own (after its "after"/"before": "Wednesday, a day after he was stabbed" parsed with Wednesday under
    "stabbed" is no day of the phrase); else None."""
    n, at, side_word = _offset_days(t, text)
    if n is None:
        return None
    head, inside = _phrase(doc, at)
    if head is None:
        return None
    refs = [r for r, rs in tok_of_time if rs and rs[0] in inside and r.span.start > at and r.type in ("DATE", "TIME")
            and r.precision == "day" and r.start is not None and r.start == (r.end or r.start) and not r.future
            and not speech_day(text, r.span.start)]  # "..., police said Thursday" parsed into the phrase
    return (n, side_word, head, inside, refs[0]) if len(refs) == 1 else None


def _offset_days(t: TimeExpr, text: str) -> tuple[Optional[int], int, str]:
    """(days, where the "after"/"before" word starts, that word) of an offset phrase's measure: "10 days"
    or "a week" before "after" (10, 7), "hours" or "six hours" (the same day: 0; a span of hours told with an
    after-clause names that clause's day, as "Hours after the attack" opening a sentence does), "the day
    after" (1, its own "after"); (None, 0, "") for any other expression."""
    the_day = _THE_DAY.search(t.span.text) if t.type == "DATE" else None
    if the_day is not None:
        return 1, t.span.start + the_day.start(1), the_day.group(1).lower()
    if t.type != "DURATION":
        return None, 0, ""
    side = _SIDE.match(text, t.span.end)
    if side is None:
        return None, 0, ""
    m, h = _DAYS.match(t.value), _HOURS.match(t.value)
    if m is not None:
        return int(m.group(1)) * (7 if m.group(2) == "W" else 1), side.start(1), side.group(1).lower()
    if h is not None and (h.group(1) == "X" or int(h.group(1)) <= 12):
        return 0, side.start(1), side.group(1).lower()
    return None, 0, ""
