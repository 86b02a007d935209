"""Decides whether units form one stretch of text: no punctuation or line break between them (:func:`_joined`), or
only the opening brackets an alias is written with ("Communist Party of India (Maoist)": :func:`_bracket_offsets`,
:func:`_joined_as`).
"""
from __future__ import annotations

from typing import Sequence

from sitrep.nlp.actor_lexicon.units import Unit


def _joined(units: Sequence[Unit], i: int, j: int) -> bool:
    """Units i..j-1 form one stretch of text (no punctuation or line break between them)."""
    return all(units[k].joins_prev for k in range(i + 1, j))


def _bracket_offsets(units: Sequence[Unit]) -> tuple[int, ...]:
    """The offsets (from the first unit) of the units an opening bracket alone separates from the one before."""
    return tuple(k for k in range(1, len(units)) if units[k].bracket_prev)


def _joined_as(units: Sequence[Unit], i: int, j: int, brackets: tuple[int, ...]) -> bool:
    """Units i..j-1 form one stretch of text whose only breaks are opening brackets at ``brackets`` (offsets from
    ``i``): the breaks of an alias written with a bracket ("Communist Party of India (Maoist)", "CPI (Maoist)")."""
    return all(units[k].bracket_prev if k - i in brackets else units[k].joins_prev for k in range(i + 1, j))
