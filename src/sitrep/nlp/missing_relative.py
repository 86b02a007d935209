"""People counted as missing in a relative clause on the counted noun: "could not locate six protesters whose
families reported them missing", "searched for 14 fishermen who remain missing", "four hikers who went missing". The
clause's verb (or the adjective it takes) is "missing" and says it of the noun: no subject of its own, the relative
pronoun, or a personal pronoun that stands for the noun ("them"). Whatever the main verb does to them ("locate",
"search for"), the count is of the missing."""
from __future__ import annotations

from typing import Any, Optional

__all__ = ["reported_missing"]

_FOR_NOUN = frozenset({"who", "that", "which", "them", "they", "whom"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "acomp", "oprd"})


def _says_missing(t: Any) -> bool:
    if t.lower_ != "missing":
        return False
    subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    return all(s.lower_ in _FOR_NOUN for s in subj)


def reported_missing(noun: Any) -> Optional[Any]:
    """The "missing" of a relative clause on ``noun`` that tells it missing, else None."""
    for c in noun.children:
        if c.dep_ != "relcl" or c.i < noun.i:
            continue
        for t in (c, *(k for k in c.children if k.dep_ in _COMPLEMENTS)):
            if _says_missing(t):
                return t
    return None
