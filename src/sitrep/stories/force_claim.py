"""A state's claim of its enemy's dead retold in a report's own words (issue 16, story totals): "The army's statement
that it had killed 40 militants could not be independently verified", "A ministry spokesman repeated that the army
had 'eliminated more than 25 Daesh terrorists'". The count is the state's count of the men it says it killed, told
again by a report that reads no claimant for it (or only words) and whose doer is misread (the tribesmen of the
sentence before, no one): never the incident's toll, never its high (40 for the hospital's 14; 26 for the monitor's
11). One decision: whether the words of the count's sentence before it say that a force or ministry said it (or the
army, its troops) killed them, and the count is of an enemy noun (``data/enemy_nouns.tsv``). Read only for a count
of an enemy noun (a frozenset test first), from the sentence already cut before the count."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.nlp.enemy_nouns import enemy_nouns
from sitrep.stories.own_losses import claims_own_kill

__all__ = ["force_told_kill", "own_or_force_kill"]

# "the army's statement that it had killed ", "a ministry spokesman repeated that the army had "eliminated ",
# "the military said its troops killed more than "
_FORCE_KILL = re.compile(
    r"\b(?:army|military|troops|forces|police|ministry|spokesman|spokesperson)(?:'s)?\b[^.;]{0,40}?"
    r"\b(?:said|says|statement|claimed|claims|claim|repeated|announced|maintained|insisted)\b(?:\s+that)?\s+"
    r"(?:it|they|the\s+army|the\s+military|(?:its|the|government|security)\s+(?:troops|forces|soldiers)|troops)\s+"
    r"(?:had\s+|has\s+|have\s+)?[\"\u201c]?(?:killed|neutrali[sz]ed|eliminated|slain)\s+"
    r"(?:(?:more\s+than|at\s+least|over|some|about|around|nearly|up\s+to)\s+)?$", re.I)


def force_told_kill(who: Optional[str], before: str) -> bool:
    """A count of an enemy noun (``who``: "militants", "Daesh terrorists") whose sentence up to the count
    (``before``) says a force or ministry said it killed them (see the module's doc)."""
    words = (who or "").lower().split()
    if not words or words[-1] not in enemy_nouns():
        return False
    return bool(_FORCE_KILL.search(before[-160:]))


def own_or_force_kill(claimant: str, who: Optional[str], before: str) -> bool:
    """The count is a side's count of its own deed: an armed group's ("JNIM said it had killed 80 soldiers":
    :func:`own_losses.claims_own_kill`) or a state's retold (:func:`force_told_kill`)."""
    return claims_own_kill(claimant, before) or force_told_kill(who, before)
