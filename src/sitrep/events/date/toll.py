"""Decides that the trigger sits in the subject of a count verb (:func:`toll_verb_over`: "the number killed in
the strike rose to 52 on Saturday": Saturday dates the count, not the strike), and which times before the count
verb still belong to the subject (:func:`subject_time`).
"""
from __future__ import annotations

from typing import Optional


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


COARSE = ("week", "month")  # a span of days, not a day: "earlier this month", "last week"


def subject_time(doc, first: int, subject: set[int], precision: Optional[str]) -> bool:  # type: ignore[no-untyped-def]
    """The time whose first token is ``first`` dates the deed of the count's ``subject``: inside it, or a span of
    days told between it and its count verb ("The death toll from a suicide bombing ... earlier this month has
    risen to 31": the parse hangs the time on the verb; a count is not told by a span of days)."""
    if first in subject:
        return True
    if precision not in COARSE or not subject or first <= max(subject):
        return False
    return all(doc[i].pos_ not in ("VERB", "AUX") for i in range(max(subject) + 1, first))
