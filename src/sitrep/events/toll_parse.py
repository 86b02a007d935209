"""Parse walks the toll modules share: the noun a figure counts (:func:`_victim_of`, through the number's token:
:func:`_number_token`) and the verb above a token (:func:`_verb_above`).
"""
from __future__ import annotations

from sitrep.model import Figure


def _verb_above(t):  # type: ignore[no-untyped-def]
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head is t:
            return t
        t = t.head
    return t


def _number_token(doc, toks: list[int]):  # type: ignore[no-untyped-def]
    nums = [doc[i] for i in toks if doc[i].like_num or doc[i].tag_ == "CD"]
    return nums[-1] if nums else None


def _victim_of(doc, f: Figure, toks: list[int]):  # type: ignore[no-untyped-def]
    """The noun a figure counts: the head of its number ("seven *soldiers*"), the number itself when it stands alone
    ("two of her drivers"), or the root of a named-victim span ("the driver")."""
    q = _number_token(doc, toks)
    if q is None:
        span = doc[min(toks): max(toks) + 1]
        return span.root
    if q.dep_ in ("nummod", "quantmod") and q.head.pos_ in ("NOUN", "PROPN"):
        return q.head
    return q
