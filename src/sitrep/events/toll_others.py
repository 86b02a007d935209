""" "N others died" as further dead beside a count told before it in the same sentence (issue 16, branch tolls33).

"Seven people died on the spot and two others died on the way to hospital", "Four passengers were killed
instantly and two others died in hospital": the count whose noun is "others", subject of its own death clause, counts
dead beside the sentence's other count of dead, and the toll is their sum (9, 6), as a count told "also" killed is
(``toll._added``, which asks :func:`others_dead`). Only "others" (or "other" with a noun: "two other passengers")
as the subject of a clause of death, in a sentence that tells no death apart ("in a separate attack", "elsewhere").
"""
from __future__ import annotations

from typing import Any

__all__ = ["others_dead"]

_DEATH_VERBS = frozenset({"die", "kill", "succumb", "perish", "murder"})
_APART = frozenset({"separate", "elsewhere", "another", "earlier", "meanwhile"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})


def others_dead(n: Any, verb: Any) -> bool:
    """``n`` (the noun a count counts) is "others" (or "other ..."), subject of ``verb``, a verb of death, in a
    sentence that tells no death apart (module doc)."""
    if n.dep_ not in _SUBJ or n.head.i != verb.i or verb.lemma_.lower() not in _DEATH_VERBS:
        return False
    if n.lower_ != "others" and not any(c.dep_ == "amod" and c.lower_ == "other" for c in n.children):
        return False
    return not any(t.lower_ in _APART for t in n.sent)
