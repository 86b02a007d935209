"""No decision: :class:`_Times`, the time expressions of a trigger's sentence as :mod:`.sort_times` sorted them
(kept, unborrowed, told-on days, bare clocks, the day counted from an offset, the sentence's tokens, past tense).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from sitrep.model import TimeExpr


@dataclass
class _Times:
    """The time expressions of a trigger's sentence, sorted for that trigger by :func:`_sort_times`."""
    kept: list  # type: ignore[type-arg]  # (time, its token indices) that may date the event
    unborrowed: list  # type: ignore[type-arg]  # the same before times borrowed from another clause were set aside
    told_on: list[TimeExpr]  # days that date the telling ("said today that ...")
    clocks: list[TimeExpr]  # bare clock times of the sentence, outside other clauses ("at 1830")
    shifted: Optional[TimeExpr]  # the day counted back from an "N days after/before" phrase
    sent_idx: set[int]  # the sentence's token indices, with a cut-off end of line ("WAS SHOT AT" | "0915 ...")
    past: bool  # the trigger's clause is in a past tense
