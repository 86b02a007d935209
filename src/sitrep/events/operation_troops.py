"""Troops of a named military operation are the state's troops (issue 16, roles).

"Troops of Operation Hadin Kai repelled the attack", "troops of Operation Almahaou were attacked": a military
operation is no actor of its own, and its name is no armed group's. ACLED codes its troops as the forces of the state
that runs it (Military Forces of Nigeria, of Niger); sitrep reads the phrase as it reads a bare "troops" (the
report's one country, data/bare_forces.tsv), and leaves it blank where the report has no one country. So with a
unit told only by its number ("Troops of the 18th Brigade were patrolling", "soldiers of the 3rd Infantry Division";
issue 16, branch attackers27): a numbered unit is part of the state's forces and names no one else.
"""
from __future__ import annotations

from typing import Optional

# the nouns of a state's men that an operation's name may follow ("troops of Operation X", "soldiers of ...")
_MEN = frozenset({"troop", "troops", "soldier", "soldiers", "force", "forces", "personnel", "unit", "units", "men"})


def operation_name(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` heads the name of a military operation: a phrase whose first word is "Operation", capitalised, followed
    by a capitalised name ("Operation Hadin Kai", "Operation Almahaou"); not "the operation" nor "Operation" alone."""
    words = sorted([t for t in tok.subtree if t.i == tok.i or (t.i < tok.i and t.dep_ in ("compound", "amod"))],
                   key=lambda t: t.i)
    if len(words) < 2 or words[0].text != "Operation":
        return False
    return all(t.text[:1].isupper() for t in words[1:])


# the nouns of a state's units told by number ("the 18th Brigade", "the 3rd Infantry Division")
_UNITS = frozenset({"brigade", "battalion", "division", "regiment", "corps", "squadron", "company"})


def numbered_unit(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` heads a unit told by its ordinal number alone: "the 18th Brigade", "the 3rd Infantry Division" (the
    number's words all before the unit's noun, no possessor and no "of" phrase naming whose unit it is)."""
    if tok.lemma_.lower() not in _UNITS or any(c.dep_ in ("poss", "prep") for c in tok.children):
        return False
    left = [c for c in tok.children if c.i < tok.i and c.dep_ not in ("det", "punct")]
    return any(c.ent_type_ == "ORDINAL" for c in left) and all(
        c.ent_type_ == "ORDINAL" or (c.text[:1].isupper() and c.ent_type_ not in ("GPE", "NORP", "PERSON"))
        for c in left)


def operation_of(tok) -> Optional[object]:  # type: ignore[no-untyped-def]
    """The operation's name (its head token) when ``tok`` heads "troops / soldiers of Operation X", or the unit when
    it heads "troops of the 18th Brigade"; else None."""
    if tok.lemma_.lower() not in _MEN and tok.lower_ not in _MEN:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for g in prep.children:
            if g.dep_ == "pobj" and (operation_name(g) or numbered_unit(g)):
                return g
    return None
