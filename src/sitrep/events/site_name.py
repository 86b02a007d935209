"""A name that only labels the site a deed hit is no victim: "militiamen shelled the Tarvuk camp", "the army
regained control of the town of Osmelo". The actor finder reads the proper name of such a phrase as an ad-hoc actor
("Tarvuk", "Osmelo"); ACLED codes a place as no actor, so the event's actor2 stays blank (or is what another rule
finds). Only an ad-hoc name (``x:``, never a dictionary actor such as "an al-Shabaab camp") headed by a proper noun
(never "the Zarkan rebels' camp", whose head names people), hung as a modifier (the parser's compound, amod, nmod)
or an "of" phrase on a site noun of data/site_heads.tsv between it and the victim phrase's head."""
from __future__ import annotations

import functools
from typing import Optional

from sitrep.model import ActorRef
from sitrep.resources import data_rows

__all__ = ["site_name_victim"]


@functools.lru_cache(maxsize=None)
def site_heads() -> frozenset[str]:
    """The site nouns of data/site_heads.tsv."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("site_heads.tsv", needs=("word", "source"),
                                                                   header="word"))


def _labels_site(name_root, head) -> bool:  # type: ignore[no-untyped-def]
    """Whether proper noun ``name_root`` hangs, through compounds and "of" phrases only, on a site noun at or below
    the victim phrase's head ``head``."""
    tok, seen = name_root, 0
    while tok.i != head.i and seen < 6:
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ == "of":
            tok = tok.head.head
        elif tok.dep_ in ("compound", "appos", "nmod") or (tok.dep_ in ("amod", "poss") and tok.pos_ == "PROPN"):
            tok = tok.head
        else:
            return False
        seen += 1
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in site_heads():
            return True
    return False


def site_name_victim(cand, ref: Optional[ActorRef]) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """None when ``ref``, the actor read from victim phrase ``cand``, is an ad-hoc proper name that only labels a
    site of the phrase ("the Tarvuk camp", "control of the town of Osmelo"); ``ref`` unchanged otherwise."""
    if ref is None or cand is None or ref.span is None or not ref.entity_id.startswith("x:"):
        return ref
    if ref.span.start <= cand.idx < ref.span.end:
        return ref  # the name covers the phrase's own head
    toks = [t for t in cand.sent if ref.span.start <= t.idx < ref.span.end]
    roots = [t for t in toks if not ref.span.start <= t.head.idx < ref.span.end or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ != "PROPN":
        return ref
    return None if _labels_site(roots[0], cand) else ref
