"""Decides the stable id of an unseen name: ``unk:`` and its folded words, a trailing generic head word left out, so
"X" and "the X group" agree (:func:`unknown_id`; data/actor_cues.tsv ``generic_tail``).
"""
from __future__ import annotations

from sitrep.nlp.actor_lexicon.units import to_units
from sitrep.nlp.actor_lexicon.words import UNK_PREFIX, actor_cue
from sitrep.textnorm import fold_name

_GENERIC_TAIL = actor_cue("generic_tail")


def unknown_id(name: str) -> str:
    """A stable id for an unseen name: the folded name, so variants of the same spelling agree.

    A trailing lower-case head word ("the X group") is left out, so "X" and "the X group" agree.
    """
    units = to_units(name)
    while len(units) > 1 and units[-1].raw in _GENERIC_TAIL:
        units.pop()
    key = " ".join(u.key for u in units) or fold_name(name)
    return UNK_PREFIX + key.replace(" ", "-")
