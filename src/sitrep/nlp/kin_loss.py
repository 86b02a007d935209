"""A person's own loss of kin: "a shopkeeper who lost two cousins in the blast", "she lost three relatives", "I lost
my two brothers". The verb is "lose", its object a kin noun (``data/relation_nouns.tsv``, group kin: "cousin",
"relative", "son") and its subject someone other than a country, group or place ("Turkey lost 14 soldiers" keeps its
toll). Such a count is of some of the dead, known to one mourner: never a toll of the incident, nor a rival to one
("nearly 60 killed" against "lost three relatives")."""
from __future__ import annotations

import functools
from typing import Any

from sitrep.resources import data_rows

__all__ = ["kin_loss"]

_GROUP_ENTS = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})


@functools.lru_cache(maxsize=1)
def _kin() -> frozenset[str]:
    return frozenset(c[0].strip().lower() for c in data_rows("relation_nouns.tsv") if len(c) > 1 and c[1].strip() == "kin")


def kin_loss(arg: Any, verb: Any) -> bool:
    """``arg`` is the kin-noun object of "lose" whose subject is a person (see the module docstring)."""
    if arg.dep_ not in ("dobj", "obj") or verb.lemma_.lower() != "lose" or arg.lemma_.lower() not in _kin():
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subj) and all(s.ent_type_ not in _GROUP_ENTS for s in subj)
