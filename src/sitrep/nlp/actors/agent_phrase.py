"""Whose an agent phrase is ("riot police", "the interior ministry"): from the words before it, the ministry
told before, or the article's focus; none where a verb or a modifier only sounds like one (:func:`_add_agent_phrase`,
:func:`_phrase_owner`, :func:`_is_modifier`)."""
from __future__ import annotations

import dataclasses
from typing import Any, Optional, Sequence

from sitrep.nlp.actor_lexicon import MINISTRY_ROLES, Match, Unit, prefix_owner
from sitrep.nlp.actors.builder import _Builder


def _is_modifier(tok: Any, unit: Unit) -> bool:
    """True when the matched phrase only modifies a following noun ("army vehicles", "opposition-held")."""
    if unit.hyphen_after:
        return True
    if tok is None:
        return False
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i


def _add_agent_phrase(b: _Builder, m: Match, tok: Any, start: int, end: int, hint: Optional[str], units: Sequence[Unit],
                      matches: Sequence[Match], focus: Sequence[str]) -> None:
    """An agent phrase ("riot police", "the interior ministry"): whose it is, from the words before it, the
    ministry told before, or the article's focus; none where a verb or a modifier only sounds like it."""
    res = b.res
    if tok is not None and tok.pos_ not in ("NOUN", "PROPN", "ADJ", "X") and m.prefix is None:
        return  # "to monitor the truce", "forces them": a verb is not an agent phrase
    if _is_modifier(tok, units[m.j - 1]):
        if m.prefix is not None:  # keep the country of "Syrian army vehicles" as a NORP/GPE mention
            p = m.prefix
            entry = res.actors[p.actor_id]
            b.add(units[p.i].start, units[p.j - 1].end, "NORP" if p.what == "demonym" else "GPE",
                  p.actor_id if p.what != "capital" else None, entry["name"], None)
        return
    row = m.phrase or {}
    kind = row.get("kind") or "ORG"
    target = m.target or ""
    eid: Optional[str] = None
    name: Optional[str] = None
    if target.startswith("ANTECEDENT:"):
        ante = b.antecedent(MINISTRY_ROLES, start)
        if ante is not None:
            eid, name = ante.entity_id, ante.name
    elif m.country is None and target in MINISTRY_ROLES:
        ante = b.antecedent((target,), start)
        if ante is not None:
            eid, name = ante.entity_id, ante.name
    else:
        if m.country is None and not target.startswith("id:") and tok is not None:
            owner = _phrase_owner(tok, start, units, matches, m)
            if owner == "":
                return  # a name the dictionary does not know, not the focus country
            if owner is not None:
                m = dataclasses.replace(m, country=res.actors[owner]["country"])
        eid, name = res.resolve_match(m, focus, b.when)
    if eid is None:
        return
    entry = res.get(eid)
    if entry.get("type") == "person":
        kind = "PERSON"
    b.add(start, end, kind, eid, name, hint)


def _phrase_owner(tok: Any, start: int, units: Sequence[Unit], matches: Sequence[Match], m: Match) -> Optional[str]:
    """Whose an agent phrase with no country is, by the words before it in its noun phrase ("Georgian riot police"):
    a dictionary id, "" for a name the dictionary does not know, None where they say nothing (read as before)."""
    lo = m.i
    while lo > 0 and units[lo - 1].start >= tok.left_edge.idx:
        lo -= 1
    owner = prefix_owner(units, matches, m, lo)
    before = [t for t in tok.doc[tok.left_edge.i:tok.i] if t.idx < start]
    if owner == "" and (any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in before) or not any(
            t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "ORG", "PERSON") for t in before)):
        owner = None  # "Houston police": a place's; "Heavily armed police": no name; read as before
    return owner
