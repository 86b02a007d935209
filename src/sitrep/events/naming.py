"""Naming sense of "call": a "call" that gives something its name names no event.

"a group calling itself the X Front", "the so-called X", "a town called X", "what the government calls a
cell", "they call him the Butcher" name a thing; "called for talks", "called on X to", "called his
counterpart", "called the attack a crime" keep their readings (request, meeting, condemnation).
The decision reads the parse only (no word list beyond "so" of "so-called").
"""
from __future__ import annotations

from typing import Any

NAME_TAGS = frozenset({"NNP", "NNPS"})


def naming_call(tok: Any) -> bool:
    """Whether the verb "call" at ``tok`` names rather than meets, asks or condemns."""
    kids = list(tok.children)
    if any(c.lower_ == "so" and c.i < tok.i for c in kids) or (
            tok.i >= 2 and tok.doc[tok.i - 1].text in ("-", "\u2010", "\u2011") and tok.doc[tok.i - 2].lower_ == "so") \
            or (tok.i >= 1 and tok.doc[tok.i - 1].lower_ == "so" and tok.tag_ == "VBN"):
        return True  # "the so-called X", "so called X"
    if any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in kids):
        return False  # "called for talks", "called on X to": a request
    if any("Yes" in c.morph.get("Reflex") for c in kids):
        return True  # "calling itself the X Front" (the parse may hang "itself" as dobj or dative)
    if any(c.dep_ == "dobj" and c.tag_ == "WP" for c in kids):
        return True  # "what they call a cell": a label quoted, not a condemnation of a deed
    oprd = [c for c in kids if c.dep_ in ("oprd", "attr")]
    if any(c.tag_ in NAME_TAGS for c in oprd):
        return True  # "a town called Daremo", "they call him the Butcher": a proper name given
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and bool(oprd) and not any(c.dep_ == "agent" for c in kids)
