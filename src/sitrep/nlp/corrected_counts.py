"""Counts told as corrected (issue 16, story totals): "Twelve people were killed ..., the governor said, revising
down the figure of 30 given by local sources"; "the diocese said 12 had been killed, correcting the toll of at least
30 it had first given"; "down from an earlier count of 30".

:func:`withdrawn` tells the count a correction names (the 30): it is no incident's toll, no claim and no key figure
(its figure is marked background where figures are read). :func:`corrects_count` tells a count whose own sentence
corrects an earlier one after it (the 12): the incident's latest toll, as one told as risen. The verbs and nouns are
``data/toll_corrections.tsv``.
"""
from __future__ import annotations

import functools
import re

from sitrep.model import Figure
from sitrep.nlp.numbers import SMALL, TENS
from sitrep.resources import data_rows

__all__ = ["withdrawn", "corrects_count"]


@functools.lru_cache(maxsize=1)
def _named() -> str:
    rows = list(data_rows("toll_corrections.tsv", needs=("kind", "phrase", "why")))
    verbs = "|".join(re.escape(r[1].strip()) for r in rows if r[0].strip() == "verb")
    nouns = "|".join(re.escape(r[1].strip()) for r in rows if r[0].strip() == "noun")
    # "revising down the figure of", "correcting its earlier toll of at least", "down from an initial count of"
    return (r"(?:\b(?:" + verbs + r")\w*(?:\s+(?:down|downwards?))?\s+(?:the|its|their|his|her|an?)|\bdown\s+from"
            r"(?:\s+(?:the|its|their|an?))?)\s+(?:(?:earlier|initial|first|previous|original|preliminary|provisional)\s+)?"
            r"(?:death\s+)?(?:" + nouns + r")s?\s+of\s+(?:(?:at\s+least|some|about|around|nearly|almost|more\s+than|"
            r"over|up\s+to)\s+)?")


@functools.lru_cache(maxsize=1)
def _before() -> re.Pattern[str]:
    return re.compile(r"(?:" + _named() + r")$", re.I)


@functools.lru_cache(maxsize=1)
def _after() -> re.Pattern[str]:
    return re.compile(r"^[^.;!?]*?(?:" + _named() + r")(?:\d+|" + _NUMBER_WORDS + r")\b", re.I)


# the first word of a count written out ("revising down the figure of thirty"): never "the number of attacks"
_NUMBER_WORDS = ("(?:" + "|".join(sorted((set(SMALL) - {"zero"}) | set(TENS), key=lambda w: (-len(w), w)))
                 + r"|hundreds?|dozens?)")


def withdrawn(f: Figure, text: str) -> bool:
    """The count ``f`` (in ``text``) is the one a correction names: "revising down the figure of [30]"."""
    if f.span is None:
        return False
    return bool(_before().search(text[max(0, f.span.start - 80):f.span.start]))


def corrects_count(after: str) -> bool:
    """A count whose sentence goes on with ``after`` is told in place of an earlier one that ``after`` names: "[12]
    people were killed ..., revising down the figure of 30"."""
    return bool(_after().search(after[:200]))
