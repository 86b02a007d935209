"""No decision: the pronoun tables the modules of the antecedent reading share (``PRONOUNS``, ``POSSESSIVE``,
``OBJECT_PRONOUNS``), the reach back of a pronoun (``ANTECEDENT_CHARS``), the dictionary roles of a side left unnamed
(``UNNAMED_ROLES``), the reader of data/plural_doers.tsv and that of data/antecedent_cues.tsv
(:func:`antecedent_cue`, each list read once at import).
"""
from __future__ import annotations

import functools

from sitrep.resources import data_rows, words_by_kind


# the word lists of data/antecedent_cues.tsv (word, list, source), read once at import
_CUES = words_by_kind("antecedent_cues.tsv")


def antecedent_cue(kind: str) -> frozenset[str]:
    """The words of list ``kind`` of data/antecedent_cues.tsv (a KeyError names a list the file lacks)."""
    return _CUES[kind]


PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our", "my"})


# a possessor pronoun stands for what its subject form would ("its efforts to kill" = the efforts of it)
POSSESSIVE = {"its": "it", "their": "they", "his": "he", "her": "she", "our": "we", "my": "i"}


ANTECEDENT_CHARS = 500  # an earlier event's actor further back than this is not what a pronoun refers to


@functools.lru_cache(maxsize=1)
def plural_doers() -> frozenset[str]:
    """Lemmas of data/plural_doers.tsv: armed nouns "they" may stand for."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("plural_doers.tsv"))


# dictionary roles that stand for a side the report leaves unnamed ("Islamist Militants (Pakistan)")
UNNAMED_ROLES = ("_ISLAMIST", "_OPP", "_UNIDENT")


OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "he": "he", "she": "she", "they": "they"}
