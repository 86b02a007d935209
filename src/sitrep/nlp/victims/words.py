"""No decision: the word lists several modules of the victim reading share (``_DEATH_LEMMAS``, ``_LIFE_VERBS``,
``_FATAL_VERBS``, ``_SURVIVED_VERBS``, ``_CARRIED``, ``_SUFFERED``, ``_SURVIVE``, ``_TAKE_HIT_VERBS``), read once at
import from data/victim_cues.tsv by :func:`victim_cue`, as are the lists each module keeps for itself.
"""
from __future__ import annotations

from sitrep.resources import words_by_kind


# the word lists of data/victim_cues.tsv (word, kind, source), read once at import
_VICTIM_CUES = words_by_kind("victim_cues.tsv")


def victim_cue(kind: str) -> frozenset[str]:
    """The words of list ``kind`` of data/victim_cues.tsv (a KeyError names a list the file lacks)."""
    return _VICTIM_CUES[kind]


_LIFE_VERBS = victim_cue("life_verbs")  # "claimed the lives of", "ended his life"


_FATAL_VERBS = victim_cue("fatal_verbs")


_SURVIVED_VERBS = victim_cue("survived_verbs")  # "was shot in the leg and is expected to survive": one wounded


# a word of a death in the sentence: the survival cue may be another victim's ("one died, the other is in stable
# condition"), so no one is counted wounded from it
_DEATH_LEMMAS = victim_cue("death_lemmas")


# "was taken to hospital with a gunshot wound", "suffered stab wounds", "sustained serious injuries": one wounded
_CARRIED = victim_cue("carried")


_SUFFERED = victim_cue("suffered")


# "took a stray bullet in the arm", "caught a bullet": a person who took a projectile was hit by it
_TAKE_HIT_VERBS = victim_cue("take_hit_verbs")


_SURVIVE = victim_cue("survive")
