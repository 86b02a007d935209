"""Decides the tense a deed is told in: a past clause (:func:`past_clause`), a simple past verb
(:func:`told_by_verb`, which lets a sentence carry the day before it), a present perfect record
(:func:`perfect_present`: "have been killed", no dated deed). Tests: tests/test_dates22.py.
"""
from __future__ import annotations

from sitrep.events.date.verbs import _violent_verb, support_verb


def past_clause(tok) -> bool:  # type: ignore[no-untyped-def]
    """The trigger's verb (or the verb it hangs from) is in the past tense and not future or conditional."""
    v = tok
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX"):
            break
        if v.head.i == v.i:
            return False
        v = v.head
    auxes = [c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(a in ("will", "shall", "'ll", "would", "could", "may", "might", "to") for a in auxes):
        return False
    return "Past" in v.morph.get("Tense") or any(a in ("was", "were", "had") for a in auxes)


def told_by_verb(trig) -> bool:  # type: ignore[no-untyped-def]
    """The deed is told by a verb in a simple past: the trigger itself ("the gunmen also wounded two passengers"), or
    the past verb of violence whose object it is ("The jet dropped two bombs on the school": the bombs of the strike
    just told; not a light verb, "it carried out the bombing", nor one of perceiving, "heard explosions"); not a
    present perfect ("the rebels have killed dozens": a record)."""
    if trig.pos_ in ("VERB", "AUX"):
        return not perfect_present(trig)
    verb = trig.head
    return trig.dep_ == "dobj" and verb.pos_ == "VERB" and verb.tag_ == "VBD" and not perfect_present(verb) \
        and _violent_verb(verb) and not support_verb(verb)


def perfect_present(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "have been killed", "has carried out": a running count or a record, not one dated deed."""
    v = tok
    for _ in range(5):  # "have been hurt by the force of a blast": the noun four heads below its verb
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve") for c in v.children)
