"""A place the resolver left unplaced in one report, named as a place another report of the story resolves (issue 16,
story totals).

One report's "a village in Chiure district of Mozambique's Cabo Delgado province" may leave "Chiure" unresolved (no
gazetteer id) while the next report's "in Chiure district" resolves it to Chiúre: the two counts of the one raid then
carry two place keys (a name and an id), are never the same place and day, and are added (4 + 6 for 6). Within a
story, an unresolved place whose name, folded (case and accents), is the name of a resolved place of the story's
events, or of the words another report named a resolved place with ("Malam Fatori", resolved to Mallam Fatori), is
taken as that place (one place of that name only: two resolved places of one name leave it as it was).
"""
from __future__ import annotations

import dataclasses

from sitrep.model import Event, Place
from sitrep.textnorm import strip_accents

__all__ = ["placed_by_name"]


def _fold(name: str) -> str:
    return strip_accents(name).casefold().strip()


def placed_by_name(events: list[Event]) -> list[Event]:
    """``events`` with each unresolved place replaced by the story's one resolved place of the same folded name (the
    events copied, never changed in place)."""
    resolved: dict[str, dict[str, Place]] = {}
    for e in events:
        if e.place is not None and e.place.geonameid and e.place.name:
            # by its name and by the words the report named it with ("Malam Fatori" resolved to Mallam Fatori)
            for name in {e.place.name, e.place.span.text if e.place.span is not None else ""} - {""}:
                resolved.setdefault(_fold(name), {})[str(e.place.geonameid)] = e.place
    if not resolved:
        return events
    out = []
    for e in events:
        p = e.place
        if p is not None and not p.geonameid and p.name:
            same = resolved.get(_fold(p.name), {})
            if len(same) == 1:
                e = dataclasses.replace(e, place=next(iter(same.values())))
        out.append(e)
    return out
