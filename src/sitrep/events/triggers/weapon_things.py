"""Decides that a weapon noun names a thing, not a weapon used: handed over (:func:`supplied`: "promised aid
including anti-ship missiles"), held or made (:func:`held_weapon`: "obtaining a dirty bomb"; "the TTP owned the
attack" is a claim), or counted in an inventory (:func:`listed_weapon`: "seized 12 pistols and 3 mortars"). Evidence:
the verb above the noun; cue lists ``supply_verbs``, ``claimed_deeds``, ``weapon_showing_phrasals``,
``weapon_holding_verbs``, ``inventory_verbs`` of data/event_sense_cues.tsv. Tests: tests/test_attackers29.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.roles import lemma


# deed nouns that a group "owns" when it claims them ("the TTP owned the attack"): never a thing held
CLAIMED_DEEDS = sense_cue("claimed_deeds")


def held_weapon(tok) -> bool:  # type: ignore[no-untyped-def]
    """A weapon noun that is the object of a verb of having or making ("producing a dirty bomb", "acquire
    missiles"), not of using; "carry out an attack" is a deed."""
    cur = tok
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    if cur.dep_ != "dobj":
        return False
    verb = cur.head
    if verb.lemma_.lower() == "own" and lemma(cur) in CLAIMED_DEEDS:
        return False  # "the TTP owned the attack": a claim of the deed (South Asian English), no weapon held
    prt = [c for c in verb.children if c.dep_ == "prt"]
    if prt:  # "showed off missiles" (cue weapon_showing_phrasals); "set off a bomb" is a deed
        return f"{verb.lemma_.lower()} {prt[0].lower_}" in sense_cue("weapon_showing_phrasals")
    return verb.lemma_.lower() in sense_cue("weapon_holding_verbs")


_LIST_DEPS = frozenset({"conj", "appos", "pobj", "prep", "dobj", "nsubjpass", "attr", "npadvmod", "nmod", "compound"})


def listed_weapon(tok) -> bool:  # type: ignore[no-untyped-def]
    """A counted weapon noun in what a verb of taking, finding or having acts on ("seized 12 pistols and 3
    mortars with 30 shells", "took the guards' arms, among them 6 rifles and 2 grenades", "found 3 mines"): an inventory of things, not a weapon used (a number alone is no cue: "fired 40 rockets")."""
    if not any(c.dep_ == "nummod" or (c.like_num and c.dep_ in ("amod", "quantmod")) for c in tok.children):
        return False
    cur = tok
    for _ in range(8):
        if cur.dep_ not in _LIST_DEPS or cur.head is cur:
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur.lemma_.lower() in sense_cue("inventory_verbs")
    return False


SUPPLY_VERBS = sense_cue("supply_verbs")


def supplied(tok) -> bool:  # type: ignore[no-untyped-def]
    """A noun that is handed over: the object (or part of the object) of a supply verb."""
    cur = tok
    for _ in range(5):
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "prep":  # "including" is tagged a verb
            return cur.lemma_.lower() in SUPPLY_VERBS
    return False
