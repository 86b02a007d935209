"""People arrested who remain missing are forcibly disappeared (branch subtypes15, MUC-4 DEV-MUC3-1200).

"The elite corps arrested two citizens, who remain missing", "detained three students whose whereabouts are
unknown": custody taken and then not acknowledged is ACLED's abduction/forced disappearance (a state actor's
detention counts there when the people are not accounted for), and MUC-4 codes it a kidnapping. :func:`taken_missing`
reads a relative clause on the trigger's object or passive subject (or on a name joined to it) that holds a word of
``missing_words`` (data/event_sense_cues.tsv), or says they have not been seen since. A "who"/"whose" clause the
parser hangs on the deed's time or place ("arrested two students in X on Friday, who remain missing") speaks of the
people taken too: a day or a town is no "who" (branch dates21 read the same case with a pattern over the sentence;
one reading now). A word of missing people told elsewhere in the sentence ("arrested two men over the
disappearance of a girl") is not whom the arrest took.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["taken_missing"]

_TAKEN = frozenset({"dobj", "nsubjpass"})
_STATE_VERBS = frozenset({"remain", "be", "go", "stay"})
_SEEN = frozenset({"see", "hear"})
_SINCE = frozenset({"since", "again"})
_PERSONAL = frozenset({"who", "whose", "whom"})


def _told_missing(rel, words: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """The relative clause says its people are missing: "who remain missing", "who went missing", "who have since
    disappeared", "whose whereabouts are unknown" (not "who had reported his wife missing": the wife is)."""
    if rel.lemma_.lower() in words:
        return True  # "who have disappeared"
    if rel.lemma_.lower() in _STATE_VERBS and any(
            c.dep_ in ("acomp", "xcomp", "oprd", "attr") and c.lower_ in words for c in rel.children):
        return True
    if rel.lemma_.lower() in _SEEN and any(c.dep_ == "neg" for c in rel.children) and any(
            c.lower_ in _SINCE for c in rel.children):
        return True  # "who have not been seen since"
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words for c in rel.children)


def _personal_relative(rel) -> bool:  # type: ignore[no-untyped-def]
    """The relative clause opens with "who"/"whose"/"whom": it speaks of people."""
    return any(t.lower_ in _PERSONAL for t in rel.children) or any(
        t.lower_ in _PERSONAL for c in rel.children for t in c.children if t.dep_ == "poss")


def _misattached(tok):  # type: ignore[no-untyped-def]
    """The nouns of ``tok``'s own prepositional phrases ("in Tarma", "on Friday"), where the parser may hang a
    "who" clause that speaks of the people taken."""
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        yield from (c for c in prep.children if c.dep_ == "pobj")


def taken_missing(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok``'s object (or passive subject), or a noun joined to it, has a relative clause telling them missing."""
    words = sense_cue("missing_words")
    for obj in (c for c in tok.children if c.dep_ in _TAKEN):
        for noun in (obj, *obj.conjuncts):
            if any(c.dep_ == "relcl" and _told_missing(c, words) for c in noun.children):
                return True
    if not any(c.dep_ in _TAKEN for c in tok.children):
        return False
    return any(c.dep_ == "relcl" and _personal_relative(c) and _told_missing(c, words)
               for noun in _misattached(tok) for c in noun.children)
