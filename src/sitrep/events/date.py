"""Date: when an event happened, from the time expression of its clause, then its sentence, then one
carried from the sentence that told the same event, and only then the report's date (precision "reported")."""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.ontology import TypeDef
from sitrep.model import EventMention, TimeExpr

_RELATIVE_OK = ("day", "week", "month", "year", "hour", "minute", "part_of_day")

CARRY_TYPES = ("Explosions/Remote violence",)  # a strike and its toll told over two sentences; "fighting" is too vague to carry
CARRY_CHARS = 300  # how far back a dateless sentence looks for the date of the same event type


def toll_verb_over(tok, toll_verbs: frozenset[str]) -> Optional[tuple[set[int], set[int]]]:  # type: ignore[no-untyped-def]
    """For a trigger inside the subject of a count verb ("the toll from the attack rose to 52"): the
    subject's tokens and the count verb's; None otherwise."""
    cur = tok
    for _ in range(8):
        if cur is not tok and cur.dep_ in ("nsubj", "nsubjpass") and cur.head.lemma_.lower() in toll_verbs:
            v = cur.head
            return {x.i for x in cur.subtree}, {x.i for x in v.subtree}
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def carried_time(tdef: TypeDef, sent, prev: list[EventMention]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """A dateless sentence that goes on about the event just told takes its day: the nearest earlier
    event of the same type, a few sentences back, with a resolved day or week."""
    for ev in reversed(prev):
        if sent.start_char - ev.sentence.end > CARRY_CHARS:
            break
        if ev.sentence.start >= sent.start_char:
            continue
        if ev.event_type in CARRY_TYPES and ev.event_type == tdef.event_type and ev.sub_event_type == tdef.sub_event_type \
                and ev.time is not None and ev.time.start is not None \
                and ev.time.precision in ("day", "week") and ev.modality == "asserted":
            return ev.time
    return None



def since_time(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """ "since Tuesday": the start of a period, not the day of an event."""
    first = doc[ts[0]]
    return first.head.lemma_.lower() == "since" or (first.i > 0 and doc[first.i - 1].lower_ == "since")


def usable_time(t: TimeExpr) -> bool:
    """Resolved, or relative and waiting for an anchor (an undated report: "on Thursday", "the previous day")."""
    return t.type in ("DATE", "TIME") and (t.start is not None or (t.relative and t.precision in _RELATIVE_OK))


def choose_date(primary, clause: set[int], other_clauses: set[int], sent, sent_idx: set[int],  # type: ignore[no-untyped-def]
                tok_of_time, toll_verbs: frozenset[str], published: Optional[_dt.date], prev: list[EventMention]):
    """The event's time expression and date interval.

    Returns ``(time, date_start, date_end, precision, toll, clause)``: ``toll`` is the (subject, count)
    token sets when the trigger sits in the subject of a count verb ("the number killed in the strike
    rose to 52 on Saturday": Saturday dates the count, not the strike), and ``clause`` is then widened
    to the count so that its figure becomes the event's toll."""
    doc = sent.doc
    trig = primary.tok
    toll = toll_verb_over(primary.tok, toll_verbs)
    if toll is not None:
        subject, counted = toll
        tok_of_time = [(t, ts) for t, ts in tok_of_time if ts and ts[0] in subject]
        clause = clause | counted

    dated = [t for t, ts in tok_of_time if ts and ts[0] in clause and usable_time(t) and not since_time(doc, ts)]
    time: Optional[TimeExpr] = min(dated, key=lambda t: (t.start is None, abs(t.span.start - trig.idx))) if dated else None
    if time is None:
        loose = [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and ts[0] not in other_clauses
                 and usable_time(t) and not since_time(doc, ts)]
        time = min(loose, key=lambda t: (t.start is None, abs(t.span.start - trig.idx))) if loose else None
    if time is None and toll is None and not any(ts and ts[0] in sent_idx for _, ts in tok_of_time):
        time = carried_time(primary.tdef, sent, prev)  # "Turkey struck on Monday. It said 40 targets were hit."
    if time is not None and time.start is None:
        date_start = date_end = None  # kept as ``time`` so the story layer can resolve it on an inferred anchor
        precision = "unknown"
    elif time is not None:
        date_start, date_end, precision = time.start, time.end or time.start, time.precision
    else:
        date_start = date_end = published
        # a count's date was set aside (toll): the event is dated by its report, even one still undated
        precision = "reported" if published is not None or toll is not None else "unknown"
    return time, date_start, date_end, precision, toll, clause
