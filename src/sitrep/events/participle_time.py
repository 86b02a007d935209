"""A deed told inside a participle clause takes the day of the verb the clause hangs on: "attacked the police
station on Thursday, killing two officers in a shootout that lasted much of the afternoon" (the shootout is the
Thursday's). The participle ("killing", "leaving") is a clause of its own in the parse, so a noun under it
("shootout", "gunfight") had no day and fell back to the report's, then took the day of any deed merged into it."""
from __future__ import annotations

from typing import Optional

from sitrep.model import TimeExpr

HOPS = 4  # the trigger at most this many heads below the participle


def _participle_host(trig):  # type: ignore[no-untyped-def]
    """The verb an "-ing" participle clause over ``trig`` hangs on (``trig`` itself or a head at most
    :data:`HOPS` up), or None."""
    tok = trig
    for _ in range(HOPS + 1):
        if tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX") \
                and tok.i > tok.head.i:
            return tok.head
        if tok.head.i == tok.i or tok.dep_ in ("relcl", "ccomp", "conj"):
            return None
        tok = tok.head
    return None


def participle_time(trig, tok_of_time, verb_of) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The single day told on the verb a participle clause over ``trig`` hangs on (see the module docstring);
    None when there is no such clause, or not one such day. ``tok_of_time``: ``(time, token indices)`` of usable
    times; ``verb_of(doc, ts)``: the verb a time hangs from."""
    host = _participle_host(trig)
    if host is None:
        return None
    days = [t for t, ts in tok_of_time if ts and verb_of(trig.doc, ts).i == host.i and t.precision == "day"
            and t.start is not None and t.start == (t.end or t.start)]
    return days[0] if len(days) == 1 else None
