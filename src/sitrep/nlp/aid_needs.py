"""People in need of aid (``data/aid_need_words.tsv``): "25,000 people needed humanitarian assistance", "48,000
people were in need of aid". The counted subject of a verb of needing whose object is aid, or of "be in need of"
aid, counts OCHA's "people in need" (figure what ``in_need``, a humanitarian count: ``model.HUMANITARIAN_WHAT``)."""
from __future__ import annotations

import functools
from typing import Any

from sitrep.resources import words_by_kind

__all__ = ["needs_aid", "people_in_need"]


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return words_by_kind("aid_need_words.tsv")


def _aid(tok: Any) -> bool:
    return tok.lemma_.lower() in _words().get("aid", frozenset())


def needs_aid(verb: Any) -> bool:
    """``verb`` tells that its subject needs aid: "needed humanitarian assistance" (a verb row with an aid object) or
    "were in need of aid" ("in need of" with an aid object)."""
    if verb.lemma_.lower() in _words().get("verb", frozenset()):
        return any(c.dep_ == "dobj" and _aid(c) for c in verb.children)
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "in":
            for n in p.children:
                if n.dep_ == "pobj" and n.lower_ == "need":
                    return any(o.dep_ == "pobj" and _aid(o) for q in n.children if q.dep_ == "prep" and q.lower_ == "of"
                               for o in q.children)
    return False


def people_in_need(noun: Any) -> bool:
    """``noun`` counts people "in need" ("the number of people in need has risen to 48,000", "its estimate of people
    in need ... to 1.1 million"): OCHA's term, with or without the aid named."""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(n.dep_ == "pobj" and n.lower_ == "need" for n in p.children)
               for p in noun.children)
