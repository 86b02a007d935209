"""No decision: the word tables more than one module of the package reads (the locative prepositions, the
linking words of a name)."""
from __future__ import annotations


_LOCATIVE_PREP = {"in", "into", "inside", "across", "throughout", "near", "to", "from", "at", "around", "outside", "within"}
LOCATIVE_PREPS = frozenset(_LOCATIVE_PREP)  # prepositions that say where a named place is (read by events/bare_state)
_CONNECTORS = {"al", "el", "of", "for", "the", "and", "de", "du", "wa", "bin", "ibn", "ad", "ash", "as", "ar"}
