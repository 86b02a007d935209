"""The hurt counted beside an earlier, smaller toll, less those of them who died since (issue 16, branch tolls17).

A follow-up tells the toll as it now stands ("The death toll ... rose to five after a woman injured in the fire died
in hospital"; "A second man has died") and retells the first account's counts side by side: "Four people died and
seven others were injured when the fire broke out", "Officers initially reported one dead and two wounded". The hurt
of that sentence are counted as of its dead (4, 1); the report's toll is larger (5, 2), and the report says the ones
who died since were among the hurt ("One of the wounded ... died overnight", "a woman injured in the fire died"). Those
hurt are now dead: the count of the hurt drops by the difference (7 - (5 - 4) = 6; 2 - (2 - 1) = 1).

Only a count of the hurt told in one sentence with a count of the dead smaller than the report's largest toll (a
hurt count told alone, or beside the toll as it now stands, is taken as already net of the dead: a later report's
"12 people were killed and 30 wounded"), and only when the report tells a death among the hurt (:data:`_HURT_DIED`).
tolls16 tried lowering the largest hurt count near any "N of the wounded died" and lost a figure in three story sets,
whose later reports tell the hurt net of the dead beside the updated toll: the sentence's own smaller toll is what
marks a count as told before the deaths. A count another rule already lowered for the same death ("wounded five
others ... One of the wounded died later": ``toll._fewer_hurt``) is left (its words no longer give its value).
"""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep.events.toll import best_sum
from sitrep.model import KILLED_WHAT, VIOLENT_EVENT_TYPES, EventMention, Figure
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.numbers import parse_quantity

__all__ = ["drop_hurt_since_died"]

# a death among the hurt: "One of the wounded, X, died overnight", "a woman injured in the fire died in hospital",
# "two of the injured have since died"
_HURT_DIED = re.compile(
    r"\b(?:one|two|three|four|five|\d+)\s+of\s+the\s+(?:wounded|injured)\b[^.]{0,80}?\b(?:died|succumbed)\b"
    r"|\b(?:injured|wounded|hurt)\s+in\s+the\s+\w+(?:\s+\w+)?,?\s+(?:has\s+|had\s+|later\s+)?(?:died|succumbed)\b",
    re.I)


def _exact(f: Figure) -> bool:
    return f.low is not None and f.low == f.high and not f.background


def _as_told(w: Figure) -> bool:
    """The count is a number told in its words, not yet lowered by another rule for the same death."""
    b = parse_quantity(w.span.text)
    return b is not None and b[0] == b[1] == w.low


def _sentence(doc, pos: int):  # type: ignore[no-untyped-def]
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    return span[0].sent if span is not None and len(span) else None


def drop_hurt_since_died(events: list[EventMention], figures: list[Figure], doc) -> None:  # type: ignore[no-untyped-def]
    """Lower each count of the hurt told beside a smaller toll than the report's by the difference (module docstring);
    the figure is replaced in ``figures`` under its id."""
    harm = [e for e in events if e.modality == "asserted" and (e.event_type in VIOLENT_EVENT_TYPES or e.outside == "crime")]
    tolls = [e.fatalities.low for e in harm if e.fatalities is not None and _exact(e.fatalities)
             and e.fatalities.what in KILLED_WHAT]
    if not tolls or not _HURT_DIED.search(doc_text(doc)):
        return
    toll = max(tolls)
    carried = {fid for e in harm for fid in e.figures}
    killed = [f for f in figures if f.what in KILLED_WHAT and _exact(f)]
    for i, w in enumerate(figures):
        if w.id not in carried or w.what not in ("wounded", "injured") or not _exact(w) or not _as_told(w):
            continue  # (a count already lowered by toll._fewer_hurt or hurt_died: "five ... one of the wounded died")
        sent = _sentence(doc, w.span.start)
        if sent is None:
            continue
        beside = [k.low for k in killed if sent.start_char <= k.span.start < sent.end_char]
        if len(beside) != 1 or not beside[0] < toll or w.low <= toll - beside[0]:
            continue
        n = toll - beside[0]
        figures[i] = replace(w, low=w.low - n, high=w.high - n, best=best_sum([w], -n))
