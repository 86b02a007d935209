"""Sabotage with explosives: "rebels blew up a bridge", "blew up part of the oil pipeline", "the track was blown up"
(pattern "blow +up +@blown_structures" of data/ontology.json, ACLED Remote explosive/landmine/IED; branch types14:
terror_reports15 t07, war_reports15 j01, j15 had no event).

:func:`not_blown_structure` keeps the pattern to the deed done to the structure: the structure is the verb's object
(or the noun of its "a section of ..." object) or its passive subject; "a gas well blew up" (the structure as the
subject of the blast) is left to the carrier and accident readings. A blast conjoined with an arson or looting verb
("blew up three phone masts and burned a pump house") is one raid destroying property, read by that verb (ACLED
Looting/property destruction; mixed_reports11 z20, unchanged), so the blast gives no event of its own. A doer's
blast is no accident either (subtype/accidents._industrial_cond: "blew up part of the oil pipeline").
"""
from __future__ import annotations

from sitrep.events.roles import lemma

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_RAID_VERBS = frozenset({"loot", "plunder", "torch", "raze", "ransack", "burn", "set", "vandalize", "vandalise"})


def _structure_is_object(tok, structure) -> bool:  # type: ignore[no-untyped-def]
    if structure.head.i == tok.i:
        return structure.dep_ in _OBJECT_DEPS
    # "blew up part of the oil pipeline": the noun of the object's "of" phrase
    of = structure.head
    return (of.lower_ == "of" and of.head.head.i == tok.i and of.head.dep_ in _OBJECT_DEPS)


def _with_raid_verb(tok) -> bool:  # type: ignore[no-untyped-def]
    verbs = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        verbs.append(tok.head)
    return any(lemma(v) in _RAID_VERBS for v in verbs)


def not_blown_structure(tok, structure) -> bool:  # type: ignore[no-untyped-def]
    """Whether "blow up" with ``structure`` near it tells no sabotage blast (see the module)."""
    return not _structure_is_object(tok, structure) or _with_raid_verb(tok)
