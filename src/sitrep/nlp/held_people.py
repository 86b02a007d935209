"""People held by an authority (``data/holding_words.tsv``): "The army now holds 31 people over the bombing",
"Police now hold 88 people", "at least 190 were in custody". The counted object of "hold" whose subject is a state's
forces or authorities, or the counted subject of "be"/"remain" "in custody", counts the detained (figure what
``detained``). "The camp holds 5,000 refugees", "the prison, which holds about 1,500 inmates" tell a place's capacity or
population and are left to the population reading."""
from __future__ import annotations

import functools
from typing import Any

from sitrep.resources import words_by_kind

__all__ = ["held_by_authority", "in_custody"]

_STATE_VERBS = frozenset({"be", "remain", "stay"})


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return words_by_kind("holding_words.tsv")


def held_by_authority(arg: Any, verb: Any) -> bool:
    """``arg``, the object of ``verb`` "hold", is held by the authority its subject names ("Police in Guinea now hold
    88 people"); a subject of any other kind (a camp, a prison, rebels holding towns) is no detention."""
    if verb.lemma_.lower() != "hold" or arg.dep_ not in ("dobj", "obj"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in _words().get("holder", frozenset())


def in_custody(arg: Any, verb: Any) -> bool:
    """``arg``, the subject of "be"/"remain", is "in custody" or "in detention" ("at least 190 were in custody")."""
    if arg.dep_ != "nsubj" or verb.lemma_.lower() not in _STATE_VERBS:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(n.dep_ == "pobj" and n.lemma_.lower() in _words()["state"]
                                                             for n in p.children) for p in verb.children)
