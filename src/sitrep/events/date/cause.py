"""Decides the tokens of a protest clause's "after/following ..." clauses that tell what came before it
(:func:`cause_clause_tokens`: "protested on Monday after a man was run over on Sunday night"); ``DEMO_TYPES`` are the
types it applies to.
"""
from __future__ import annotations


DEMO_TYPES = ("Protests", "Riots")


CAUSE_MARKS = frozenset({"after", "following"})  # "protested on Monday after a man was run over on Sunday night"


def cause_clause_tokens(trig, clause: set[int]) -> set[int]:  # type: ignore[no-untyped-def]
    """The tokens of the clause's "after ..." clauses that tell what came before the protest ("pelted the office with
    stones after a rickshaw puller was run over on Sunday night"): their times date that deed, not the protest."""
    out: set[int] = set()
    for t in trig.sent:
        if t.i in clause and t.dep_ == "advcl" and t is not trig and trig not in t.subtree and any(
                c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in t.children):
            out |= {x.i for x in t.subtree}
    return out
