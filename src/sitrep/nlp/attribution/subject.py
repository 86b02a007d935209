"""Which word is a verb's subject: of two adjacent subjects ("state news agency SANA") the right one
(:func:`_subject`)."""
from __future__ import annotations

from typing import Any, Optional


def _subject(verb: Any) -> Optional[Any]:
    """The subject of a verb; of two adjacent subjects ("state news agency SANA") the right one."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subj:
        return None
    if len(subj) > 1 and subj[-1].left_edge.i == subj[-2].i + 1:
        return subj[-1]
    return subj[0]
