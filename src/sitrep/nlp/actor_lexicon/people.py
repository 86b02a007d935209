"""Decides whether words are nouns of people by trade or condition ("villagers", "traders and farmers"): a demonym or
country before them names people of a nation, not its state (:func:`people_noun`, :func:`_people_after`; the nouns of
data/people_nouns.tsv and the ontology's civilian_words).
"""
from __future__ import annotations

import functools
from typing import Sequence

from sitrep.nlp.actor_lexicon.units import Unit
from sitrep.nlp.actor_lexicon.words import _read_tsv


@functools.lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Singular nouns of people a demonym qualifies (data/people_nouns.tsv and the ontology's civilian_words)."""
    from sitrep.events.ontology import load_ontology  # the events layer's ontology, read once

    words = {r["word"].strip().lower() for r in _read_tsv("people_nouns.tsv")}
    return frozenset(words | {w.lower() for w in load_ontology().cue("civilian_words")})


def people_noun(word: str) -> bool:
    """``word`` (as written, singular or plural: "villagers", "fishermen", "children") is a noun of people by trade or
    condition ("trader", "villager"): a demonym before it names people of a nation, not its state."""
    w = word.lower()
    forms = {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w,
             w[:-3] + "man" if w.endswith("men") else w, "child" if w == "children" else w}
    return bool(forms & _people_nouns())


def _people_after(units: Sequence[Unit], j: int, cut: int, covered: set[int]) -> bool:
    """The words from unit ``j`` to ``cut`` are nouns of people in lower case, matched by nothing ("villagers",
    "traders and farmers"), the last one a noun of people: "Salvadoran national guardsmen" is no such phrase."""
    rest = range(j, cut)
    if not rest or not units[j].joins_prev or any(k in covered for k in rest):
        return False
    if not all(units[k].raw.islower() and (people_noun(units[k].raw) or units[k].raw in ("and", "or")) for k in rest):
        return False
    return people_noun(units[cut - 1].raw)
