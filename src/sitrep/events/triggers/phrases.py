"""Decides which character spans are fixed phrases and metaphors in which a trigger word names no event ("beating
drums", "a war of words"). Evidence: the regular expressions of data/non_event_phrases.tsv, matched once an article
and read a sentence at a time (:func:`idiom_spans`); words used only inside them give the sub-type rules no force
(:func:`idiom_only_lemmas`). Tests: tests/test_regex_needs.py, tests/test_phrase_ranges.py.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from typing import Optional

from sitrep.nlp.doctext import doc_sents, doc_text
from sitrep.nlp.regex_needs import folded, needed_literals
from sitrep.resources import data_path


@functools.lru_cache(maxsize=2)
def _phrase_list(name: str) -> tuple[tuple[str, Optional[frozenset[str]]], ...]:
    """The fixed-phrase patterns in file order, each with the literals one of which it cannot match without."""
    pats = []
    with open(data_path(name), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                pat = line.rstrip("\n").split("\t")[0]
                re.compile(pat)  # a bad line fails here, naming itself
                pats.append((f"(?:{pat})", needed_literals(pat)))
    return tuple(pats)


@functools.lru_cache(maxsize=2)
def non_event_phrases(name: str = "non_event_phrases.tsv") -> Optional["re.Pattern[str]"]:
    """One regular expression of the fixed phrases and metaphors in which a trigger word names no event."""
    pats = _phrase_list(name)
    return _alternation(tuple(p for p, _ in pats)) if pats else None


@functools.lru_cache(maxsize=512)
def _alternation(pats: tuple[str, ...]) -> "re.Pattern[str]":
    return re.compile("|".join(pats), re.I)


@functools.lru_cache(maxsize=2)
def _phrase_regexes(name: str) -> tuple[tuple["re.Pattern[str]", str, Optional[frozenset[str]]], ...]:
    """Each fixed-phrase pattern compiled once on its own (as the alternation reads it), with its needed words."""
    return tuple((re.compile(p, re.I), p, needs) for p, needs in _phrase_list(name))


def phrase_spans(text: str, ranges, name: str = "non_event_phrases.tsv") -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The spans of ``finditer(text, a, b)`` of the full phrase alternation over each (a, b) of ``ranges``, in
    order, without building an alternation per article. A match lies inside its range, so a pattern none of whose
    needed words is in the range's text cannot match there; nor can one whose own ``search(text, a, b)`` (same
    pos/endpos) finds nothing. Either way it is no alternative of any match in that range, so each range runs
    only the alternation of the patterns found in it, in the file's order: most ranges none, and the few
    alternations that occur are compiled once. (Before, each article compiled the alternation of the patterns
    its words allowed, a new one for nearly every article.) Which ranges hold a pattern's needed words is read
    from where those words occur in the folded text (:func:`_ranges_holding`: one scan of the text a word),
    else by a test of each range's own text (:func:`_patterns_by_range`)."""
    low = folded(text)
    pats = _phrase_regexes(name)
    holding = _ranges_holding(low, text, ranges, pats, _ascii_needs(name))
    if holding is None:
        holding = _patterns_by_range(low, text, ranges, pats)
    out: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(ranges):
        hit = tuple(pats[i][1] for i in holding[k] if pats[i][0].search(text, a, b))
        if hit:
            out.extend(m.span() for m in _alternation(hit).finditer(text, a, b))
    return out


def _patterns_by_range(low: str, text: str, ranges, pats) -> list[list[int]]:  # type: ignore[no-untyped-def]
    """For each range, the indexes (in order) of the patterns of ``pats`` one of whose needed words is in the
    range's folded text (those with none in the whole text left out first)."""
    kept = [i for i, (_rx, _p, needs) in enumerate(pats) if needs is None or any(w in low for w in needs)]
    out = []
    for a, b in ranges:
        part = folded(text[a:b]) if kept else ""
        out.append([i for i in kept if pats[i][2] is None or any(w in part for w in pats[i][2])])
    return out


@functools.lru_cache(maxsize=2)
def _ascii_needs(name: str) -> bool:
    """Every needed word of the phrase file's patterns is ASCII (:func:`_ranges_holding`)."""
    return all(needs is None or all(w.isascii() for w in needs) for _rx, _p, needs in _phrase_regexes(name))


def _ranges_holding(low: str, text: str, ranges, pats, ascii_needs: bool) -> Optional[list[list[int]]]:  # type: ignore[no-untyped-def]
    """What :func:`_patterns_by_range` gives, found from each needed word's occurrences in ``low``, the folded
    text (an occurrence whole inside a range is the word in the range's folded text): one scan of the text a
    word instead of one test a word and range. None where that may differ: the folded text does not line up
    with the text (one character for one), a needed word is not ASCII (lower-casing a slice can differ from a
    slice of the lower-cased text only in a Greek final sigma), or the ranges overlap or are out of order."""
    if not ascii_needs or len(low) != len(text):
        return None
    starts = [a for a, _b in ranges]
    if any(a > b for a, b in ranges) or any(ranges[k][1] > starts[k + 1] for k in range(len(ranges) - 1)):
        return None
    holding: list[list[int]] = [[] for _ in ranges]
    for i, (_rx, _p, needs) in enumerate(pats):
        if needs is None:
            for h in holding:
                h.append(i)
            continue
        found: set[int] = set()
        for w in needs:
            at = low.find(w)
            while at >= 0:
                k = bisect_right(starts, at) - 1
                if k >= 0 and at + len(w) <= ranges[k][1]:
                    found.add(k)
                at = low.find(w, at + 1)
        for k in found:
            holding[k].append(i)
    return holding


def idiom_spans(sent) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Character spans (document offsets) of the sentence's fixed phrases that name no event (the phrase list
    is matched once over the whole article, then read per sentence)."""
    if non_event_phrases() is None:
        return []
    doc = sent.doc
    found = doc.user_data.get("sitrep_idioms")
    if found is None:
        # finditer with pos/endpos gives offsets into the whole text already
        found = doc.user_data["sitrep_idioms"] = phrase_spans(
            doc_text(doc), [(s.start_char, s.end_char) for s in doc_sents(doc)])
    lo, hi = sent.start_char, sent.end_char
    return [(a, b) for a, b in found if lo <= a and b <= hi]


def idiom_only_lemmas(sent) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The lemmas that ``sent`` uses only inside its fixed phrases that name no event ("chanting and beating drums":
    "beat" names no beating): the sub-type rules read no force from them."""
    spans = idiom_spans(sent)
    if not spans:
        return frozenset()
    inside: set[str] = set()
    outside: set[str] = set()
    for t in sent:
        (inside if any(a <= t.idx < b for a, b in spans) else outside).add(t.lemma_.lower())
    return frozenset(inside - outside)
