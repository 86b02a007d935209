"""A name's other form in brackets inside a noun phrase: "Suspected RSF (Rapid Support Forces) fighters", "Border
Security Force (BSF) personnel", "Allied Democratic Forces (ADF) rebels".

The parser hangs the brackets (and the name inside them, as an apposition) on the head noun or on the name before
them; the noun phrase keeps no punctuation and no apposition, so the phrase breaks at the bracket and keeps only the
generic noun after it ("fighters"). The bracketed stretch between a kept word and the next kept word before the head
is part of the phrase when it holds only a name (proper nouns, an acronym), one to six words long.
"""
from __future__ import annotations

__all__ = ["bracketed_names"]

_MAX_WORDS = 6


def _name_inside(inner) -> bool:  # type: ignore[no-untyped-def]
    """The words between the brackets are a name: proper nouns (or an all-capital acronym), with "of", "and", "the",
    hyphens and apostrophes between them."""
    words = [t for t in inner if not (t.is_punct and t.text in "-'’")]
    if not 0 < len(words) <= _MAX_WORDS:
        return False
    if not any(t.pos_ == "PROPN" or (t.is_upper and t.is_alpha and len(t) > 1) for t in words):
        return False
    return all(t.pos_ == "PROPN" or t.text[:1].isupper() or t.lower_ in ("of", "and", "the", "for") for t in words)


def bracketed_names(head, keep: list) -> list:  # type: ignore[no-untyped-def]
    """Tokens to add to the phrase headed by ``head`` whose kept tokens are ``keep``: each bracketed name that stands
    between two kept words before the head ("RSF ( Rapid Support Forces ) fighters"), brackets included."""
    kept = {t.i for t in keep}
    doc = head.doc
    out = []
    for t in keep:
        if t.i >= head.i - 3 or doc[t.i + 1].text != "(":
            continue
        close = next((x for x in doc[t.i + 2: head.i] if x.text in "()"), None)
        if close is None or close.text != ")" or close.i + 1 not in kept:
            continue
        inner = doc[t.i + 2: close.i]
        if _name_inside(inner):
            out.extend(x for x in doc[t.i + 1: close.i + 1] if x.i not in kept)
    return out
