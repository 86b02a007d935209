"""No decision: what the modules of the story total share: the event types whose dead are added
(:data:`TOLLED_TYPES`: Battles, Explosions/Remote violence, Violence against civilians, and riots, whose dead ACLED
counts too), how far back a toll update may reach (:data:`UPDATE_DAYS`), and the shape of one fatality claim
(:data:`Claim`)."""
from __future__ import annotations

import datetime as _dt

from sitrep.model import VIOLENT_EVENT_TYPES


# the event types whose dead a story total adds up
TOLLED_TYPES = VIOLENT_EVENT_TYPES | frozenset({"Riots"})
UPDATE_DAYS = 7  # a toll update refers to an incident at most this many days before it


# low, high, as_of, claimant key, told as a toll update, article, the high the merge saw (an "about N" count's band,
# a range's top), the count the claim gives for best (N of "about N", a range's low end; else that high), told by
# the event's acting side or held as a side's claim ("the army said its troops killed 150": a side's count of its own
# deed; a rival's "while the network said 31": never the best), and told as that side's own deed (its enemy's dead:
# never the incident's low or high)
Claim = tuple[float, float, _dt.date, str, bool, str, float, float, bool, bool]
