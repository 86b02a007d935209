"""The words a sentence (or any token range) uses, built once per Doc and range: the cheap first test of the
annotators' per-sentence checks. A check that looks for a word of a list among a sentence's tokens ("a drill word",
"a word of harm") asks :func:`names_any` first and walks the sentence's Tokens (building a spaCy Token per index)
only when one of its words is there; the answer is the same, the walk is skipped for nearly every sentence."""
from __future__ import annotations

from typing import Any, Iterable

from sitrep.nlp.doctext import doc_attr

__all__ = ["lemma_lowers", "names_any", "span_words"]

_LEMMAS = "sitrep_lemma_lowers"
_SPANS = "sitrep_span_words"


def lemma_lowers(doc: Any) -> list[str]:
    """``[t.lemma_.lower() for t in doc]``, built once per Doc."""
    user_data = getattr(doc, "user_data", None)
    if user_data is None:  # a stand-in Doc (tests)
        return [t.lemma_.lower() for t in doc]
    got = user_data.get(_LEMMAS)
    if got is None:
        got = user_data[_LEMMAS] = list(map(str.lower, doc_attr(doc, "lemma_")))
    return got


def span_words(doc: Any, start: int, end: int) -> frozenset[str]:
    """The lower-cased lemmas and lower-cased forms of tokens ``start``..``end - 1`` of ``doc`` (cached per range)."""
    user_data = getattr(doc, "user_data", None)
    if user_data is None:  # a stand-in Doc (tests)
        toks = [doc[i] for i in range(start, end)]
        return frozenset(t.lemma_.lower() for t in toks) | frozenset(t.lower_ for t in toks)
    cache = user_data.setdefault(_SPANS, {})
    got = cache.get((start, end))
    if got is None:
        got = cache[(start, end)] = frozenset(lemma_lowers(doc)[start:end]) | frozenset(
            doc_attr(doc, "lower_")[start:end])
    return got


def names_any(span: Any, words: Iterable[str]) -> bool:
    """Some token of ``span`` (a sentence or other Span) has a lower-cased lemma or form in ``words``: False means
    no test of a token's ``lemma_.lower()`` or ``lower_`` against ``words`` (or a subset) can succeed in it."""
    return not span_words(span.doc, span.start, span.end).isdisjoint(words)
