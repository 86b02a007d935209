"""Decides which actor a phrase names ("regime forces", "Turkey's defence ministry"): its head, the last match before
a trailing prepositional phrase; none for a civil body or people of a nation; a group's branch its group's; the group
of its members; a formation's owner; a generic role's owner by its prefix; else a fuzzy match or an unseen name's id
(:class:`PhraseHead`, mixed into :class:`sitrep.nlp.actor_lexicon.resolver.ActorResolver`; the public
:meth:`PhraseHead.resolve`). Each step of :meth:`PhraseHead._resolve_head` asks the module that decides it.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Optional, Sequence

from sitrep.nlp.actor_lexicon.formation import _formation_of_whom
from sitrep.nlp.actor_lexicon.matching import Match
from sitrep.nlp.actor_lexicon.members import _group_before_members, _linked_group_members
from sitrep.nlp.actor_lexicon.opposition import _party_opposition
from sitrep.nlp.actor_lexicon.owner import prefix_owner
from sitrep.nlp.actor_lexicon.people import _people_after
from sitrep.nlp.actor_lexicon.units import Unit, to_units
from sitrep.nlp.actor_lexicon.unknown import unknown_id
from sitrep.nlp.actor_lexicon.words import PREPOSITIONS, _SPONSOR
from sitrep.nlp.force_organ import local_administration
from sitrep.nlp.group_branch import branch_owner


class PhraseHead:
    """The phrase reading of :class:`sitrep.nlp.actor_lexicon.resolver.ActorResolver`."""

    actors: dict[str, dict[str, Any]]

    # ------------------------------------------------------------------ public API
    def resolve(self, text: str, country_focus: Sequence[str] = (), when: Optional[_dt.date] = None,
                allow_unknown: bool = False) -> Optional[tuple[str, str]]:
        """Canonical ``(id, name)`` of an actor phrase ("regime forces", "Turkey's defence ministry").

        The head of the phrase decides: the last match before a trailing prepositional phrase
        ("a source at the foreign ministry" names no actor). Country names count as their
        government. ``allow_unknown`` gives an unseen proper name a stable ``unk:`` id.
        """
        units = to_units(text)
        if not units:
            return None
        matches = self.match_units(units)
        covered = set()
        for m in matches:
            covered.update(range(m.i, m.j))
        cut = _phrase_cut(units, covered)
        # "Russian-backed separatists": a name before -backed/-led is a sponsor, never the head
        head = [m for m in matches if m.j <= cut and not (
            m.j < len(units) and units[m.j - 1].hyphen_after and units[m.j].raw.lower() in _SPONSOR)]
        focus = list(country_focus)
        if self.names_civil_body(units, matches, cut):
            return (unknown_id(text), text.strip()) if allow_unknown else None
        owner = branch_owner(self, units, matches)
        if owner is not None:  # "the Islamic State's Somalia branch": the group's, not Somalia's (nlp/group_branch)
            return owner, self.actors[owner]["name"]
        if head:
            return self._resolve_head(text, units, matches, covered, head, cut, focus, when)
        aid = self.fuzzy(text)
        if aid:
            return aid, self.actors[aid]["name"]
        if allow_unknown and any(u.raw[:1].isupper() for u in units):
            uid = unknown_id(text)
            return uid, text.strip()
        return None

    def _resolve_head(self, text: str, units: Sequence[Unit], matches: Sequence[Match], covered: set[int],
                      head: list[Match], cut: int, focus: list[str],
                      when: Optional[_dt.date]) -> Optional[tuple[str, str]]:
        """The actor of a phrase by its head match (the last of ``head``): none for people of a nation ("Malian
        villagers"); the group of its members ("RSF fighters", "Islamic State-linked gunmen"); the formation the
        words before it name ("a Russian artillery unit"); a generic role's owner by its prefix ("Russian riot
        police"), none where an unknown prefix or a name owns it; a fuzzy match where part of the phrase is
        unmatched; else the match's own actor."""
        m = head[-1]
        if m.what in ("demonym", "country") and _people_after(units, m.j, cut, covered):
            return None  # "Malian villagers", "Nigerian traders": people of the nation, not its state
        named = _group_before_members(self, head) or _linked_group_members(self, units, matches, m)
        if named is not None:  # "RSF fighters", "al-Shabaab militants": the group's members are the group;
            return named, self.actors[named]["name"]  # "Islamic State-linked gunmen": the group's too
        if _party_opposition(units, covered, m, cut):
            return None  # "opposition supporters", "the opposition Chadema party": the political opposition
        if local_administration(units, covered, head):
            return None  # "the regional military administration": a town's or region's civil body (nlp/force_organ)
        if _formation_of_whom(units, covered, head):
            m = head[-2]  # "a Russian artillery unit", "a police patrol", "a UN patrol": a formation of whom
            # the words before it name
        if m.what == "phrase" and m.country is None and m.i > 0 \
                and not (m.target or "").startswith("id:"):
            owner = prefix_owner(units, matches, m)
            if owner == "":
                # "the Kazakh government": a prefix the dictionary does not know, not the focus country; "the
                # Lindqvist regime": a name that is no country's prefix (a person, a group) says whose it is,
                # never the focus
                return None
            if owner is not None:  # "Russian riot police": the demonym's, with a word between, not the focus's
                m = Match(m.i, m.j, m.what, m.actor_id, self.actors[owner]["country"], m.target, m.phrase,
                          m.prefix)
        if sum(h.j - h.i for h in head) < cut:  # part of the phrase is unmatched: a misspelt name?
            fid = self.fuzzy(text)
            if fid:
                return fid, self.actors[fid]["name"]
        aid, name = self.resolve_match(m, focus, when, agent=True)
        if aid:
            return aid, name
        return None


def _phrase_cut(units: Sequence[Unit], covered: set[int]) -> int:
    """Where the phrase's head part ends: at the first preposition no match covers, after the first unit ("a source
    at the foreign ministry" names no actor by "foreign ministry"); the whole phrase without one."""
    for k, u in enumerate(units):
        if k not in covered and u.raw.lower() in PREPOSITIONS and k > 0:
            return k
    return len(units)
