"""Decides, before the person and ground checks, that a pattern reads the word in a sense it lacks here: "fired
him" (no shots), "take blades off the streets", "took to the streets" (no "take over"), "came under fire for his
remarks", "were called to the scene" (summoned, no talks), a police raid (a search, no attack). Evidence: the parse
and events/attack_phrases.
"""
from __future__ import annotations

from sitrep.events.attack_phrases import FIRE_PREPS, armed_raid, fired_on_target, under_fire
from sitrep.events.blown_structure import not_blown_structure
from sitrep.events.ontology import Ontology, TriggerPattern
from sitrep.events.roles import lemma


STREET_PREPS = frozenset({"to", "onto", "into"})  # "took to the streets": a protest only where people go


def _early_pattern_veto(tok, pos: str, p: TriggerPattern, near: dict, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Pattern ``p`` reads the word in a sense it does not have here: no shots fired, summoned, a search."""
    if pos == "VERB" and lemma(tok) == "fire" and p.deps and p.deps[0] in FIRE_PREPS \
            and not fired_on_target(tok, near[p.deps[0]], onto):
        return True  # "fired at the meeting", "fired him on the spot", "fired back at critics": no shots
    if pos == "VERB" and lemma(tok) == "take" and "street" in p.deps \
            and near["street"].head.lower_ not in STREET_PREPS:
        return True  # "searches take blades off the streets": things taken away, no one takes to the streets
    if pos == "VERB" and lemma(tok) == "take" and "street" not in p.deps and _to_the_streets(tok):
        return True  # "took to the streets of Colombo over rising tariffs": the protest idiom, no "take over"
    if pos == "VERB" and lemma(tok) == "come" and "fire" in p.deps and not under_fire(tok, near["fire"], onto):
        return True  # "came under fire for his remarks": criticism, not shots
    if pos == "VERB" and lemma(tok) == "call" and not p.deps and p.tdef.code == "plover.consult" and any(
            c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return True  # "firefighters were called to the scene", "experts have been called in": summoned, no talks
    if len(p.deps) == 2 and p.deps[0] == "up" and lemma(tok) == "blow" \
            and p.deps[1] in onto.cue("blown_structures") and not_blown_structure(tok, near[p.deps[1]]):
        return True  # "a gas well blew up"; "blew up masts and burned a pump house": no blast of its own
    return bool(lemma(tok) == "raid" and not p.deps and not armed_raid(tok, onto))
    # "police raided the offices", "a raid on a drug lab": a search, not an attack


def _to_the_streets(tok) -> bool:  # type: ignore[no-untyped-def]
    """"take" with "to the street(s)" among its dependents: the protest idiom."""
    return any(c.dep_ == "prep" and c.lower_ in STREET_PREPS and any(lemma(o) == "street" for o in c.children)
               for c in tok.children)
