"""The force's own account of a crowd's violence does not turn its lethal force into a riot (branch subtypes13).

"Police fired tear gas and live rounds at opposition supporters who tried to march ..., and at least two people were
killed, a rights group said. ... Police said protesters had attacked officers with stones and set a police vehicle
alight." Merging the two tellings, the protest ranking (``merge.PROTEST_RANK``) let the second, a Violent
demonstration, replace the first, Excessive force against protesters. ACLED codes force on a crowd by what the crowd
did; where the only telling of the crowd's violence is the word of the force that fired on it, that is the force's
justification, not an independent account (the deed told by the other source stands; date_reports5 h09).
"""
from __future__ import annotations

from sitrep.model import EventMention

__all__ = ["force_excuse"]

_FORCE = "Excessive force against protesters"
_RIOT = "Violent demonstration"


def force_excuse(keep: EventMention, other: EventMention) -> bool:
    """``other`` reads ``keep``'s force against protesters as a violent demonstration on the word of the force
    itself: ``other``'s claimant is ``keep``'s doer, and ``keep`` is told by someone else."""
    if keep.sub_event_type != _FORCE or other.sub_event_type != _RIOT or keep.actor1 is None or not other.claimant:
        return False
    return keep.claimant != other.claimant and _names_doer(other.claimant, other.claimant_name, keep.actor1)


def _names_doer(claimant: str, claimant_name, doer) -> bool:  # type: ignore[no-untyped-def]
    """The claimant is the doer: the same actor id ("TZA_POLICE"), or the same words where no id is known
    ("Police" telling, "x:police" firing)."""
    ids = {claimant, f"x:{claimant.lower()}"} | ({f"x:{claimant_name.lower()}"} if claimant_name else set())
    return doer.entity_id in ids or bool(claimant_name and doer.name and claimant_name.lower() == doer.name.lower())
