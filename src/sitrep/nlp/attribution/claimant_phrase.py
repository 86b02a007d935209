"""Which tokens a claimant phrase spans: its head with its left modifiers and tight right modifiers, no
apposition after a comma (:func:`_phrase_bounds`), an adjacent second subject on its left (:func:`_subject_start`),
nothing before a line break (:func:`_line_start_token`)."""
from __future__ import annotations

from typing import Any


def _subject_start(subj: Any) -> int:
    """First token of the subject phrase, including an adjacent second subject on its left."""
    left = subj.left_edge.i
    for c in subj.head.children:
        if c.dep_ == "nsubj" and c.i < subj.i and c.i == left - 1:
            left = c.left_edge.i
    return left


def _phrase_bounds(head: Any) -> tuple[int, int]:
    """Token range of a claimant phrase: the head with its left modifiers and tight right modifiers.

    Appositions, relative clauses and anything after a comma are left out:
    "the Syrian Observatory for Human Rights, a war monitor," -> "the Syrian Observatory for Human Rights".
    """
    left = head.left_edge.i
    right = head.i
    for c in head.rights:
        if c.dep_ == "appos" and c.i == right + 1 and c.left_edge.i == c.i:
            right = c.i  # "state news agency SANA": an apposition with no comma is part of the name
            continue
        if c.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj", "advcl"):
            break
        right = max(right, c.right_edge.i)
    return left, right + 1


def _line_start_token(doc: Any, i: int, head_i: int) -> int:
    """Move a phrase start past any line break before its head (headings glued to a sentence)."""
    for k in range(head_i - 1, i - 1, -1):
        if "\n" in doc[k].text_with_ws or "\n" in doc[k].text:
            return k + 1
    return i
