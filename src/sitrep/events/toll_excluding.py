"""The attackers a toll leaves out of it (issue 16, story totals): "The toll ... has risen to 21, not counting the
four attackers" is 25 dead in all, since ACLED counts every death of an event, the attackers' too.

:func:`excluded_attackers` reads the words right after a killed count (``data/toll_exclusions.tsv``): a phrase that
leaves a group out ("not counting", "not including", "excluding") followed, within a few words, by a number and a
noun of attackers ("the four attackers", "three gunmen"). A group with no number ("excluding the attackers") adds
nothing: blank beats a guess.
"""
from __future__ import annotations

import functools
import re

from sitrep.model import Figure
from sitrep.resources import data_rows

__all__ = ["excluded_attackers"]


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    rows = list(data_rows("toll_exclusions.tsv", needs=("kind", "phrase", "why")))
    phrases = sorted((r[1].strip() for r in rows if r[0].strip() == "phrase"), key=len, reverse=True)
    nouns = sorted((r[1].strip() for r in rows if r[0].strip() == "noun"), key=len, reverse=True)
    return re.compile(r"^(?:\s+[\w-]+){0,2}?\s*,?\s*(?:" + "|".join(map(re.escape, phrases)) + r")\s+(?:the\s+)?"
                      r"(?P<n>[\w,-]+)\s+(?:(?:suicide|armed|suspected)\s+)?(?:" + "|".join(map(re.escape, nouns)) +
                      r")(?:e?s)?\b", re.I)


def excluded_attackers(f: Figure, text: str) -> int:
    """How many attackers the killed count ``f`` (in ``text``) leaves out of it; 0 when none is said."""
    from sitrep.nlp.numbers import parse_quantity

    if f.span is None:
        return 0
    m = _pattern().match(text[f.span.end:f.span.end + 80])
    if m is None:
        return 0
    q = parse_quantity(m.group("n"))
    if q is None or q[0] is None or q[0] != q[1]:
        return 0
    return int(q[0])
