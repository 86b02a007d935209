"""Whether two protest or riot mentions of one article are one demonstration told from its sides (events/merge.py):
:func:`protest_pair` (both a protest or riot), :func:`protest_sides` (every party a state force, a crowd or
unnamed: "police fired tear gas at the marchers" / "the marchers had converged on the square"; a riot and a
protest are not joined so), and :func:`protest_retold` (a definite protest noun, "the protesters", "the march",
with no ordinal or "other" before it, names the protest again).

Evidence: protest_reports* (a demonstration is told over several sentences, each from one side: the march,
the police's tear gas, the crowd's demands)."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.merge_doers import doer_kind
from sitrep.events.merge_pointers import NOT_THE_SAME
from sitrep.events.merge_tellings import role_entry
from sitrep.events.merge_types import PROTEST_RANK
from sitrep.model import ActorRef, EventMention


def protest_pair(a: EventMention, b: EventMention) -> bool:
    """Both mentions tell a protest or riot (a demonstration is told over several sentences, each from one side:
    the march, the police's tear gas, the crowd's demands)."""
    return a.sub_event_type in PROTEST_RANK and b.sub_event_type in PROTEST_RANK


def _protest_party(x: Optional[ActorRef]) -> Optional[str]:
    """Which side of a protest ``x`` may be: "state" (police, troops), "crowd" (protesters, rioters, people at large,
    a description naming no armed side), "any" (no one named), or None (a named party: a union, a person)."""
    if x is None:
        return "any"
    if x.entity_id in ("CIVILIANS", "x:protesters"):
        return "crowd"
    kind = doer_kind(x)
    if kind == "state":
        return "state"
    if x.entity_id.startswith("x:"):
        return "crowd" if kind == "" else None
    return "crowd" if role_entry(x).get("role") in ("PROTESTERS", "RIOTERS") else None


def protest_sides(a: EventMention, b: EventMention) -> bool:
    """Two protest or riot mentions whose every party is a state force, a crowd or unnamed: one demonstration told
    from its two sides ("police fired tear gas at the marchers" / "the marchers had converged on the square" /
    "protesters said police attacked a peaceful demonstration"), whichever side each clause made its subject.
    A named party (a union, a party, a person) is matched as any doer is. A riot and a protest are not joined so:
    the crowd's violence read in one clause is often another group's, or a word misread."""
    return protest_pair(a, b) and (a.sub_event_type == "Violent demonstration") == (
        b.sub_event_type == "Violent demonstration") \
        and all(_protest_party(x) is not None for x in (a.actor1, a.actor2, b.actor1, b.actor2))


# "the protesters", "the march", "these demonstrators": a protest word made definite points back to the one told
_PROTEST_DEFINITE = re.compile(r"\b(?:the|this|these|those)\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)


def protest_retold(a: EventMention, b: EventMention) -> bool:
    """``b`` names ``a``'s protest again by a definite protest noun ("The protesters, who carried placards, ...",
    "who addressed the protesters", "the march ended peacefully"; cue ``protest_words``), with no ordinal or
    "other" before it ("another march", "the second rally")."""
    from sitrep.events.ontology import load_ontology

    t = b.trigger
    if not protest_pair(a, b) or t is None or t.text.lower().rstrip("s") not in \
            {w.rstrip("s") for w in load_ontology().cue("protest_words")} | {"demonstrator", "protestor"}:
        return False
    before = b.sentence.text[max(0, t.start - b.sentence.start - 30):max(0, t.start - b.sentence.start)]
    hit = _PROTEST_DEFINITE.search(before)
    return hit is not None and not (set(hit.group(0).lower().split()) & NOT_THE_SAME)
