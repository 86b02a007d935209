"""Decides whether the letters of a text's words fit an alias's: capitalised alias words need capitalised text words,
acronyms upper case, except a group noun that ends a longer alias (:func:`_case_ok`); place names and short aliases
letter for letter, accents aside (:func:`_exact`).
"""
from __future__ import annotations

import functools
from typing import Sequence

from sitrep.nlp.actor_lexicon.units import Unit
from sitrep.nlp.actor_lexicon.words import _read_tsv
from sitrep.textnorm import strip_accents


def _acronym_only(raw: str) -> bool:
    return raw.isupper() and len(raw) <= 5


@functools.lru_cache(maxsize=1)
def _lower_tails() -> frozenset[str]:
    """data/alias_tail_nouns.tsv: last words of an alias the press may write in lower case ("Amba boys")."""
    return frozenset(r["word"].strip().lower() for r in _read_tsv("alias_tail_nouns.tsv"))


def _case_ok(pattern_raw: Sequence[str], units: Sequence[Unit]) -> bool:
    """Capitalised alias words need capitalised text words; acronyms need upper case ("US" is not "us"); except the
    last word of a longer alias, after capitalised words, when it is a group or member noun ("Amba boys" for "Amba
    Boys", data/alias_tail_nouns.tsv)."""
    last = len(pattern_raw) - 1
    for k, (p, u) in enumerate(zip(pattern_raw, units)):
        if _acronym_only(p) and any(c.isalpha() for c in p):
            if not u.raw.isupper():
                return False
        elif p[:1].isupper() and not u.raw[:1].isupper():
            if not (k == last and k > 0 and u.raw.islower() and p.lower() in _lower_tails()
                    and all(q[:1].isupper() for q in pattern_raw[:k])):
                return False
    return True


@functools.lru_cache(maxsize=65536)
def _plain(s: str) -> str:
    """``s`` without accents, lower case (cached: the same words are compared over and over)."""
    return strip_accents(s).lower()


def _exact(pattern_raw: Sequence[str], units: Sequence[Unit]) -> bool:
    return all(_plain(p) == _plain(u.raw) for p, u in zip(pattern_raw, units))
