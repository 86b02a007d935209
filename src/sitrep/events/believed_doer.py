"""The doer of "when armed men believed to be members of X opened fire" where the parser made "believed" the verb.

spaCy reads a reduced relative "believed / suspected / thought to be ..." after the attacker noun as a clause of its
own: the noun becomes the subject of "believed", which hangs on the deed verb as an adverbial clause, and the deed
verb ("opened", "stormed") is left with no subject. The noun is the deed's subject: the phrase (with its
"believed to be members of X", read by ``ActorFinder._believed_to_be``) is who did it.
"""
from __future__ import annotations

from sitrep.events.deps import RELATIVE_WORDS, child

__all__ = ["believed_subject"]

_HEDGES = frozenset({"believe", "suspect", "think", "say"})  # "armed men said to be X killed ..." (attackers39)


def believed_subject(v):  # type: ignore[no-untyped-def]
    """The subject of a bare "believed to be X" clause before verb ``v`` that the parser hung on ``v`` (``v`` having
    no subject of its own); None otherwise. The clause has no auxiliary ("the police believed ..." is a verb of its
    own, with a subject who only believes) and says "to be" something."""
    if child(v, "nsubj", "nsubjpass", "csubj") is not None:
        return None
    h = v.head
    if v.dep_ == "ccomp" and h.i < v.i and h.lemma_.lower() in _HEDGES:
        # "Gunmen believed to belong to X killed five men": the parser made the deed the clause of "believed"
        s = _reduced_subject(h)
        if s is not None:
            return s
    for c in v.children:
        if c.dep_ not in ("advcl", "parataxis") or c.i > v.i or c.lemma_.lower() not in _HEDGES:
            continue  # ("The gunmen, said to be members of X, killed ...": "said" hung as a parataxis)
        if child(c, "aux", "auxpass") is not None:
            continue
        s = child(c, "nsubj")
        be = next((x for x in c.children if x.dep_ == "xcomp" and x.lemma_.lower() == "be"), None)
        if s is None or be is None or s.lower_ in RELATIVE_WORDS or s.pos_ not in ("NOUN", "PROPN"):
            continue
        if child(be, "attr") is None:
            continue
        return s
    return None


def _reduced_subject(c):  # type: ignore[no-untyped-def]
    """The noun of a reduced relative "N believed / thought to belong to X" or "N thought to be from X" headed by
    the participle ``c`` (no auxiliary: "the police believed" is a verb with a subject who only believes); None
    otherwise."""
    if child(c, "aux", "auxpass") is not None:
        return None
    s = child(c, "nsubj")
    if s is None or s.lower_ in RELATIVE_WORDS or s.pos_ not in ("NOUN", "PROPN") or s.i > c.i:
        return None
    x = next((t for t in c.children if t.dep_ == "xcomp" and t.lemma_.lower() in ("be", "belong")), None)
    if x is None:
        return None
    if x.lemma_.lower() == "be" and child(x, "attr") is not None:
        return s
    want = "to" if x.lemma_.lower() == "belong" else "from"
    return s if any(p.dep_ == "prep" and p.lower_ == want and child(p, "pobj") is not None for p in x.children) \
        else None
