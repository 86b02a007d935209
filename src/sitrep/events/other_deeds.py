"""Deeds told as earlier than the incident: "have blamed earlier blasts on X", "previous attacks on officials".

A plural (or bare mass) deed noun that an adjective marks as deeds before the one reported ("earlier", "previous", "past",
"prior") names a record of past deeds, not an incident with a day and a place of its own: such a
mention is background (events/extract.py). An accusation about them ("blamed earlier blasts on Kurdish fighters") says
who is thought to be behind those, not who did what the report tells: that mention keeps no doer, so it lends the
incident none when it is folded in.
"""
from __future__ import annotations

# (not "similar" or "other": "described similar clashes in the town of X" may tell deeds of the same days)
_OTHER_DEEDS = frozenset({"earlier", "previous", "past", "prior"})


def other_deeds(trig) -> bool:  # type: ignore[no-untyped-def]
    """``trig`` is a plural deed noun marked by an adjective as other deeds than the incident ("earlier blasts"), or
    a mass noun with no article ("a village abandoned during earlier fighting")."""
    bare = trig.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in trig.children)
    return trig.pos_ == "NOUN" and (trig.tag_ == "NNS" or bare) and any(
        c.dep_ == "amod" and c.lower_ in _OTHER_DEEDS and c.i < trig.i for c in trig.children)
