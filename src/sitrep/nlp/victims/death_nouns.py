"""Whether a noun names a death ("the murder of X", "his assassination") and whom: not a modifier ("death
squads"), not a deed only tried or planned (:func:`tried_deed`: "attempted murder", "an assassination plot").
"""
from __future__ import annotations

from typing import Any

from sitrep.nlp.victims.words import victim_cue


_TRIED = victim_cue("tried")
DEATH_ROW = ("killed", "event")  # a death noun's row in the figure lexicon's nouns


def _death_noun(n: Any, nouns: dict[str, tuple[str, str]]) -> bool:
    """A noun that names a death ("the murder", "his assassination"), not a modifier ("death squads") nor a deed only
    tried or planned (:func:`tried_deed`)."""
    if n.pos_ != "NOUN" or n.dep_ == "compound" or nouns.get(n.lemma_.lower()) != DEATH_ROW:
        return False
    return not tried_deed(n)


def tried_deed(n: Any) -> bool:
    """A deed noun only tried, foiled or planned: "attempted murder", "the assassination attempt", "a plot for the
    killing of X", "an attempt at the murder"."""
    if any(c.lower_ in _TRIED for c in n.children if c.dep_ in ("amod", "compound", "nmod")):
        return True
    h = n.head
    for _ in range(3):
        if h.lemma_.lower() in _TRIED:
            return True
        if h.head is h:
            break
        h = h.head
    return False


_REMAINS = victim_cue("remains")  # "his body" names a death only as the thing found, identified


def _noun_victims(n: Any) -> list[Any]:
    """The victims a death noun names: the object of "of", else its possessor ("his murder")."""
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs
    if n.lemma_.lower() in _REMAINS and n.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj"):
        return []  # "parts of his body" is a part of him; "his body was found" is his death
    return [c for c in n.children if c.dep_ == "poss"]
