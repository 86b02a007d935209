"""An armed site overrun is a battle for the site, not territory taken (issue 11, branch subtypes19).

"Fighters overran a military camp on the edge of X after fighting that went on until dusk", "jihadists overran the
army post", "ISWAP overran part of a military camp in Marte": ACLED codes the storming of a base, a post or a camp
as an armed clash with its garrison; "overran the town", "overran much of the capital" stay a non-state actor
overtaking territory, and "overran a regional command headquarters after a months-long siege" (a seat of command
taken and held) is left to the territorial reading.

:func:`site_overrun` tells whether an "overrun" trigger's object (or passive subject, or what it overran "part of")
is such a site (not when it is told as the step to a town's taking: "captured the town after overrunning the
army post"): a noun of ontology cue ``military_sites``; a camp or a station only with an armed word before it
(cue ``military_targets``: "a military camp", "a police station"; not "a camp for displaced people").
"""
from __future__ import annotations

from sitrep.events.ontology import Ontology

__all__ = ["site_overrun", "OVERRUN_LEMMAS"]

OVERRUN_LEMMAS = frozenset({"overrun", "overran"})  # (the parser's lemma of "overran" varies)
_PART_NOUNS = frozenset({"part", "parts", "much", "most", "half", "section"})
_QUALIFIED_SITES = frozenset({"camp", "station"})
# verbs of a place taken (data/ontology.json, battles.nsa_overtakes, the one-word ones)
_TAKING_LEMMAS = frozenset({"capture", "seize", "take", "retake", "recapture", "conquer", "liberate", "regain"})


def _site_noun(tok):  # type: ignore[no-untyped-def]
    """What the verb overran: its object or passive subject, through "part of" to the noun after it."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.lemma_.lower() in _PART_NOUNS:
        obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), obj)
    return obj


def _step_to_taking(tok) -> bool:  # type: ignore[no-untyped-def]
    """The overrunning is told as the way to a town's taking: "captured the town after overrunning the last army
    post there" (the taking's step, tests/test_subtypes18.py)."""
    if tok.dep_ not in ("advcl", "pcomp"):
        return False
    head = tok.head.head if tok.dep_ == "pcomp" else tok.head
    return head.lemma_.lower() in _TAKING_LEMMAS


def site_overrun(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is "overrun" and what it overran is an armed site ("a military camp", "the army post", "a base")."""
    if tok.lemma_.lower() not in OVERRUN_LEMMAS and tok.lower_ not in OVERRUN_LEMMAS:
        return False
    if _step_to_taking(tok):
        return False
    obj = _site_noun(tok)
    if obj is None:
        return False
    lem = obj.lemma_.lower()
    if lem in onto.cue("military_sites"):
        return True
    return lem in _QUALIFIED_SITES and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in onto.cue("military_targets") for c in obj.children)
