"""Who suffered a deed told by one of several coordinated verbs that share one victim.

Two coordinations name the victim once for every verb (standard English grammar: shared arguments of coordinated
predicates):

* a passive series, "the herders were seized, beaten and executed": the victim is the passive subject of the
  first verb, and each later participle with no subject, object or auxiliary of its own (a conjunct, or a participle
  clause after a comma) has the same one;
* right-node raising, "the guards were stabbing and beating the driver": the object written once after the last
  verb is the object of each earlier verb of the chain that has none of its own, when nothing but "and / or" and
  commas lies between the verbs.

Anything else between (a subject, an auxiliary, another clause) says the verbs are told of different people: no
victim is shared.
"""
from __future__ import annotations

from sitrep.events.deps import child

__all__ = ["shared_passive_subject", "raised_object"]

_OWN_ARGS = ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "csubj", "expl")
_JOINERS = frozenset({"and", "or", ",", "then"})


def shared_passive_subject(v):  # type: ignore[no-untyped-def]
    """The passive subject ``v`` shares with the passive verb it follows: "X were seized, beaten and
    executed" gives X for "beaten" and "executed". ``v`` is a past participle with no subject, object or
    auxiliary of its own, hung (through conjuncts or a participle clause) on an earlier passive verb; None
    otherwise."""
    if v.tag_ != "VBN" or child(v, *_OWN_ARGS) is not None:
        return None
    cur = v
    for _ in range(4):
        if cur.dep_ not in ("conj", "advcl") or cur.head.i >= cur.i or cur.head.pos_ not in ("VERB", "AUX"):
            return None
        head = cur.head
        subj = child(head, "nsubjpass")
        if subj is not None:
            return subj if child(head, "auxpass") is not None else None
        if head.tag_ != "VBN" or child(head, *_OWN_ARGS) is not None:
            return None  # "troops stormed the town and killed ...": an active verb's subject did it
        cur = head
    return None


def raised_object(v):  # type: ignore[no-untyped-def]
    """The object written once after the last of a chain of coordinated verbs ("shelling and looting the
    market", "stabbing, beating and robbing him"), for a verb ``v`` of the chain with no object of its own. None
    when a word other than "and / or / then" or a comma lies between the verbs, or when a later verb of the chain
    has a subject or an auxiliary of its own ("troops shelled and rebels looted the town")."""
    if v.pos_ != "VERB" or child(v, "dobj", "nsubjpass", "auxpass", "ccomp", "xcomp") is not None:
        return None
    root = v.head if v.dep_ == "conj" and v.head.pos_ == "VERB" else v
    chain = sorted([root, *[c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]], key=lambda t: t.i)
    later = [c for c in chain if c.i > v.i]
    if not later or v not in chain:
        return None
    last = later[-1]
    verbs = {t.i for t in chain}
    between = [t for t in v.doc[v.i + 1:last.i] if t.i not in verbs]
    if any(t.lower_ not in _JOINERS for t in between):
        return None
    if any(child(c, "nsubj", "nsubjpass", "aux", "auxpass") is not None for c in later):
        return None
    if any(child(c, "dobj") is not None for c in later[:-1]):
        return None
    obj = child(last, "dobj")
    return obj if obj is not None and obj.i > last.i else None
