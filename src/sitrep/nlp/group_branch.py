"""A group's regional branch named by the group's possessive: "the Islamic State's Somalia branch", "the Islamic
State group's Afghan affiliate", "Daesh's Khorasan branch" (issue 16, branch terror7).

The phrase's head noun ("branch", "affiliate", "wing") is no name, and the last name before it is a country
("Somalia") or a demonym ("Afghan"), so the resolver read the phrase as that country's government (Government of
Somalia): the branch is the group's own, in that country. :func:`branch_owner` gives the group's branch of the
dictionary in that country where there is one (its ``parent`` is the group: Islamic State Somalia Province), else the
group itself (the Islamic State's Pakistan affiliate: the Islamic State). Only an armed group of the dictionary
(type rebel or militia) marked possessive, then capitalised words alone (the country or region), then the branch
noun ending the phrase; a splinter ("offshoot") is no branch (events/splinters). :func:`branch_tail` is the length
of such a tail after a group's name in running text ("'s Pakistan affiliate claimed responsibility"), so the claim
rules read the name's verb (events/claims).
"""
from __future__ import annotations

import re
from typing import Any, Optional, Sequence

__all__ = ["branch_owner", "branch_tail"]

_BRANCH_NOUNS = frozenset({"affiliate", "branch", "wing", "franchise", "chapter"})
_GROUP_TYPES = frozenset({"rebel", "militia"})
_TAIL = re.compile(r"^(?:\s+group)?['’]s(?:\s+[A-Z][\w-]*){1,3}\s+(?:affiliate|branch|wing|franchise|chapter)\b")


def branch_owner(res: Any, units: Sequence[Any], matches: Sequence[Any]) -> Optional[str]:
    """The actor id a "<group>'s <Country or region> <branch noun>" phrase names (module doc); None otherwise."""
    if len(units) < 3 or units[-1].raw.lower() not in _BRANCH_NOUNS:
        return None
    for m in matches:
        if m.what != "actor" or res.actors.get(m.actor_id, {}).get("type") not in _GROUP_TYPES:
            continue
        k = m.j - 1
        if not units[k].possessive:
            if not (m.j < len(units) and units[m.j].raw.lower() == "group" and units[m.j].possessive):
                continue
            k = m.j  # "the Islamic State group's Somalia branch"
        between = units[k + 1:-1]
        if not between or not all(u.raw[:1].isupper() for u in between):
            return None
        place = next((p for p in matches if p.i > k and p.j < len(units) and p.what in ("country", "demonym")), None)
        return _branch_in(res, m.actor_id, place.actor_id) if place is not None else m.actor_id
    return None


def _branch_in(res: Any, group: str, iso3: Optional[str]) -> str:
    """The group's branch of the dictionary whose country is ``iso3``, else the group."""
    for aid, a in res.actors.items():
        if a.get("parent") == group and a.get("type") in _GROUP_TYPES and a.get("country") \
                and res.country_iso3(a["country"]) == iso3:
            return aid
    return group


def branch_tail(after: str) -> int:
    """The length of a branch tail ("'s Pakistan affiliate", " group's Somalia branch") that opens ``after``, the
    text right after a group's name; 0 when there is none."""
    hit = _TAIL.match(after)
    return hit.end() if hit else 0
