"""A deed told as the outcome of another takes that deed's day: "gunmen set fire to houses on Tuesday night while
families slept inside, killing seven people", "troops recaptured the town on Tuesday, taking it from the militants
after a day-long battle". The participle ("killing", "taking") is a clause of its own with no subject; the day hangs
on the verb it depends on, so the participle's deed (and a deed noun under it, "after a day-long battle") fell back
to the report's day and was kept apart from the deed it is part of."""
from __future__ import annotations

from typing import Optional

from sitrep.events.purpose_time import verb_above
from sitrep.model import TimeExpr

__all__ = ["result_time"]

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

