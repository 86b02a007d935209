"""Decides how a text splits into *units*: words folded with :func:`sitrep.textnorm.fold_name` (so al-/el-, q/k, e/i,
doubled letters and apostrophes do not matter; defence/defense, organisation/organization alike), with the Arabic
article and English determiners dropped and a possessive "'s" remembered rather than kept, each unit with its offsets
and whether it joins the one before (:func:`to_units`, :func:`fold_word`, :func:`unit_keys`).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable, Optional

from sitrep.textnorm import fold_name

_WORD = re.compile(r"[^\W_]+(?:['’‘`ʼ][^\W_]+)*")
_POSS = re.compile(r"['’‘`ʼ]s$", re.I)
_APOS = "'’‘`ʼ"  # the apostrophes of _POSS
_DROP = {"the", "a", "an"}
_ARABIC_ARTICLE = {"al", "el"}
# spelling variants folded before transliteration folding (defence/defense, organisation/organization)
_SPELL = [(re.compile(r"ence$"), "ense"), (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1")]


@dataclass(slots=True)
class Unit:
    """One folded word of a text, with its character offsets in that text."""

    key: str
    start: int
    end: int  # end of the word without a possessive 's
    raw: str
    possessive: bool = False
    hyphen_after: bool = False
    joins_prev: bool = False  # only spaces, hyphens or a dropped article separate it from the previous unit
    bracket_prev: bool = False  # an opening bracket alone separates it from the previous unit ("India (Maoist")


@functools.lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Fold one word: spelling variants, then transliteration folding."""
    w = word.lower()
    for pat, rep in _SPELL:
        w = pat.sub(rep, w)
    return fold_name(w, drop_article=False).replace(" ", "")


_JOIN_GAP = re.compile(r"^(?:[ \t\-\u2010\u2011]|\b(?:al|el|the|a|an)\b)*$", re.I)


@functools.lru_cache(maxsize=4096)
def _joining_gap(gap: str) -> bool:
    """``_JOIN_GAP`` matches ``gap`` (remembered: the gaps between words are few strings, read for every word)."""
    return bool(_JOIN_GAP.match(gap))


_HYPHENS = ("-", "\u2010", "\u2011")
_ARTICLE_GAPS = ("-", " ", "\u2010", "\u2011")

_WORD_INFO: dict[str, tuple[int, str]] = {}  # a word as written -> (0 a word, 1 a dropped determiner, 2 al/el; key)


def _word_info(raw: str) -> tuple[int, str]:
    """What :func:`to_units` makes of one word (remembered, bounded: a text's words are mostly words read before,
    and each costs a lower-casing, two set tests and a call of :func:`fold_word`)."""
    low = raw.lower()
    got = (1, "") if low in _DROP else (2 if low in _ARABIC_ARTICLE else 0, fold_word(raw))
    if len(_WORD_INFO) >= 131072:
        _WORD_INFO.clear()
    _WORD_INFO[raw] = got
    return got


def to_units(text: str, base: int = 0) -> list[Unit]:
    """Split ``text`` into folded word units; offsets are ``base`` + offsets into ``text``."""
    out: list[Unit] = []
    append = out.append
    info_of = _WORD_INFO.get
    prev_end: Optional[int] = None
    prev_raw = ""
    article_start: Optional[int] = None
    n = len(text)
    for m in _WORD.finditer(text):
        raw = m.group()
        start, mend = m.span()
        end = mend
        poss = False
        if len(raw) > 2 and raw[-1] in "sSſ" and raw[-2] in _APOS:  # _POSS.search(raw), without a regex call
            raw = raw[:-2]
            end = start + len(raw)
            poss = True
        info = info_of(raw) or _word_info(raw)
        kind, key = info
        if kind:
            if kind == 1:
                continue
            if text[mend : mend + 1] in _ARTICLE_GAPS and mend + 1 < n and text[mend + 1 : mend + 2].isalpha():
                article_start = start  # the next word's span starts at "al-"
                continue
        if not key:
            continue
        nxt = text[mend : mend + 1]
        joins = bracket = False
        if prev_end is not None:
            gap = text[prev_end:start]
            # (one space, the usual gap, is a joining gap: no regex call for it)
            joins = gap == " " or _joining_gap(gap) or (gap in (".", ". ") and len(prev_raw) == 1 and prev_raw.isupper())
            bracket = not joins and gap in (" (", "(")
        if article_start is not None:
            start, article_start = article_start, None
        append(Unit(key, base + start, base + end, raw, poss, nxt in _HYPHENS, joins, bracket))
        prev_end, prev_raw = mend, raw
    return out


@functools.lru_cache(maxsize=65536)
def unit_keys(text: str) -> tuple[str, ...]:
    """The folded keys of ``text``'s words (remembered, as :func:`fold_word` is: names recur across articles)."""
    return tuple(u.key for u in to_units(text))


def iter_units_text(units: Iterable[Unit]) -> str:  # pragma: no cover - debugging aid
    return " ".join(u.key for u in units)
