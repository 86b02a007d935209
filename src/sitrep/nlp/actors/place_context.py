"""Whether a name the tagger found is a place by the words right before it (a locative preposition, "the
town of"): then it is no actor (:func:`_place_context`)."""
from __future__ import annotations

from typing import Any

from sitrep.nlp.actors.words import _LOCATIVE_PREP


_PLACE_CUE = {"town", "village", "city", "district", "province", "area", "region", "suburb", "neighbourhood",
              "neighborhood", "countryside", "governorate", "camp", "outskirts"}


def _place_context(doc: Any, start: int, text: str) -> bool:
    """A name right after a locative preposition or "the town of" is a place, not an actor."""
    before = text[max(0, start - 40) : start].lower().split()
    if not before:
        return False
    last = before[-1].strip(",;:")
    if last in _LOCATIVE_PREP:
        return True
    if last == "of" and len(before) >= 2 and before[-2].strip(",") in _PLACE_CUE:
        return True
    if last in _PLACE_CUE:
        return True
    return False
