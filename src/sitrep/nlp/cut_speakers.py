"""Speakers the parser cut off from their verb of speech: "A strike killed nine civilians, two residents and a
hospital official said", "Police arrested 45 people in central Nairobi, a police spokesman, Peter Wafula, said."
spaCy makes "said" the root with no subject and hangs the speakers on the last noun of what they said, as conjuncts
("two residents" on "civilians": the toll is read as nine plus two plus one) or as appositions ("a police spokesman"
on "Nairobi": the count is left with no claimant). The phrase after the last comma right before a verb of speech
that has no subject of its own, and whose reported clause comes before it, is who said it.

Read by nlp/attribution (the cue's claimant), nlp/figures (no figure counts the speakers) and events/toll_lists (no
coordinated total adds them)."""
from __future__ import annotations

from typing import Any, Optional

__all__ = ["cut_off_speaker", "cut_speaker"]

_PHRASE_DEPS = frozenset({"conj", "appos", "compound", "amod", "det", "poss", "nummod", "case", "cc", "punct"})


def _speech_verb(tok: Any) -> bool:
    from sitrep.nlp.attribution import speech_cues

    kind = speech_cues().get(tok.lemma_.lower())
    return tok.pos_ in ("VERB", "AUX") and kind is not None and kind != "prep"


def _after_comma(t: Any) -> bool:
    k = t.left_edge.i - 1
    return k >= 0 and t.doc[k].text == ","


def cut_off_speaker(cue: Any) -> Optional[Any]:
    """The head of the speaker phrase the parser hung on the clause before ``cue`` (a subject-less verb of speech
    whose reported clause precedes it), else None."""
    if not _speech_verb(cue) or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in cue.children):
        return None
    doc = cue.doc
    k = cue.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k < 0 or not any(c.dep_ in ("ccomp", "parataxis") and c.i < cue.i and c.left_edge.i <= k for c in cue.children):
        return None
    t = doc[k]
    for _ in range(8):
        if t.dep_ in ("conj", "appos") and t.pos_ in ("NOUN", "PROPN") and _after_comma(t):
            break
        if t.dep_ not in _PHRASE_DEPS or t.head is t or t.head.i >= cue.i:
            return None
        t = t.head
    else:
        return None
    if t.dep_ not in ("conj", "appos") or not _after_comma(t):
        return None
    while t.dep_ == "appos" and t.head.dep_ in ("appos", "conj") and _after_comma(t.head):
        t = t.head  # "a police spokesman, Peter Wafula": the title with the name in apposition
    return t


def cut_speaker(tok: Any) -> bool:
    """``tok`` heads (or is) a phrase of the speakers :func:`cut_off_speaker` finds before the next verb of speech."""
    if tok.dep_ not in ("conj", "appos"):
        return False
    doc = tok.doc
    k = tok.right_edge.i + 1
    while k < len(doc) and doc[k].is_punct and doc[k].text != ".":
        k += 1
    if k >= len(doc):
        return False
    head = cut_off_speaker(doc[k])
    return (head is not None and head.left_edge.i <= tok.i <= head.right_edge.i) or _unjoined_before_speech(tok, doc[k])


def _unjoined_before_speech(tok: Any, verb: Any) -> bool:
    """ "left 12 casualties, including three dead, the governor of the region said": the parser gave the verb of
    speech another subject and made the speaker a conjunct with no "and" or "or" of its list, right before the verb
    after a comma: a speaker all the same, never one more member of the list."""
    return tok.dep_ == "conj" and _after_comma(tok) and _speech_verb(verb) and tok.right_edge.i == verb.i - 1 \
        and not any(c.dep_ == "cc" for c in (*tok.head.children, *tok.children))
