"""Decides whether generic armed men at a phrase's head are a named group's members: the group of the dictionary just
before them ("JNIM fighters": :func:`_group_before_members`) or before "-linked"/"-affiliated" ("Islamic State-linked
gunmen": :func:`_linked_group_members`; data/actor_cues.tsv ``tied``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Sequence

from sitrep.nlp.actor_lexicon.matching import Match
from sitrep.nlp.actor_lexicon.units import Unit
from sitrep.nlp.actor_lexicon.words import actor_cue

if TYPE_CHECKING:
    from sitrep.nlp.actor_lexicon.resolver import ActorResolver

_ARMED_TYPES = frozenset({"rebel", "militia", "state_forces"})  # dictionary types of armed bodies
_MEMBER_ROLES = frozenset({"OPP", "ISLAMIST", "UNIDENT", "MILITIA_PROGOV", "MIL"})  # generic words for armed men


def _group_before_members(res: "ActorResolver", head: Sequence[Match]) -> Optional[str]:
    """The armed group of the dictionary named just before a generic word for armed men at the phrase's head ("JNIM
    fighters", "RSF troops", "al-Shabaab militants", "M23 rebels" when no alias covers both): the men are the
    group's, never the unnamed militants or the army of the report's country. A country or demonym before the word
    is no group ("Malian soldiers" is read by the phrase itself)."""
    if len(head) < 2:
        return None
    m, prev = head[-1], head[-2]
    if m.what != "phrase" or m.country is not None or (m.target or "") not in _MEMBER_ROLES:
        return None
    if prev.what != "actor" or prev.j != m.i or not prev.actor_id:
        return None
    return prev.actor_id if res.actors.get(prev.actor_id, {}).get("type") in _ARMED_TYPES else None


# the words after "<group>-" that make armed men the group's own ("Islamic State-linked gunmen", "al Qaeda-affiliated
# fighters"); "-backed", "-led", "-allied", "-aligned" and the other sponsors name a patron, not the men's group
_TIED = actor_cue("tied")


def _linked_group_members(res: "ActorResolver", units: Sequence[Unit], matches: Sequence[Match],
                          m: Match) -> Optional[str]:
    """The armed group of the dictionary named just before "-linked"/"-affiliated" and a generic word for armed men
    at the phrase's head ("Islamic State-linked gunmen"): the men are the group's (its local branch or cell), never
    the unnamed gunmen or the militants of the report's country."""
    if m.what != "phrase" or m.country is not None or (m.target or "") not in _MEMBER_ROLES or m.i < 2:
        return None
    if units[m.i - 1].raw.lower() not in _TIED or not units[m.i - 2].hyphen_after:
        return None
    prev = next((p for p in matches if p.j == m.i - 1 and p.what == "actor" and p.actor_id), None)
    if prev is None or res.actors.get(prev.actor_id, {}).get("type") not in _ARMED_TYPES:
        return None
    return prev.actor_id
