"""A place's name before a police force's word is the force's town, not a person: the model reads "Kelowna RCMP" and
"Prince George RCMP" as persons, which hides the town inside a person's name (no place there). Such an entity
neither blocks the name inside it nor lends it a person's label; the name is then judged as any other.

One decision: which PERSON entities name a force by its town (the town's name then takes the label GPE): a PERSON
entity that ends on, or stands right before, a force word of data/geo_force_words.tsv ("RCMP", "OPP", lower-case
"police"), matched case-sensitively; a capitalised run before such a word is no piece of a longer name
(``recognize._piece_of_a_longer_name``) and, unlabelled, takes the label GPE too ("Prince George RCMP").
"""
from __future__ import annotations

import functools
from typing import Any

from sitrep.resources import data_rows


@functools.lru_cache(maxsize=1)
def force_words() -> frozenset[str]:
    """The words of data/geo_force_words.tsv (case as written)."""
    return frozenset(row[0] for row in data_rows("geo_force_words.tsv", needs=("word", "source")))


def before_a_force(doc: Any, k: int) -> bool:
    """Token ``k`` of ``doc`` is a force's word: the name ending before it is the force's town."""
    return k < len(doc) and doc[k].text in force_words()


def names_a_force_at(doc: Any, start: int, end: int) -> bool:
    """The capitalised name at characters ``start:end`` stands right before a force's word ("Prince George RCMP")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and before_a_force(doc, span.end)


def names_a_force(ent: Any) -> bool:
    """The PERSON entity is a town's name with its force's word ("Kelowna RCMP"), or stands right before it."""
    if ent.label_ != "PERSON":
        return False
    return len(ent) >= 2 and ent[-1].text in force_words() or before_a_force(ent.doc, ent.end)


def without_forces(ents: tuple[Any, ...]) -> tuple[tuple[Any, ...], list[tuple[int, int]]]:
    """The entities less the PERSON ones that name a force by its town, and the character spans of those towns'
    names (the entity less its force's word), which stand as places named by the model (label GPE)."""
    kept, towns = [], []
    for e in ents:
        if not names_a_force(e):
            kept.append(e)
            continue
        town = e[:-1] if len(e) >= 2 and e[-1].text in force_words() else e
        towns.append((town.start_char, town.end_char))
    return tuple(kept), towns
