"""Whose claim a figure is: the attribution whose claim span covers it, the narrowest (:func:`_claimant`), named as an
event's claimant is named (:func:`_claimant_names`).
"""
from __future__ import annotations

from typing import Iterable, Optional

from sitrep.model import Attribution


def _claimant(start: int, end: int, attributions: Iterable[Attribution]) -> Optional[Attribution]:
    best = None
    for a in attributions:
        if a.claim_start is None or a.claim_end is None:
            continue
        if a.claim_start <= start and end <= a.claim_end:
            if best is None or (a.claim_end - a.claim_start) < (best.claim_end - best.claim_start):  # type: ignore[operator]
                best = a
    return best


def _claimant_names(att: Attribution) -> tuple[Optional[str], Optional[str]]:
    """Whose claim a figure is: the speaker the dictionary knows, else the words that give the claim ("hospital
    officials said"), as an event's claimant is read (events/claimant.py), so that two unnamed speakers' counts
    ("officials said eight died, while the rebels claimed thirty") stay two claims."""
    return att.claimant_id or att.span.text, att.claimant_name or att.span.text
