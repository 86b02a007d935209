"""Conditional: a deed under a condition, a contingency or a hypothesis, not (yet) done: "if any harm comes to our
soldiers", "in case of invasion", "any planes that attack", "a code which would indicate", "before someone is
stabbed".

Decides ``conditional``; read by :mod:`.head` (the clause's "if"/"unless", a modal "would" above it) and by the
stage :func:`sitrep.events.modality.planned._contingent_or_planned`. Evidence: cue ``condition_marks``
(data/ontology.json) and the grammar words below. Tests: tests/test_events_precision.py, tests/test_events_deeds.py.
"""
from __future__ import annotations

from sitrep.events.modality.habit import _PRESENT_TAGS
from sitrep.events.ontology import Ontology


HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may"})
ANY_ONE = frozenset({"anyone", "anybody", "whoever", "whomever", "anything"})  # "anyone who attacked": whoever may


def _has_condition(head, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    for c in head.subtree:
        if c.dep_ == "mark" and c.lemma_.lower() in onto.cue("condition_marks"):
            return True
    return False


def in_case_of(tok) -> bool:  # type: ignore[no-untyped-def]
    """A noun under "in case of" or "in the event of": what may happen, not what did."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    n = tok.head.head
    return n.lower_ in ("case", "event") and n.dep_ == "pobj" and n.head.lower_ == "in"


_PENDING_MARKS = frozenset({"before", "until"})


def pending_clause(head) -> bool:  # type: ignore[no-untyped-def]
    """A "before" or "until" clause in the present: "(take blades off the streets) before someone is stabbed",
    "(we act) before anyone gets hurt": a deed to forestall, not one told done ("before troops arrived" is past)."""
    if head.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _PENDING_MARKS for c in head.children):
        return False
    return head.tag_ in _PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT_TAGS
                                              for c in head.children)
