"""A count of one nation's dead beside a count of all the dead (branch tolls20): "an attack ... that killed four
Chinese citizens" retold as "nine people died in Tuesday's ambush: four Chinese engineers, three Pakistani security
guards and two attackers". The nation's count is a part of the whole; when the two tellings are merged into one
incident, the whole is its toll (ACLED counts every death of the event)."""
from __future__ import annotations

from typing import Optional

from sitrep.model import Figure

__all__ = ["whole_over_nation_part"]

# plain nouns of people of any nation: a count of these may hold a nation's dead
PLAIN_PEOPLE = frozenset({"people", "persons", "person", "dead"})


def _first_demonym(who: Optional[str]) -> bool:
    from sitrep.geo.recognize import demonyms

    words = (who or "").lower().split()
    return bool(words) and words[0] in demonyms()


def whole_over_nation_part(keep: Optional[Figure], other: Optional[Figure]) -> bool:
    """``keep`` counts dead of one nation ("four Chinese citizens") and ``other``, a larger exact count of the same
    incident, counts people of no nation ("nine people"): the whole, which holds the part."""
    if keep is None or other is None or keep.what != "killed" or other.what != "killed":
        return False
    if keep.low is None or other.low is None or other.low <= keep.low or other.high != other.low:
        return False
    words = (other.who or "").lower().split()
    return _first_demonym(keep.who) and bool(words) and words[-1] in PLAIN_PEOPLE and len(words) == 1
