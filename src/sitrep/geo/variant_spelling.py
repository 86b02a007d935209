"""Whether a name written in a text is a close spelling of a gazetteer name (a transliteration variant).

A variant (Saraqeb ~ Saraqib, Sarqeb ~ Saraqib, Daqahliya ~ Dakahlia) differs from the stored name only in vowels,
diacritics, doubled letters or the consonant pairs that ``fold_name`` already maps together; a possessive ("Hong
Kong's") or a plural/possessive "s" at the end is no difference either. Anything else (a consonant added or
changed: Mouillee ~ Mobile, Hills ~ Heights, Yorkshire ~ Ayrshire) names another place, however high a fuzzy ratio
says the two are. The recogniser keeps such a match only in the article's countries (``spelling_variants.variants``).

Two forms are never a variant of another town: a plural of a place's name ("the Americas" is no Americus) and a
directional compound ("North Dallas" is part of Dallas, no Dallesport): :func:`compound_base` gives the name they
are built on, which the recogniser finds on its own.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from sitrep.textnorm import fold_name

__all__ = ["close_spelling", "compound_base", "DIRECTIONS"]

_VOWELS = frozenset("aeiou")
MIN_RATIO = 85  # and the rapidfuzz ratio of the folded names at least this (short names: one letter is much)
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$", re.I)
# "Republic of Congo" ~ "Republic of the Congo" (as folded: "of" -> "uf", "the" -> "thi")
_FILLERS = frozenset(fold_name(w, drop_article=False) for w in ("of", "the", "and", "de", "del", "la"))
DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                        "southeastern", "southwestern", "upper", "lower", "greater", "downtown", "suburban"})


def _key(name: str) -> str:
    """The folded name without a possessive ending and without filler words."""
    f = fold_name(_POSSESSIVE.sub("", name.strip()))
    words = [w for w in f.split() if w not in _FILLERS]
    return " ".join(words) if words else f


def _one_edit(a: str, b: str) -> Optional[str]:
    """The character that one insertion, deletion or substitution changes between ``a`` and ``b`` ("" when they
    are equal; for a substitution both characters), or None when they differ by more than one edit."""
    if a == b:
        return ""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return None
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i] + b[i] if a[i + 1:] == b[i + 1:] else None
    longer, shorter = (a, b) if la > lb else (b, a)
    return longer[i] if longer[i + 1:] == shorter[i:] else None


@lru_cache(maxsize=65536)  # pure; the same names recur across an article and a batch
def close_spelling(text: str, name: str) -> bool:
    """``text`` is ``name`` up to vowels, diacritics, doubled letters, a possessive, filler words ("of the") or
    one trailing "s": the folded names are equal, or one vowel apart (a vowel changed, or added or dropped inside a
    word) with a rapidfuzz ratio of at least 85, or one ends in an "s" the other lacks. Short names (under 4
    letters) must fold equal.

    >>> close_spelling("Sarqeb", "Saraqib"), close_spelling("Hong Kong's", "Hong Kong")
    (True, True)
    >>> close_spelling("Mouillee", "Mobile"), close_spelling("Kalam", "Kalama")
    (False, False)
    """
    a, b = _key(text), _key(name)
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    from rapidfuzz import fuzz

    edit = _one_edit(a, b)
    if edit is None or not edit or fuzz.ratio(a, b) < MIN_RATIO:
        return edit == ""
    if all(ch in _VOWELS for ch in edit):
        # a vowel added or dropped at a word's end makes another word ("Slutsk" ~ "Slutsky", "Kalam" ~ "Kalama")
        return len(edit) == 2 or not _at_word_end(a, b)
    return edit == "s" and (a.endswith("s") != b.endswith("s")) and a.rstrip("s") == b.rstrip("s")


def _at_word_end(a: str, b: str) -> bool:
    """The one character the longer of ``a`` and ``b`` has more is the last of a word."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    i = next((k for k in range(len(shorter)) if longer[k] != shorter[k]), len(shorter))
    return i == len(longer) - 1 or longer[i + 1] == " "


def compound_base(text: str) -> Optional[str]:
    """The name a plural or a directional compound is built on: "North Dallas" -> "Dallas", "the Americas" ->
    "America" (a plural of a one-word name ending in "s" after a vowel: "Americas", "Carolinas"); else None."""
    words = text.split()
    if len(words) >= 2 and words[0].lower() in DIRECTIONS and words[1][:1].isupper():
        return " ".join(words[1:])
    if len(words) == 1 and len(text) >= 5 and text.endswith("s") and text[-2].lower() in "aeiou" \
            and not _POSSESSIVE.search(text):
        return text[:-1]
    return None
