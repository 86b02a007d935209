"""A place named as the far end of a distance is a reference point, not where the event is (issue 14/16): "bandits
killed 19 villagers near Tsafe, about 70 kilometres from Maru" happened near Tsafe; Maru only says how far away.

Alone, such a place is the best the sentence gives ("a village 20 km from X": ACLED codes the nearest named town),
so it is not dropped: :func:`distance_reference` only ranks it after every other place of the same clause or
sentence (``events.place.choose_place``). A distance reference is the object of "from" / "of" hung on a unit of
length ("70 kilometres from X", "30 km north of X", "two miles outside X").
"""
from __future__ import annotations

__all__ = ["distance_reference"]

_UNITS = frozenset({"kilometre", "kilometer", "km", "kms", "mile", "metre", "meter", "kilometres", "kilometers",
                    "miles", "metres", "meters"})
_PREPS = frozenset({"from", "of", "outside"})
_COMPASS = frozenset({"north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast",
                      "north-west", "north-east", "south-west", "south-east", "away"})


def distance_reference(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """The place mention at token indices ``ts`` is the far end of a distance ("70 kilometres from X")."""
    if not ts:
        return False
    t = doc[ts[-1]]
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in _PREPS:
        return False
    up = t.head.head
    if up.lower_ in _COMPASS and up.head.i != up.i:
        up = up.head  # "30 km north of X"
    return up.lower_ in _UNITS and any(c.dep_ == "nummod" or c.like_num for c in up.children)
