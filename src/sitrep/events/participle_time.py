"""A deed told inside a participle clause takes the day of the verb the clause hangs on. Two readings, tried in this
order by ``events/date``:

* :func:`result_time` (mixed_reports7): a deed told as the outcome of another takes that deed's day: "gunmen set
  fire to houses on Tuesday night while families slept inside, killing seven people", "troops recaptured the town on
  Tuesday, taking it from the militants after a day-long battle". The participle ("killing", "taking") is a clause of
  its own with no subject; the day hangs on the verb it depends on, so the participle's deed (and a deed noun under
  it, "after a day-long battle") fell back to the report's day and was kept apart from the deed it is part of.
* :func:`participle_time` (date_reports13): a deed noun a few heads below the participle: "attacked the police
  station on Thursday, killing two officers in a shootout that lasted much of the afternoon" (the shootout is the
  Thursday's) had no day, fell back to the report's, then took the day of any deed merged into it."""
from __future__ import annotations

from typing import Optional

from sitrep.events.purpose_time import verb_above
from sitrep.model import TimeExpr

__all__ = ["participle_time", "result_time"]

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


_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
_SCENE_MARKS = frozenset({"while", "as", "when"})  # a scene told between the deed and its outcome


def result_time(own_verb, tok_of_time: list) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def,type-arg]
    """The day told on the verb that ``own_verb`` (the trigger's verb) is a subjectless "-ing" adjunct of, told
    before the participle ("set fire ... on Tuesday, killing seven"); None when there is none. ``tok_of_time``:
    ``(time, token indices)`` of the usable single past days of the sentence."""
    v = own_verb
    if v.pos_ != "VERB" or v.tag_ != "VBG" or v.dep_ != "advcl" or v.head.i == v.i:
        return None
    head = v.head
    if head.dep_ == "advcl" and head.i > head.head.i and any(c.dep_ == "mark" and c.lower_ in _SCENE_MARKS for c in head.children):
        head = head.head  # "set fire ... on Tuesday while families slept inside, killing seven": parsed under "slept"
    if head.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECTS for c in v.children):
        return None
    for t, ts in tok_of_time:
        above = verb_above(head.doc[ts[-1]], set(ts)) if ts else None
        if above is not None and above.i == head.i and ts[-1] < v.i:
            return t
    return None

