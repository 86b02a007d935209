"""A state or province named bare after "the" in a country no other place of the text lies in is a river's or a
lake's name, not the unit: no point (blank beats wrong).

"Floodwaters from the swollen White Nile have killed six people in South Sudan's Jonglei state" is the river, not
Sudan's White Nile state: a unit's name takes no article and no adjective ("the swollen"), a river's does. Read as
``feature_towns.bare_rivers_no_town`` reads a bare river's town: the name stands alone (``_ALONE_AFTER``: a stop, a
preposition, an auxiliary or a river's verb follows). Only a unit abroad: every other place the text resolves (its
dateline aside, at least one) lies in other countries, so "the Ogun" in a story of Nigeria and "the Punjab" in one of
India keep their unit. Run by :func:`sitrep.geo.resolve.resolve` among the story rules, after the towns' rivers.
"""
from __future__ import annotations

import re

from sitrep.geo.feature_towns import _ALONE_AFTER
from sitrep.geo.gazetteer import precision_of
from sitrep.geo.recognize import is_dateline
from sitrep.geo.resolve import Scored

__all__ = ["bare_units_abroad"]

# "the" and at most one lower-case word between it and the name ("the swollen White Nile", "the Kafue"), at the
# name's start
_THE_BEFORE = re.compile(r"\bthe\s+(?:[a-z][a-z-]+\s+)?$")


def bare_units_abroad(scored: list[Scored], text: str, threshold: float) -> None:
    """See the module's doc (in place: the unit's confidence drops below any threshold; the mention stays)."""
    picked = [(sc, sc.city or sc.entries[sc.best]) for sc in scored
              if not sc.cand.blank and sc.confidence >= threshold]
    for sc, e in picked:
        if precision_of(e) != "province" or sc.contained or not e.country \
                or not _THE_BEFORE.search(text[max(0, sc.cand.start - 24):sc.cand.start]) \
                or not _ALONE_AFTER.match(text[sc.cand.end:sc.cand.end + 16]):
            continue
        others = {o.country for o2, o in picked if o2 is not sc and o.country
                  and not (o2.cand.start < 40 and is_dateline(text, o2.cand.start, o2.cand.end))}
        if others and e.country not in others:
            sc.confidence = 0.0
            sc.city = None
