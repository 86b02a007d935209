"""The doer and victim of "Gunmen on a motorcycle shot dead a woman" where the parser split the verb from its "dead".

spaCy reads "<noun> shot dead <object>" after a vehicle ("on a motorcycle shot") as a noun compound: the verb, once
retagged (data/noun_verb_tags.tsv), hangs as the object of "on", and the resultative "dead" becomes the clause's
head, with the doer as its subject and the victim as its object. A "dead" right after a verb of the clause that
does not govern it carries that verb's subject and object.
"""
from __future__ import annotations

__all__ = ["severed_result", "severed_subject", "severed_object"]


def severed_result(v):  # type: ignore[no-untyped-def]
    """The "dead" right after verb ``v`` that the parser did not hang on it, when it holds a subject or an object;
    None otherwise."""
    if v.pos_ != "VERB" or v.i + 1 >= len(v.doc):
        return None
    r = v.doc[v.i + 1]
    if r.lower_ != "dead" or r.head.i == v.i or v.head.i == r.i:
        return None
    return r if any(c.dep_ in ("nsubj", "dobj") for c in r.children) else None


def severed_subject(v):  # type: ignore[no-untyped-def]
    """The subject of the severed "dead" after ``v`` (its doer), or None."""
    r = severed_result(v)
    return next((c for c in r.children if c.dep_ == "nsubj"), None) if r is not None else None


def severed_object(v):  # type: ignore[no-untyped-def]
    """The object of the severed "dead" after ``v`` (its victim), or None."""
    r = severed_result(v)
    return next((c for c in r.children if c.dep_ == "dobj"), None) if r is not None else None
