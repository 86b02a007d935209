"""A deed told before an "N days after/before" phrase lies N days from the day told inside that phrase.

"Bandits killed 12 villagers 10 days after another gang abducted 30 people on March 4": the killing is 14 March;
"fighters attacked a base a day after three soldiers died in a bombing on Friday": the attack is the Saturday.
(:func:`~sitrep.events.date.offset_time` dates the other way round: the phrase's deed from the sentence's day.)
The phrase's day must be the only day told inside it, resolved and single; the trigger must be the verb (or
a verb above the verb) the phrase hangs from, not a word inside it. "said on Monday" after the phrase is no day
of the phrase: the phrase is the "after"'s clause or object only."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from typing import Optional

from sitrep.model import TimeExpr
from sitrep.nlp.doctext import doc_text

_SIDE = re.compile(r"\s*(after|before)\b", re.I)
_DAYS = re.compile(r"P(\d+)([DW])$")
NEAR_CHARS = 160  # the trigger at most this far before the "N days after" phrase


def _phrase(doc, at: int):  # type: ignore[no-untyped-def]
    """The tokens of the "after"/"before" phrase whose word starts at character ``at``: a subordinate clause
    ("after another gang abducted ...", its verb's subtree) or a prepositional object ("after the bombing on
    Friday"); None when the word is no such head."""
    word = next((t for t in doc if t.idx == at), None)
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
    doc = trig.doc
    text = doc_text(doc)
    for t, ts in tok_of_time:
        if t.type != "DURATION" or not (sent.start_char <= t.span.start < sent.end_char) \
                or not (trig.idx < t.span.start <= trig.idx + NEAR_CHARS):
            continue
        m = _DAYS.match(t.value)
        side = _SIDE.match(text, t.span.end)
        if m is None or side is None:
            continue
        head, inside = _phrase(doc, side.start(1))
        if head is None or trig.i in inside or not (head.i == trig.i or trig in head.ancestors):
            continue
        refs = [r for r, rs in tok_of_time if rs and rs[0] in inside and r.type in ("DATE", "TIME")
                and r.precision == "day" and r.start is not None and r.start == (r.end or r.start) and not r.future]
        if len(refs) != 1:
            continue
        n = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
        day = refs[0].start + _dt.timedelta(days=n if side.group(1).lower() == "after" else -n)
        return replace(refs[0], value=day.isoformat(), type="DATE", start=day, end=day, precision="day",
                       anchor=f"time:{refs[0].start.isoformat()} ({t.span.text} {side.group(1).lower()}, counted forward)")
    return None
