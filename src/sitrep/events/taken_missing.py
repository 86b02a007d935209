"""People arrested who remain missing are forcibly disappeared (branch subtypes15, MUC-4 DEV-MUC3-1200).

"The elite corps arrested two citizens, who remain missing", "detained three students whose whereabouts are
unknown": custody taken and then not acknowledged is ACLED's abduction/forced disappearance (a state actor's
detention counts there when the people are not accounted for), and MUC-4 codes it a kidnapping. :func:`taken_missing`
reads a relative clause on the trigger's object or passive subject (or on a name joined to it) that holds a word of
``missing_words`` (data/event_sense_cues.tsv). A word of missing people told elsewhere in the sentence ("arrested
two men over the disappearance of a girl") is not whom the arrest took.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["taken_missing"]

_TAKEN = frozenset({"dobj", "nsubjpass"})
_STATE_VERBS = frozenset({"remain", "be", "go", "stay"})


def _told_missing(rel, words: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """The relative clause says its people are missing: "who remain missing", "who went missing", "who have since
    disappeared", "whose whereabouts are unknown" (not "who had reported his wife missing": the wife is)."""
    if rel.lemma_.lower() in words:
        return True  # "who have disappeared"
    if rel.lemma_.lower() in _STATE_VERBS and any(
            c.dep_ in ("acomp", "xcomp", "oprd", "attr") and c.lower_ in words for c in rel.children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words for c in rel.children)


def taken_missing(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok``'s object (or passive subject), or a noun joined to it, has a relative clause telling them missing."""
    words = sense_cue("missing_words")
    for obj in (c for c in tok.children if c.dep_ in _TAKEN):
        for noun in (obj, *obj.conjuncts):
            if any(c.dep_ == "relcl" and _told_missing(c, words) for c in noun.children):
                return True
    return False
