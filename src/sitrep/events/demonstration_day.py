"""The day of a report's demonstrations for a protest or riot it left undated: after the restatements are folded
(``merge.py``, ``protest_fold.py``), a protest told in a sentence of its own with no date ("In Kaolack, around a
thousand supporters marched to the prefecture") that did not join the demonstration told before it is another
town's or another group's demonstration of the same day, when the report's dated demonstrations name one day
("Police fired tear gas in Dakar on Thursday ..."). Not for a sentence that opens on another time ("Earlier, ...",
"Last week, ..."), not for a clause in the present ("Protesters are gathering"), not when the report tells
demonstrations on several days."""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.date import shifts_away
from sitrep.events.merge_types import PROTEST_TYPES
from sitrep.model import EventMention


def _past_verb(doc, m: EventMention) -> bool:  # type: ignore[no-untyped-def]
    """The mention's trigger is, or hangs from, a verb in the past ("marched", "were detained", "gathered at a
    picket")."""
    if m.trigger is None:
        return False
    sp = doc.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand")
    if sp is None or len(sp) == 0:
        return False
    tok = sp.root
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.head is tok:
            return False
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children) \
        or main_verb_read_as_participle(tok)


def main_verb_read_as_participle(tok) -> bool:  # type: ignore[no-untyped-def]
    """A past participle with no auxiliary that is the sentence's root, or a noun's modifier in a sentence whose
    root is no verb ("In the evening, several thousand supporters of the opposition gathered in a square for a
    rally": "gathered" tagged VBN, the root, or the ``acl`` of a root "supporters"): the sentence's main verb, in
    the past, misread by the tagger."""
    if tok.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    return tok.dep_ == "ROOT" or (tok.dep_ == "acl" and tok.sent.root.pos_ not in ("VERB", "AUX"))


def demonstration_day(out: list[EventMention], before: int) -> Optional[_dt.date]:
    """The one day of the report's dated demonstrations (told as fact), when they name one and one of them is
    told before ``before`` (a character offset); None otherwise."""
    dated = [m for m in out if m.event_type in PROTEST_TYPES and m.modality == "asserted"
             and m.date_precision == "day" and m.date_start is not None]
    days = {m.date_start for m in dated} | {m.date_end for m in dated}
    if len(days) != 1 or not any(m.sentence.start < before for m in dated):
        return None
    return next(iter(days))


def date_undated_demonstrations(out: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """Give the report's one demonstration day to its undated protests and riots told in the past."""
    for m in out:
        if m.event_type not in PROTEST_TYPES or m.modality != "asserted" or m.date_precision != "reported":
            continue
        if shifts_away(m.sentence.text) or not _past_verb(doc, m):
            continue
        day = demonstration_day(out, m.sentence.start)
        if day is not None:
            m.date_start = m.date_end = day
            m.date_precision = "day"
