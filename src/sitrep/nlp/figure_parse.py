"""Parse walks the figure modules share: a verb's voice and tense (passive, perfect, with an object), the token at a
character span, and the clause a count is told in (its verb, its subjects through coordination and relative pronouns,
a perfect clause, the phrase a "since" or "during" opens attached to it). Read by the action, date and background
decisions (:mod:`sitrep.nlp.figure_verbs`, :mod:`sitrep.nlp.figure_dates`, :mod:`sitrep.nlp.figure_background`).
"""
from __future__ import annotations

from typing import Any, Optional


_NOUN_POS = ("NOUN", "PROPN", "PRON")


_VERB_POS = ("VERB", "AUX")


def _is_passive(verb: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _is_perfect(verb: Any) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _has_object(verb: Any) -> bool:
    return any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _tok_at(doc: Any, start: int, end: int) -> Optional[Any]:
    sp = doc.char_span(start, end, alignment_mode="expand")
    if sp is None or len(sp) == 0:
        return None
    return sp.root


_REL_PRONOUNS = frozenset({"which", "that", "who"})


def _clause_verb(tok: Any) -> Optional[Any]:
    """The verb of the clause ``tok`` is in: itself, or the first verb above it within three arcs ("left 900 people
    *dead*": "left")."""
    t = tok
    for _ in range(4):
        if t.pos_ in _VERB_POS:
            return t
        if t.head is t:
            return None
        t = t.head
    return None


def _subjects_of(v: Any, depth: int = 0) -> list:
    """What ``v`` is said of: its subject; with none of its own, the subject of the verb it is coordinated with and
    of the verb just before its "and" in the text (the parser may hang "and has left" on another clause); through a
    relative pronoun, the noun it stands for ("the offensive, which has left": "offensive"; "the offensive in the
    capital, which ...": "capital" and "offensive", either may be meant)."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        if depth >= 2:
            return []
        doc, lo = v.doc, v.sent.start
        before = []
        k = next((k for k in range(v.i - 1, max(lo, v.i - 8) - 1, -1) if doc[k].lower_ == "and"), None)
        if k is not None:
            before = [doc[j] for j in range(k - 1, max(lo, k - 10) - 1, -1)
                      if doc[j].pos_ in _VERB_POS and doc[j].dep_ not in ("aux", "auxpass")][:1]
        heads = [v.head] if v.dep_ == "conj" and v.head.pos_ in _VERB_POS else []
        return [n for u in dict.fromkeys(heads + before) for n in _subjects_of(u, depth + 1)]
    if subj.lower_ in _REL_PRONOUNS and v.dep_ == "relcl":
        n = v.head
        if n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ in ("NOUN", "PROPN"):
            return [n, n.head.head]  # "the offensive in the capital, which": either noun
        return [n]
    return [subj]


def _perfect_clause(v: Any) -> bool:
    """ "has left", "have died", "has by now killed" (with "has" on the first of two coordinated verbs)."""
    for w in (v, v.head if v.dep_ == "conj" else v):
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in w.children) and w.tag_ == "VBN":
            return True
    return False


def _attached_to(tok: Any, v: Any) -> bool:
    """The phrase opened by ``tok`` ("since", "during") tells the clause of ``v``: its head, or the head of the clause
    it opens ("since the war *began*" -> the verb it modifies), is ``v``."""
    h = tok.head
    if h.pos_ in _VERB_POS and h.i > tok.i and h.dep_ in ("advcl", "prep", "pcomp"):
        h = h.head
    return h.i == v.i or (v.dep_ == "conj" and h.i == v.head.i)
