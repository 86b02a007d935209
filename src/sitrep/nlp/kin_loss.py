"""A relative's loss is no toll (issue 16; story_sets10 s01, local_reports12 v10): "a shopkeeper who lost two cousins
in the blast", "the family had already lost two cousins to shootings". "Lose" counts deaths when a side loses its
people ("Turkey lost 14 soldiers", data/figure_lexicon.tsv); with a kin noun as its counted object (data/
relation_nouns.tsv, source "kin") it tells one family's dead: a part of a toll told elsewhere, or another incident's,
never the incident's count."""
from __future__ import annotations

import functools
from typing import Any

from sitrep.resources import data_rows

__all__ = ["kin_lost"]


@functools.lru_cache(maxsize=1)
def _kin_nouns() -> frozenset[str]:
    return frozenset(cols[0].strip().lower() for cols in data_rows("relation_nouns.tsv")
                     if len(cols) > 1 and cols[1].strip().startswith("kin"))


def kin_lost(arg: Any, verb: Any) -> bool:
    """``arg`` (the counted noun, or its number) is the object of "lose" and names kin: "lost two cousins"."""
    noun = arg.head if arg.dep_ == "nummod" else arg
    return verb.lemma_.lower() == "lose" and noun.dep_ in ("dobj", "obj") and noun.lemma_.lower() in _kin_nouns()
