"""Speakers the parser joined to a list of victims: "A strike killed nine civilians, two residents and a hospital
official said." spaCy makes "said" the root with no subject and hangs "two residents" and "a hospital official" on
"civilians" as conjuncts; read so, the toll is nine plus two plus one. The members after the list's last comma,
right before a verb of speech that has no subject of its own, are who said it, never victims counted.

Read by nlp/figures (no figure counts the speakers) and events/toll (no coordinated total adds them)."""
from __future__ import annotations

from typing import Any

__all__ = ["cut_speaker"]


def _speech_verb(tok: Any) -> bool:
    from sitrep.nlp.attribution import speech_cues

    kind = speech_cues().get(tok.lemma_.lower())
    return tok.pos_ in ("VERB", "AUX") and kind is not None and kind != "prep"


def _subjectless_cue_after(last: Any) -> bool:
    """The token after ``last`` is a verb of speech with no subject whose reported clause holds ``last``."""
    doc = last.doc
    if last.i + 1 >= len(doc):
        return False
    verb = doc[last.i + 1]
    if not _speech_verb(verb) or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return False
    return any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i and c.left_edge.i <= last.i for c in verb.children)


def cut_speaker(tok: Any) -> bool:
    """``tok`` is a conjunct of a list that runs into a subject-less "said" and stands after the list's last comma:
    one of the speakers the parser cut off from their verb."""
    if tok.dep_ != "conj":
        return False
    root = tok
    for _ in range(8):
        if root.dep_ != "conj":
            break
        root = root.head
    members = [root, *root.conjuncts]
    last = max(members, key=lambda t: t.i)
    if not _subjectless_cue_after(last.right_edge):
        return False
    doc = tok.doc
    commas = [t.i for t in doc[root.i:last.i] if t.text == ","]
    return bool(commas) and tok.left_edge.i > commas[-1]
