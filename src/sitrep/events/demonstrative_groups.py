"""Who "these groups" / "all those militias" stands for: the armed groups named just before, when they are one side.

A plural group noun pointed back with "these" or "those" (with "all" or "both" before it, or nothing) and no words of
its own names no one; kept as an actor it prints "all these groups". It stands for the non-state armed groups of the
actor dictionary named in its sentence before it or in the sentence before, when they were named together as one
list ("the X Front, the Y Brigade and Z ... all these groups"): the first is the doer, the others its associates.
Named apart (as two sides of a fight, or in two clauses), or none named: nobody (blank beats a guess).
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.nlp.doctext import doc_text
from sitrep.model import ActorRef

__all__ = ["demonstrative_doer", "demonstrative_plural", "groups_pointed_back"]

_NOUNS = frozenset({"group", "militia", "faction", "organisation", "organization", "gang", "movement"})
_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$", re.I)  # ", ", " and ", ", and the "


def demonstrative_plural(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "these groups", "all those militias", "both these factions": a plural group noun pointed back with a
    demonstrative and nothing else of its own."""
    if tok is None or tok.tag_ != "NNS" or tok.lemma_.lower() not in _NOUNS:
        return False
    kids = list(tok.children)
    return any(c.dep_ == "det" and c.lower_ in ("these", "those") for c in kids) and all(
        c.dep_ in ("det", "predet", "punct") or (c.dep_ == "amod" and c.lower_ in ("armed", "two", "three"))
        or c.lower_ in ("all", "both") for c in kids if c.i < tok.i) and not any(c.i > tok.i for c in kids)


def groups_pointed_back(tok, finder) -> list[ActorRef]:  # type: ignore[no-untyped-def]
    """The named groups "these groups" at ``tok`` stands for (see the module), or [] when none or not one side."""
    start = tok.sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    lo = tok.doc[start].idx
    found: list = []
    for m in finder.mentions:
        if m.entity_id and lo <= m.span.start and m.span.end <= tok.idx and m.kind in ("ORG", "NORP", "PERSON"):
            ref = ActorRef(m.entity_id, m.name or m.span.text, m.span, "primary")
            if finder.named_group(ref) and all(r.entity_id != ref.entity_id for _, r in found):
                found.append((m, ref))
    if not found:
        return []
    text = doc_text(tok.doc)
    found.sort(key=lambda x: x[0].span.start)
    for (a, _), (b, _) in zip(found, found[1:]):
        if not _BETWEEN.match(text[a.span.end:b.span.start]):
            return []  # named apart: two sides, or two clauses
    return [r for _, r in found]


def demonstrative_doer(tok, finder) -> Optional[tuple[ActorRef, list[ActorRef]]]:  # type: ignore[no-untyped-def]
    """For a demonstrative plural (:func:`demonstrative_plural`): (doer, associates), or None when it stands for
    nobody this module can name."""
    refs = groups_pointed_back(tok, finder)
    return (refs[0], refs[1:]) if refs else None
