"""The hurt updated later in the report (issue 16, branch ``tolls39``): "One person died and two others were wounded
... Two more victims later arrived at area hospitals" (4 hurt), "Five people were shot, one fatally, ... and a sixth
victim later walked into a hospital" (5 hurt), "two men were injured ... a third man ... had presented himself at
Connolly Hospital with a stab wound" (3 hurt). The incident's hurt are read at their last value, as its dead are.

Two forms, each of a victim noun (cue ``later_hurt_nouns``) told after the incident's hurt count, within
:data:`LATER_SENTENCES` sentences of it, in a sentence with no other asserted event of its own:

* "N more victims" (cue ``later_hurt_more``: "more", "additional"): the hurt count plus N;
* "a sixth victim", "a third man": an ordinal victim counts all the incident's victims so far, the dead among
  them, so the hurt are the ordinal less the event's dead.

The rest of the victim's clause must tell harm or care (cue ``later_hurt_cues``: "hospital", "wound", "treat") and
no death (cue ``later_hurt_deaths``: a later death is read by events/toll_later_deaths), nor a deed told apart
("separate", "elsewhere", "another shooting"). The count is only raised, never lowered; the raised count is a new
figure (the old one's id with "+later") that the event takes beside the old one.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Figure
from sitrep.nlp.doctext import doc_lemma_set
from sitrep.nlp.numbers import SMALL
from sitrep.nlp.victims.counts import ORDINALS

__all__ = ["add_later_hurt"]

# how many sentences after the hurt count a later victim may be told: a short report's update comes after the
# victims are described one by one ("A man, 26, ... A 17-year-old girl ... Two more victims ...")
LATER_SENTENCES = 5
_APART = frozenset({"separate", "elsewhere", "another", "earlier", "previous"})


def _harm_event(e: EventMention) -> bool:
    return e.modality == "asserted" and (e.event_type in VIOLENT_EVENT_TYPES or e.outside == "crime")


def _held_hurt(events: list[EventMention], figures: list[Figure]) -> Optional[tuple[EventMention, Figure]]:
    """The asserted harm event with the largest plain count of the hurt, and that count."""
    by_id = {f.id: f for f in figures}
    best: Optional[tuple[EventMention, Figure]] = None
    for e in events:
        if not _harm_event(e):
            continue
        for fid in e.figures:
            f = by_id.get(fid)
            if f is None or f.what != "wounded" or f.background or f.low is None or f.low != f.high or f.low < 1 \
                    or f.since is not None:
                continue
            if best is None or f.low > (best[1].low or 0):
                best = (e, f)
    return best


def _number(t) -> Optional[int]:  # type: ignore[no-untyped-def]
    if t.text.isdigit():
        return int(t.text)
    v = SMALL.get(t.lower_)
    return int(v) if v is not None else None


def _later_count(t, dead: int, held: int, after: int) -> Optional[int]:  # type: ignore[no-untyped-def]
    """The incident's hurt as the victim word ``t`` tells them, or None: "Two more victims" (held + 2), "a sixth
    victim" (6 less the dead); its words all after the held count (which ends at ``after``: "Three men died and two
    more people were hurt" is the held count itself)."""
    doc = t.doc
    if t.i < 2 or doc[t.i - 2].idx < after:
        return None
    w1, w2 = doc[t.i - 1], doc[t.i - 2]
    if w1.lower_ in sense_cue("later_hurt_more"):
        n = _number(w2)
        return held + n if n else None
    if w1.lower_ in ORDINALS and w2.lower_ in ("a", "an"):
        return ORDINALS[w1.lower_] - dead
    return None


def _clause_tells_hurt(t) -> bool:  # type: ignore[no-untyped-def]
    """From the victim word to the end of its sentence: harm or care told, no death, no deed told apart."""
    rest = [x for x in t.sent if x.i > t.i]
    lem = {x.lemma_.lower() for x in rest} | {x.lower_ for x in rest}
    return bool(lem & sense_cue("later_hurt_cues")) and not lem & sense_cue("later_hurt_deaths") \
        and not lem & _APART


def add_later_hurt(events: list[EventMention], figures: list[Figure], doc) -> None:  # type: ignore[no-untyped-def]
    """Raise the incident's hurt to the count a later victim tells (module docstring)."""
    if doc is None:
        return
    lem = doc_lemma_set(doc)
    nouns = sense_cue("later_hurt_nouns")
    if not lem & nouns or not (lem & sense_cue("later_hurt_more") or lem & ORDINALS.keys()):
        return
    held = _held_hurt(events, figures)
    if held is None:
        return
    ev, w = held
    dead = int(ev.fatalities.low) if ev.fatalities is not None and ev.fatalities.low else 0
    starts = [s.start_char for s in doc.sents]
    k = bisect.bisect_right(starts, w.span.start) - 1
    other = [e.trigger.start for e in events if e is not ev and e.modality == "asserted" and e.trigger is not None]
    best = int(w.low)  # type: ignore[arg-type]
    for t in doc:
        if t.idx < w.span.end or t.pos_ != "NOUN" or t.lemma_.lower() not in nouns:
            continue
        j = bisect.bisect_right(starts, t.idx) - 1
        if j > k + LATER_SENTENCES:
            break
        if any(t.sent.start_char <= s < t.sent.end_char for s in other):
            continue
        n = _later_count(t, dead, best, w.span.end)
        if n is not None and n > best and _clause_tells_hurt(t):
            best = n
    if best > w.low:  # type: ignore[operator]
        g = replace(w, id=f"{w.id}+later", low=float(best), high=float(best), best=None)
        figures.append(g)
        ev.figures.append(g.id)
