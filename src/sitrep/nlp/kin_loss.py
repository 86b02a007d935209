"""A person's own loss of kin is no toll (issue 16; story_sets10 s01, story_sets11, local_reports12 v10): "a
shopkeeper who lost two cousins in the blast", "she lost three relatives", "the family had already lost two cousins to
shootings". "Lose" counts deaths when a side loses its people ("Turkey lost 14 soldiers", data/figure_lexicon.tsv);
with a kin noun as its counted object (``data/relation_nouns.tsv``, group kin: "cousin", "relative", "son") and a
subject other than a country, group or place, it tells one family's dead, known to one mourner: a part of a toll told
elsewhere, or another incident's, never the incident's count nor a rival to it ("nearly 60 killed" against "lost
three relatives")."""
from __future__ import annotations

import functools
from typing import Any

from sitrep.resources import data_rows

__all__ = ["kin_lost", "kin_noun"]

_GROUP_ENTS = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})


@functools.lru_cache(maxsize=1)
def _kin_nouns() -> frozenset[str]:
    return frozenset(cols[0].strip().lower() for cols in data_rows("relation_nouns.tsv")
                     if len(cols) > 1 and cols[1].strip().startswith("kin"))


def kin_noun(lemma: str) -> bool:
    """``lemma`` is a kin noun of data/relation_nouns.tsv ("brother", "nephew", "wife")."""
    return lemma.lower() in _kin_nouns()


def kin_lost(arg: Any, verb: Any) -> bool:
    """``arg`` (the counted noun, or its number) is the kin-noun object of "lose" whose subject is no country, group
    or place: "lost two cousins" (see the module docstring)."""
    noun = arg.head if arg.dep_ == "nummod" else arg
    if verb.lemma_.lower() != "lose" or noun.dep_ not in ("dobj", "obj") or noun.lemma_.lower() not in _kin_nouns():
        return False
    return all(s.ent_type_ not in _GROUP_ENTS for s in verb.children if s.dep_ == "nsubj")
