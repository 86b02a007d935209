"""No decision: where a dependent stands relative to a verb (:func:`on_object_side`, :func:`in_phrase_of`,
:func:`in_setting_phrase`), read by :mod:`.late_veto`.
"""
from __future__ import annotations


def in_phrase_of(verb, dep) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``dep`` is the noun of an "in" phrase hung on ``verb`` ("engaged them in a gun duel")."""
    return dep.dep_ == "pobj" and dep.head.lower_ == "in" and dep.head.head.i == verb.i


_SETTING_PREPS = frozenset({"in", "at", "near", "around", "across", "inside", "outside", "throughout", "within"})


def in_setting_phrase(verb, dep) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``dep`` lies in a phrase of place ("in", "near", "around" ...) of ``verb`` or of its object: where the
    deed was done, not what it was done to."""
    x = dep
    for _ in range(6):
        if x.head.i == x.i or x.i == verb.i:
            return False
        if x.dep_ == "pobj" and x.head.lower_ in _SETTING_PREPS:
            return True
        x = x.head
    return False


def on_object_side(verb, dep) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``dep`` lies in what ``verb`` acts on: its object or passive subject (or a phrase under them)."""
    x = dep
    for _ in range(6):
        if x.head.i == verb.i:
            return x.dep_ in ("dobj", "nsubjpass", "attr", "oprd")
        if x.head.i == x.i:
            return False
        x = x.head
    return False
