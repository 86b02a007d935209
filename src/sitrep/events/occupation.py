"""A building or a road occupied by students, workers or residents is a protest (a sit-in), and people removed
"who had occupied" it were protesting when they were removed (issue 16; branch protests12: tests/data/protest_reports9
x18, protest_reports5 t02, protest_reports8 w04).

ACLED codes an occupation of a school, a faculty, a hall or an office by civilians as a protest (a sit-in); the same
verb of armed forces or an armed group ("troops occupied the town") names a takeover, which the trigger word
"occupy" never reads here: :func:`civil_occupation` keeps the protest reading of "occupy" / "occupation" only where
its doers are people of cue ``occupier_people`` (students, workers, residents, ...): the verb's subject, the noun a
relative clause hangs on ("students who had occupied"), or the subject of the verb the noun "occupation" is told in
("students went into the third week of their occupation"). :func:`occupiers_removed` tells a relative clause "who had
occupied" on the object of a verb (police "removed dozens of students who had occupied a school"): the occupation
held until it was broken up, no participant's past (``modality``).
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["civil_occupation", "occupiers_removed", "OCCUPY_LEMMAS"]

OCCUPY_LEMMAS = frozenset({"occupy", "occupation"})


def _doer(tok):  # type: ignore[no-untyped-def]
    """The occupier: the subject of the verb (the noun a relative clause hangs on), or of the verb whose phrase
    tells the noun "occupation"."""
    verb = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        cur = tok
        for _ in range(4):  # "went into the third week of their occupation": up to the verb
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
                break
        verb = cur
    if verb.dep_ == "relcl":
        return verb.head
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head is not verb:
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def civil_occupation(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` ("occupy", "occupation") is done by civilians of cue ``occupier_people``."""
    doer = _doer(tok)
    if doer is None:
        return False
    low = doer.lemma_.lower()
    if low in ("dozen", "hundred", "thousand", "group"):  # "dozens of secondary students"
        doer = next((o for p in doer.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), doer)
        low = doer.lemma_.lower()
    return low in sense_cue("occupier_people") or low in sense_cue("striking_people")


def occupiers_removed(head) -> bool:  # type: ignore[no-untyped-def]
    """``head`` is "occupied" in a relative clause on a verb's object: "removed dozens of students who had occupied a
    school", "to remove students who had occupied the hall"."""
    if head.lemma_.lower() != "occupy" or head.dep_ != "relcl":
        return False
    noun = head.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head is not noun.head:
        noun = noun.head.head  # "dozens of students"
    return noun.dep_ == "dobj"
