"""One person who "has died" is one incident's death, not a running toll (issue 16, branch tolls37).

A perfect killing with no time of its own reads as a running toll ("at least 120 have been killed", "a revolt which
has killed hundreds": :func:`sitrep.events.modality.tally._running_toll`). UK and Canadian local news lead with the
same perfect for one victim: "A man has died and another has been injured following a disturbance", "A woman has
died in a fire at a terraced house". A toll of one person named by an indefinite singular noun ("A man", "a woman",
"A 17-year-old boy", "A second victim"; the hurt conjunct's "another") is no running count of a conflict: it is the news of one incident. Counts
("One person", "at least one", "two") and the plural stay as they were.
"""
from __future__ import annotations

import re

from sitrep.model import KILLED_WHAT

__all__ = ["one_person_died"]

# "A man", "an 80-year-old woman", "A second victim": one person by an indefinite article; not "a number of",
# "a few", "a dozen", "a total of"
_ONE_PERSON = re.compile(r"^(?:an?\s+(?!(?:number|few|dozen|couple|handful|total|score|host|series|string)\b)"
                         r"|another\b)", re.I)


def one_person_died(clause_figs: list) -> bool:
    """The clause's counts of the dead and the hurt are each one person told as "a/an" + noun or "another" (not
    "one", "at least one", a number): "A woman has died", "another has been injured" (the conjunct of "A man has
    died and another has been injured")."""
    toll = [f for f in clause_figs if f.what in KILLED_WHAT or f.what in ("wounded", "injured")]
    return bool(toll) and all(f.low == 1 and f.high in (1, None) and _ONE_PERSON.match(f.span.text) is not None
                              for f in toll)
