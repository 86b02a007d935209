"""A regular expression's alternation of many words, grouped by first letter: Python's ``re`` enters every branch of
an alternation at each place it tries, so ``(?:sheriff|senator|mayor|...)`` costs one try per word at each word
start of a text, while ``(?:s(?:heriff|enator)|m(?:ayor)|...)`` costs one per first letter. The grouped alternation
matches what the plain one matches, at the same places, by the same branch (see :func:`by_first_letter`)."""
from __future__ import annotations

from typing import Sequence

_QUANTIFIERS = ("*", "+", "?", "{")


def by_first_letter(branches: Sequence[str], ignorecase: bool) -> str:
    """``(?:b1|b2|...)`` for the regex ``branches`` (each a word's regex, as ``re.escape`` makes one: no top-level
    "|"), written with the branches that open on the same ASCII letter in one group, in their given order.

    The same matches: at a given place only the branches whose first letter matches the text can match, and those
    are all in one group (with ``ignorecase``, the group of the letter's lower case: no character matches two
    different ASCII letters under ``re.I``), tried in their given order, backtracking into the next as before; the
    groups are disjoint, so their order does not matter. Where a branch opens on anything else (a non-ASCII letter,
    an escape, a quantified letter), the plain alternation is given."""
    groups: dict[str, list[str]] = {}
    for b in branches:
        first = b[:1]
        if not (first.isascii() and first.isalpha()) or b[1:2] in _QUANTIFIERS:
            return "(?:" + "|".join(branches) + ")"
        groups.setdefault(first.lower() if ignorecase else first, []).append(b[1:])
    return "(?:" + "|".join(f + "(?:" + "|".join(rests) + ")" for f, rests in groups.items()) + ")"
