"""The crowd's violence told only by the forces that fired on it ("the Nigerian Army said its men had fired
'warning shots' after being pelted with stones", after witnesses told soldiers opening fire on a crowd of traders
protesting): the force's account of why it fired is its own claim, so it does not turn the force on protesters
that another teller gives into a violent demonstration when the two mentions merge."""
from __future__ import annotations

import re

from sitrep.model import EventMention

# the force's own firing told in its statement ("its men had fired warning shots after being pelted")
_FIRED = re.compile(r"\b(?:fired|shot|opened fire)\b", re.I)

STATE_FORCE_IDS = ("_MIL", "_POL", "_POLICE")
FORCE_ON_PROTEST = frozenset({"Excessive force against protesters", "Protest with intervention"})


def forces_excuse(keep: EventMention, other: EventMention) -> bool:
    """``other`` is a violent demonstration told by a state force's statement that also tells its own firing (its
    reason for firing: "officers had acted to restore calm after protesters attacked a police station" tells no
    firing and still makes the riot), ``keep`` force on protesters told by someone else, who is no state force."""
    return other.sub_event_type == "Violent demonstration" and keep.sub_event_type in FORCE_ON_PROTEST \
        and other.claimant is not None and other.claimant.endswith(STATE_FORCE_IDS) \
        and keep.claimant is not None and not keep.claimant.endswith(STATE_FORCE_IDS) \
        and _FIRED.search(other.sentence.text) is not None
