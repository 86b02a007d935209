"""A report that places a deadly deed only at its province tells the story's deed in a town of that province on that
day (issue 16, story totals): "GENEVA (UN News) - The UN humanitarian coordinator condemned Sunday's drone strike on
mourners in North Kordofan, which killed 19 civilians" and "a drone strike on a funeral gathering in El Obeid, the
capital of North Kordofan state, killed 12 people on Sunday". The Geneva report shares only region-wide keys with the
others (the deed's type in the province, its day, the province), so it stood as a story of its own and its toll was
added to the town's (a story total above the largest credible count).

One decision: the region-day keys of an asserted deed with dead, told to the day and placed in a province (never at
the report's dateline): ``o:`` + type + province + day where the deed is placed at the province only, ``t:`` + the
same where it is placed at a town of it. A region-only key links to the town key of the same province, type and day
(never ``o:`` to ``o:`` nor ``t:`` to ``t:``: two towns' deeds of one day are two deeds), and weighs as a place:
with the day and the province the two reports share, enough to join them.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

_REGION, _TOWN = "o:", "t:"
# precisions of a deed placed at a town or finer (the story clusterer's place keys use the same) and at a province only
TOWN_PRECISIONS = frozenset({"point", "town", "district"})
_REGION_PRECISION = "province"


def region_day_keys(e: Any) -> set[str]:
    """The region-day key of an asserted event (``cluster._add_event_keys`` calls it off the dateline only)."""
    p = e.place
    if (e.modality != "asserted" or e.fatalities is None or e.date_start is None or e.date_precision != "day"
            or p is None or not p.admin1 or not p.country):
        return set()
    if p.precision == _REGION_PRECISION:
        prefix = _REGION
    elif p.precision in TOWN_PRECISIONS:
        prefix = _TOWN
    else:
        return set()
    return {f"{prefix}{e.event_type}:{p.country}/{p.admin1}:{e.date_start.toordinal()}".lower()}


def partner(key: str) -> Optional[str]:
    """The key a region-day key links to (a province-only deed's to a town's, and back); None for any other key."""
    if key[:2] == _REGION:
        return _TOWN + key[2:]
    if key[:2] == _TOWN:
        return _REGION + key[2:]
    return None


def crossed(a: Iterable[str], b: frozenset[str]) -> int:
    """1 where a region-day key of ``a`` links to one of ``b`` (it adds as a place to the pair's specificity)."""
    return int(any((q := partner(k)) is not None and q in b for k in a))
