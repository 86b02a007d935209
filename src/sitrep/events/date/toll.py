"""Decides that the trigger sits in the subject of a count verb (:func:`toll_verb_over`: "the number killed in
the strike rose to 52 on Saturday": Saturday dates the count, not the strike).
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
