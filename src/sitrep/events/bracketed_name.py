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
    out.extend(x for x in _name_run_before(head, kept) if x not in out)
    out.extend(x for x in _split_name_gap(head, kept) if x not in out)
    return out


def _split_name_gap(head, kept: set) -> list:  # type: ignore[no-untyped-def]
    """ "Suspected Ahlu Sunnah Wal Jamaa insurgents": the parser hung the first words of a long name on the word before
    them as an apposition, with no comma or bracket to mark one, so the phrase keeps the word before and the name's
    last words and drops the words between. Proper nouns only (one to six words), between two kept words before the
    head, filled in."""
    doc = head.doc
    before = sorted(i for i in kept if i < head.i)
    out = []
    for a, b in zip(before, before[1:] + [head.i]):
        gap = doc[a + 1: b]
        if 0 < len(gap) <= _MAX_WORDS and all(t.pos_ == "PROPN" and t.whitespace_ for t in gap) \
                and doc[a].whitespace_ and any(t.dep_ == "appos" and t.head.i == a for t in gap):
            out.extend(gap)
    return out


def _name_run_before(head, kept: set) -> list:  # type: ignore[no-untyped-def]
    """ "Suspected Jama'at Nusrat al-Islam wal-Muslimin (JNIM) militants": the parser hung the last words of a long
    name and its bracketed acronym on each other as appositions, so the phrase keeps only its first words and the
    head; the words from the last kept word to the bracket before the head are the name's rest (proper nouns and
    hyphens only, one to six words), brackets included."""
    doc = head.doc
    if head.i < 4 or doc[head.i - 1].text != ")" or head.i - 1 in kept:
        return []
    opened = next((x for x in reversed(doc[max(0, head.i - 5): head.i - 1]) if x.text in "()"), None)
    if opened is None or opened.text != "(" or not _name_inside(doc[opened.i + 1: head.i - 1]):
        return []
    k = opened.i - 1
    while k >= 0 and k not in kept and head.i - k <= 12 and (doc[k].pos_ == "PROPN" or doc[k].text in "-'’"):
        k -= 1
    if k < 0 or k not in kept or k == opened.i - 1 or not _name_inside(doc[k + 1: opened.i]):
        return []
    return list(doc[k + 1: head.i])
