"""Event words that name a kind of weapon or a device's part, no deed (branch subtypes13).

"Ukrainian air defence units shot down 14 Russian attack drones", "an assault helicopter", "assault rifles": the noun
"attack"/"assault" as a modifier of a machine or weapon noun (``attack_class_heads``) names the machine's class, no
attack of its own (the interception is the event; the clause reading made a second, an air strike, mixed_reports7
u23). "A device made of a mortar shell wired to a mobile phone": a weapon noun that is what a device is made from
(``device_making_verbs``: the "of"/"from" object of "made", "fashioned", "built") names its material, no shelling
(mixed_reports7 u24). Cue lists in data/event_sense_cues.tsv.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["attack_class", "device_material"]

_ATTACK = frozenset({"attack", "assault"})
_MATERIAL_PREPS = frozenset({"of", "from"})


def attack_class(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is "attack"/"assault" modifying a machine or weapon noun: "attack drones", "assault rifles"."""
    return tok.lemma_.lower() in _ATTACK and tok.dep_ in ("compound", "amod") and tok.head.i > tok.i \
        and tok.head.lemma_.lower() in sense_cue("attack_class_heads")


def device_material(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a noun that a device is told to be made from: "made of a mortar shell", "built from artillery
    rounds" (the noun, or the head noun its compound modifies)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    cur = tok.head if tok.dep_ == "compound" else tok
    if cur.dep_ != "pobj" or cur.head.lower_ not in _MATERIAL_PREPS:
        return False
    verb = cur.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in sense_cue("device_making_verbs")
