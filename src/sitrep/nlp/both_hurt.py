""" "Both" as the count of the hurt (issue 16, branch tolls33).

A local report names two hurt people by role, joined by "and", as the subject of a sentence that tells no harm in a
number ("Their mother and a neighbour who had tried to climb in were taken to hospital"; "The shop attendant and a
customer were hit by stray bullets"), and the next sentence opens with "Both" and tells them hurt: "Both are said to
be seriously hurt", "Both were rushed to hospital, where they are in critical condition", "Both are said to be
responding to treatment". The pair is the count of the hurt (2), as incident databases count them; no number in the
text gives it. (local_reports14 m14, local_reports19 t02, t07, t19.)

Only "Both" (alone, or "Both of them") as the whole subject of its sentence, the sentence telling a state of the
hurt (:data:`_HURT_STATE`) and no death ("Both were declared dead", "the man had head injuries and died overnight":
another reading's), and the sentence just before it having a subject of two nouns joined by "and" that no count
already covers (a figure on the pair, "The driver and a passenger ... sustained gunshot wounds", is read already;
"two men with stab wounds. Both were taken to hospital" counts them in a number). Called by
:func:`sitrep.nlp.figures.extract_figures` (``_with_derived_figures``).
"""
from __future__ import annotations

import re
from typing import Any

from sitrep.model import Figure, Span
from sitrep.nlp.doctext import doc_attr, doc_sents

__all__ = ["both_hurt"]

# the state of the hurt: "seriously hurt", "in a critical condition", "rushed to", "taken to ... hospital",
# "responding to treatment"
_HURT_STATE = re.compile(
    r"\b(?:seriously|critically|badly|gravely|severely)\s+(?:hurt|injured|wounded|burned|burnt)\b"
    r"|\bin\s+(?:a\s+)?(?:serious|critical|stable|grave|unstable|satisfactory)\b[^.;]{0,25}?\bcondition\b"
    r"|\brushed\s+to\b|\bresponding\s+to\s+treatment\b|\b(?:receiving|undergoing)\s+treatment\b"
    r"|\b(?:taken|admitted|airlifted|flown)\s+to\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:hospital|infirmary)\b", re.I)
# a death told of the pair: another reading's (none_survived, the dead found)
_DEATH_LEMMAS = frozenset({"die", "dead", "death", "kill", "deceased", "succumb", "fatal", "fatally", "body",
                           "pronounce"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})
# counts of the sentence before that leave the pair to another reading: the hurt, the dead, people hit or counted
_COUNTED = frozenset({"wounded", "injured", "killed", "hit", "people"})


def _pair_subject(sent: Any):  # type: ignore[no-untyped-def]
    """The subject of ``sent`` made of two nouns joined by "and" (the first noun), or None."""
    for t in sent:
        if t.dep_ not in _SUBJ or t.pos_ not in ("NOUN", "PROPN"):
            continue
        for h in (t, *(c for c in t.children if c.dep_ == "appos")):  # ("The attendant, Ms X, and a customer")
            conj = [c for c in h.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
            if len(conj) == 1 and any(c.dep_ == "cc" and c.lower_ == "and" for c in h.children) \
                    and not any(c.dep_ == "conj" for c in conj[0].children):
                return t
    return None


def both_hurt(doc: Any, article_id: str, figures: list[Figure]) -> list[Figure]:
    """New wounded figures of 2 on the pair of the sentence before "Both" ... hurt (module doc)."""
    out: list[Figure] = []
    if "both" not in doc_attr(doc, "lower_"):
        return out  # (no sentence can open with "Both": no walk over the sentences)
    prev = None
    for sent in doc_sents(doc):
        first, before, prev = sent[0], prev, sent
        if first.lower_ != "both" or before is None or first.dep_ not in _SUBJ:
            continue  # (the cheap test first: a sentence opened by "Both")
        if any(c.dep_ != "prep" or c.lower_ != "of" for c in first.children):
            continue  # "Both guards": a noun of its own
        if any(t.lemma_.lower() in _DEATH_LEMMAS for t in sent) or not _HURT_STATE.search(sent.text):
            continue
        pair = _pair_subject(before)
        if pair is None:
            continue
        lo, hi = pair.left_edge.idx, pair.right_edge.idx + len(pair.right_edge)
        if any(f.what in _COUNTED and f.span.start < before.end_char and f.span.end > before.start_char
               for f in figures):
            continue  # the sentence before counts its hurt, dead or people hit already ("A man and his son were shot")
        if any(f.span.start == lo for f in figures):
            continue
        # (the evidence is the pair itself, where the two are told: the sentence the report tells them hurt in)
        out.append(Figure(id=f"{article_id}:f{lo}", span=Span(article_id, lo, hi, doc.text[lo:hi]), what="wounded",
                          low=2.0, high=2.0, unit="people"))
    return out
