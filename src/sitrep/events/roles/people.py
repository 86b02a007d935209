"""Decides that a phrase names people, not their state: a demonym counted as persons, or a person named by relation with
a demonym before it ("a Palestinian", "two Afghans", "a Syrian teenager": :func:`nationals`, data/relation_nouns.tsv);
and men described as armed ("armed men", "two men armed with knives": :func:`armed_phrase`, data/armed_modifiers.tsv),
resolved as an armed group by :mod:`.head_actor`.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.roles.common import lemma
from sitrep.events.roles.words import armed_modifiers, relation_nouns


def armed_phrase(tok, before: str) -> Optional[str]:  # type: ignore[no-untyped-def]
    """ "armed men", "masked men", "two men armed with knives": the phrase headed by person noun ``tok`` (``before``:
    its words before the head) describes attackers; returned as "<modifier> <head>" to resolve, else None."""
    mods = [w for w in re.findall(r"[\w-]+", before.lower()) if w in armed_modifiers()]
    if not mods and any(c.dep_ == "acl" and c.lower_ == "armed" for c in tok.children):
        mods = ["armed"]  # "two men armed with knives"
    return f"{mods[0]} {tok.text.lower()}" if mods else None


# determiners and quantifiers that count a demonym as persons ("a Palestinian", "some Afghans", "many Kenyans")
_COUNTING_DETS = frozenset({"a", "an", "some", "many", "several", "few", "dozens", "hundreds", "thousands"})


def nationals(tok) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` names people of a nation, not its state: a demonym counted as persons ("a
    Palestinian", "an American", "two Afghans", "some Kenyans"; "the Turks invaded" stays the state), or a person
    named by relation or offence with the demonym before it ("a Syrian teenager", "an Afghan suspect":
    data/relation_nouns.tsv)."""
    if tok.ent_type_ == "NORP":
        return any((c.dep_ == "det" and c.lower_ in _COUNTING_DETS) or c.dep_ == "nummod"
                   or (c.dep_ == "amod" and c.lower_ in _COUNTING_DETS) for c in tok.children)
    return lemma(tok) in relation_nouns() and any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
                                                  for c in tok.children)
