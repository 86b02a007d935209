"""A place named as the far end of a distance is a reference point, not where the event is (issue 14/16): "bandits
killed 19 villagers near Tsafe, about 70 kilometres from Maru" happened near Tsafe; Maru only says how far away.

Alone, such a place is the best the sentence gives ("a village 20 km from X": ACLED codes the nearest named town),
so it is not dropped: :func:`distance_reference` only ranks it after every other town of the same clause or
sentence, never after a province or country ("a village 15 km north of X in Y province" is at X;
``events.place.PlaceScene.pick``). A distance reference is the object of "from" / "of" hung on a unit of
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
    prep = t.head
    before = doc[prep.i - 1] if prep.i > 0 else None
    if any(_counted_unit(c) for c in prep.children if c.i < prep.i) or (
            before is not None and _counted_unit(before) and before.head.i == prep.head.i):
        return True  # "stopped about 20 kilometres from X": the unit on the preposition, or beside it on the verb
    up = t.head.head
    if up.lower_ in _COMPASS:
        # "30 km north of X": the unit hangs on the bearing ("km" npadvmod of "west") or the bearing on the unit
        if any(_counted_unit(c) for c in up.children if c.i < up.i):
            return True
        if up.head.i != up.i:
            up = up.head
    return _counted_unit(up)


def _counted_unit(tok) -> bool:  # type: ignore[no-untyped-def]
    """A unit of length with a number ("70 kilometres", "about 30 km")."""
    return tok.lower_ in _UNITS and any(c.dep_ == "nummod" or c.like_num for c in tok.children)
