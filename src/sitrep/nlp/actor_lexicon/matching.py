"""Decides which stretches of units name an actor: the longest non-overlapping matches of the dictionary's aliases,
of a country, demonym, capital or leader's name before a generic phrase ("Turkish soldiers", "Assad's forces"), and
of the generic phrases of data/agent_phrases.tsv (:class:`Matching`, mixed into
:class:`sitrep.nlp.actor_lexicon.resolver.ActorResolver`; :class:`Match`, one stretch). The walk is linear in the
length of the text: a key is lengthened one unit at a time while it begins a key of the table (:func:`_keys_at`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Sequence

from sitrep.nlp.actor_lexicon.letter_case import _case_ok, _exact
from sitrep.nlp.actor_lexicon.other_place import _hyphen_name_tail, _names_other_place
from sitrep.nlp.actor_lexicon.stretch import _joined, _joined_as
from sitrep.nlp.actor_lexicon.units import Unit
from sitrep.nlp.actor_lexicon.words import LEADER_ROLES


@dataclass
class Match:
    """A stretch of units naming an actor (or a country / capital / demonym used as a prefix)."""

    i: int  # first unit
    j: int  # one past the last unit
    what: str  # "actor", "country", "capital", "demonym", "phrase"
    actor_id: Optional[str] = None  # for "actor"/"country"/"capital"/"demonym": the dictionary id
    country: Optional[str] = None  # ISO2 for prefixed roles
    target: Optional[str] = None  # phrase target ("MIL", "id:SOHR", "ANTECEDENT:MINISTRY")
    phrase: Optional[dict[str, str]] = None
    prefix: Optional["Match"] = None


class Matching:
    """The matcher of :class:`sitrep.nlp.actor_lexicon.resolver.ActorResolver` (its tables are built there)."""

    aliases: dict[tuple[str, ...], list[tuple[tuple[str, ...], str, str]]]
    bracketed: dict[tuple[str, ...], tuple[int, ...]]
    inner_possessive: dict[tuple[str, ...], set[tuple[bool, ...]]]
    first_len: dict[str, int]
    phrase_first_len: dict[str, int]
    phrases: dict[tuple[str, ...], dict[str, str]]
    leader_prefix: dict[tuple[str, ...], str]
    actors: dict[str, dict[str, Any]]
    _leader_first: set[str]
    _alias_prefixes: frozenset[tuple[str, ...]]
    _phrase_prefixes: frozenset[tuple[str, ...]]
    _leader_prefixes: frozenset[tuple[str, ...]]

    def match_units(self, units: Sequence[Unit], until: Optional[int] = None) -> list[Match]:
        """Longest non-overlapping matches of aliases, prefixed roles and generic phrases (only those that start
        before unit ``until`` where given: the same as the whole walk's, which goes left to right)."""
        out: list[Match] = []
        i, n = 0, len(units)
        if until is not None:
            n = min(n, until)
        while i < n:
            m = self._match_at(units, i)
            if m is None:
                i += 1
                continue
            out.append(m)
            i = m.j
        return out

    def _alias_keys(self, units: Sequence[Unit], i: int) -> list[tuple[int, tuple[str, ...]]]:
        """The lengths and keys of the aliases the units from ``i`` spell, longest first (whatever else decides)."""
        return _keys_at(units, i, self._alias_prefixes, self.aliases, self.first_len.get(units[i].key, 0))

    def _alias_at(self, units: Sequence[Unit], i: int, kinds: Optional[set[str]] = None,
                  keys: Optional[list[tuple[int, tuple[str, ...]]]] = None) -> Optional[Match]:
        for ln, key in self._alias_keys(units, i) if keys is None else keys:
            cands = self.aliases[key]
            brackets = self.bracketed.get(key)
            if not (_joined(units, i, i + ln) if brackets is None
                    else _joined(units, i, i + ln) or _joined_as(units, i, i + ln, brackets)):
                continue
            # a possessive may only end the alias ("Turkey's"), and no unit inside may carry one unless the alias
            # has it there ("New People's Army")
            inner = tuple(u.possessive for u in units[i : i + ln - 1])
            if any(inner) and (inner not in self.inner_possessive.get(key, ())
                               or (i > 0 and units[i].joins_prev and units[i - 1].raw[:1].isupper())):
                continue  # ... nor when a capitalised word joins it in front: the tail of a longer name ("Sudan
                # People's Liberation Army", "Uganda People's Defence Force" are not China's army nor Myanmar's PDF)
            for raw, kind, aid in cands:
                if kinds is not None and kind not in kinds:
                    continue
                if not _case_ok(raw, units[i : i + ln]):
                    continue
                # place names and short one-word aliases must match letter for letter ("Read" is not Riyadh)
                if (kind != "actor" or (ln == 1 and len(raw[0]) <= 4)) and not _exact(raw, units[i : i + ln]):
                    continue
                return Match(i, i + ln, kind, actor_id=aid)
        return None

    def _phrase_at(self, units: Sequence[Unit], i: int) -> Optional[tuple[int, dict[str, str]]]:
        for ln, key in _keys_at(units, i, self._phrase_prefixes, self.phrases, self.phrase_first_len.get(units[i].key, 0)):
            ph = self.phrases[key]
            if _joined(units, i, i + ln) and not any(u.possessive for u in units[i : i + ln - 1]):
                return i + ln, ph
        return None

    def _match_at(self, units: Sequence[Unit], i: int) -> Optional[Match]:
        # most words begin no alias, leader's name or phrase: say so at once (the walks below build key tuples)
        k = units[i].key
        if k not in self.first_len and k not in self.phrase_first_len and k not in self._leader_first:
            return None
        keys = self._alias_keys(units, i)
        alias = self._alias_at(units, i, keys=keys) if keys else None
        if alias is not None and alias.what == "country" and alias.j < len(units) and units[alias.j].joins_prev \
                and _names_other_place(units, alias.j):
            return None  # "Niger State", "Benin City", "the Niger Delta", "Jordan Valley": another place
        if alias is not None and alias.what == "country" and _hyphen_name_tail(units, i):
            return None
        best: Optional[Match] = alias
        # a country, demonym or leader prefix followed by a generic phrase: "Turkish soldiers", "Assad's forces"
        prefix_country: Optional[str] = None
        pj = i
        pre = self._alias_at(units, i, {"country", "demonym", "capital"}, keys) if keys else None
        if pre is not None:
            prefix_country = self.actors[pre.actor_id]["country"]  # type: ignore[index]
            pj = pre.j
        elif k in self._leader_first:
            for ln, key in _keys_at(units, i, self._leader_prefixes, self.leader_prefix, 4):
                prefix_country, pj = self.leader_prefix[key], i + ln
                break
        if prefix_country is not None and pj < len(units) and units[pj].joins_prev:
            ph = self._phrase_at(units, pj)
            if ph is not None:
                j, row = ph
                is_leader = pre is None
                if not is_leader or row["target"] in LEADER_ROLES:
                    if best is None or j > best.j:
                        best = Match(i, j, "phrase", country=prefix_country, target=row["target"], phrase=row,
                                     prefix=pre)
        ph = self._phrase_at(units, i)
        if ph is not None and (best is None or ph[0] > best.j):
            j, row = ph
            best = Match(i, j, "phrase", target=row["target"], phrase=row)
        return best


def _prefixes(table: Any) -> frozenset[tuple[str, ...]]:
    """Every beginning (one unit or more) of the keys of ``table``, the keys included."""
    return frozenset(key[:k] for key in table for k in range(1, len(key) + 1))


def _keys_at(units: Sequence[Unit], i: int, prefixes: frozenset[tuple[str, ...]], table: Any,
             most: int) -> list[tuple[int, tuple[str, ...]]]:
    """The keys of ``table`` (non-empty values only) that the units from ``i`` spell, at most ``most`` units long,
    each with its length, longest first: the key is lengthened one unit at a time while it begins a key of the
    table (``prefixes``), so a word that begins none costs one set test."""
    found: list[tuple[int, tuple[str, ...]]] = []
    end = min(len(units), i + most)
    key: tuple[str, ...] = ()
    for k in range(i, end):
        key = key + (units[k].key,)
        if key not in prefixes:
            break
        if table.get(key):
            found.append((k - i + 1, key))
    found.reverse()
    return found
