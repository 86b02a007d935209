"""Decides whether the bare word "opposition" before a word no match takes names the political opposition ("opposition
supporters", "the opposition Chadema party"), not rebels (:func:`_party_opposition`; data/actor_cues.tsv
``opposition_words``).
"""
from __future__ import annotations

from typing import Sequence

from sitrep.nlp.actor_lexicon.matching import Match
from sitrep.nlp.actor_lexicon.units import Unit
from sitrep.nlp.actor_lexicon.words import actor_cue

_OPPOSITION_WORDS = actor_cue("opposition_words")


def _party_opposition(units: Sequence[Unit], covered: set[int], m: Match, cut: int) -> bool:
    """The bare word "opposition" (data/agent_phrases.tsv reads it as the armed opposition) before a word no match
    takes: it modifies that word ("opposition supporters", "opposition activists", "the opposition march", "the
    opposition Chadema party"), and names the political opposition, its people or its party, not rebels. "The
    opposition" alone and the armed phrases ("opposition fighters", "armed opposition") are read as before."""
    return m.what == "phrase" and (m.target or "") == "OPP" and m.j < cut and m.j not in covered \
        and " ".join(u.raw.lower() for u in units[m.i:m.j]) in _OPPOSITION_WORDS
