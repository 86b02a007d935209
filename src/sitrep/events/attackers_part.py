"""Part of the attackers killed in a robbery gone wrong or a raid (issue 16, branch tolls37): "One of the robbers was
shot dead by the couple's son", "one of the robbers died in a shootout with Military Police officers minutes later".

:func:`sitrep.events.attacker_death._counted_attackers` adds a count of the attackers' dead told in its own words after
the incident's count. Three forms it missed, each read here:

- a partitive whose whole is the attackers (:func:`partitive_of_attackers`): "One of the robbers", "two of the
  gunmen"; the figure layer leaves the count's ``who`` the count word ("One"), so the noun is read off the words;
- the attackers' part told beside the victims' count in the same sentence, in a clause of its own with an event of its
  own (:func:`own_clause_part`): "A security guard was shot dead ..., and one of the robbers died in a shootout" (two
  deaths, not a part of the guard's one); never a part of the count itself ("ten dead, two of them attackers");
- the victims' count carried by a crime deed ("A security guard was shot dead during an attempted robbery": the
  robbery, typed a crime, not a violent event) while the attackers' part is a violent event's (:func:`incident_counts`:
  the incident's count is the victims', never the attackers' part);
- "minutes later", "moments later" (:func:`moments_later`): the same engagement, not a later one.
"""
from __future__ import annotations

import re

from sitrep.events.cues import sense_cue

__all__ = ["incident_counts", "moments_later", "own_clause_part", "partitive_of_attackers"]

# "One of the robbers", "two of the suspected gunmen": a count of part of a group, the group's noun captured
_PARTITIVE = re.compile(r"\s*\w+\s+of\s+(?:the\s+)?(?:suspected\s+|armed\s+)?([a-z]+)\b", re.I)
_BRIEF = frozenset({"minutes", "moments", "seconds"})


def partitive_of_attackers(after: str) -> bool:
    """The words from a count on are a partitive whose whole is a noun of attackers (``attacker_death_nouns``)."""
    hit = _PARTITIVE.match(after)
    if hit is None:
        return False
    noun = hit.group(1).lower()
    nouns = sense_cue("attacker_death_nouns")
    return noun in nouns or noun.rstrip("s") in nouns


def own_clause_part(f, m, events: list, after: str) -> bool:  # type: ignore[no-untyped-def]
    """The attackers' partitive ``f`` told after the incident ``m``'s count in its sentence, carried by another event
    of its own: a death told beside the victims', not a part of their count."""
    f0 = m.fatalities
    if f0 is None or f.span.start < f0.span.end or not partitive_of_attackers(after):
        return False
    return any(e is not m and e.fatalities is f for e in events)


def moments_later(t) -> bool:  # type: ignore[no-untyped-def]
    """ "later" of "minutes later", "moments later": the same engagement a short while on."""
    return t.lower_ == "later" and t.i > 0 and t.doc[t.i - 1].lower_ in _BRIEF


def incident_counts(counted: list, events: list, text: str, exact) -> list:  # type: ignore[no-untyped-def]
    """The events whose count may be the incident's, to which the attackers' dead are added: the violent ones given,
    and asserted crimes with an exact count of their own; none whose count is the attackers' own part ("one of the
    robbers died in a shootout"). Unchanged when no count is such a part."""
    part = [e for e in counted if partitive_of_attackers(text[e.fatalities.span.start:e.fatalities.span.start + 60])]
    if not part:
        return counted
    crimes = [e for e in events if e.outside == "crime" and e.modality == "asserted" and e not in counted
              and exact(e.fatalities) is not None]
    return [e for e in [*counted, *crimes] if e not in part]
