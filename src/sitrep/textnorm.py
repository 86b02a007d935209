"""Name normalisation shared by the actor dictionary and the gazetteer.

``fold_name`` maps transliteration variants of Arabic, Turkish, Slavic...
names onto one key so that Saraqeb/Saraqib/Sarqeb, Hay'at/Hayat/Hay‘at,
al-Nayrab/Nairab, Deraa/Daraa/Dar'a compare equal or nearly so.
"""
from __future__ import annotations

import functools
import re
import unicodedata

_APOSTROPHES = "'’‘`´ʼʻʿʾ\u02bc"
_ARTICLE = re.compile(r"\b(?:al|el|al|an|ar|as|ash|at|ad|ed|es|et)[\s-]+(?=\w)")
_DOUBLE = re.compile(r"([a-z])\1+")
_NO_APOSTROPHES = {ord(c): None for c in _APOSTROPHES}


def strip_accents(s: str) -> str:
    if s.isascii():
        return s  # (NFKD leaves ASCII as it is, and no ASCII character combines: most names, at once)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=131072)  # pure; the same names are folded again and again (a bounded cache)
def fold_name(name: str, drop_article: bool = True) -> str:
    """A loose comparison key for a proper name (lower case, ASCII, transliteration-folded).

    >>> fold_name("Saraqeb") == fold_name("Saraqib") == fold_name("SARAQEB")
    True
    >>> fold_name("al-Nayrab") == fold_name("Nairab")
    True
    """
    s = strip_accents(name).lower()
    s = s.translate(_NO_APOSTROPHES)
    s = re.sub(r"[^a-z0-9\s-]", " ", s)
    if drop_article:
        s = _ARTICLE.sub("", s)
    s = s.replace("-", " ")
    # vowel and consonant variants common in transliteration
    s = s.replace("ou", "u").replace("ee", "i").replace("ay", "ai").replace("ey", "ei")
    s = s.replace("q", "k").replace("dh", "d").replace("kh", "k").replace("gh", "g").replace("y", "i")
    s = s.replace("e", "i").replace("o", "u")
    s = _DOUBLE.sub(r"\1", s)
    return " ".join(s.split())


@functools.lru_cache(maxsize=65536)  # pure, as fold_name is: the gazetteer's variant search asks for it per name tried
def skeleton(name: str) -> str:
    """``fold_name`` without vowels after the first letter: Sarqeb ~ Saraqeb (use with care)."""
    f = fold_name(name)
    return " ".join(w[:1] + re.sub(r"[aeiou]", "", w[1:]) for w in f.split())
