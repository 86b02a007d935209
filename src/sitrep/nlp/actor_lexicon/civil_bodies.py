"""Decides whether a country, capital or demonym leads a civil body's name ("Ethiopian Human Rights Commission",
"Nigerian Red Cross Society"), which is no government nor its forces (:class:`CivilBodies`, mixed into
:class:`sitrep.nlp.actor_lexicon.resolver.ActorResolver`; head words from data/civil_body_words.tsv).
"""
from __future__ import annotations

from typing import Any, Iterable, Optional, Sequence

from sitrep.nlp.actor_lexicon.matching import Match
from sitrep.nlp.actor_lexicon.units import Unit

_NAME_LINKS = frozenset({"of", "for", "on", "and", "the", "&"})  # "Commission on Human Rights"


class CivilBodies:
    """The civil bodies of :class:`sitrep.nlp.actor_lexicon.resolver.ActorResolver` (its word sets are built there)."""

    actors: dict[str, dict[str, Any]]
    civil_heads: frozenset[str]
    state_organ_words: frozenset[str]

    def civil_body_end(self, units: Sequence[Unit], pre: Match, stop: int, covered: Iterable[int] = ()) -> Optional[int]:
        """Where the name of a civil body led by ``pre`` (a country, capital or demonym) ends (a unit index), else None:
        the capitalised words that follow the prefix, joined by spaces and linking words ("of", "on"), before
        ``stop``, hold a head word of data/civil_body_words.tsv that no other match (``covered`` units) takes
        ("Ethiopian Human Rights Commission", "Kenya National Commission on Human Rights", "Nigerian Red Cross
        Society"), and no word that keeps it a state organ ("Libyan Presidential Council"). Such a body,
        independent or state-funded, is no government nor its forces."""
        if pre.what not in ("country", "capital", "demonym"):
            return None
        covered = covered if isinstance(covered, (set, frozenset)) else set(covered)
        head_at = None
        last = pre.j
        for k in range(pre.j, stop):
            u = units[k]
            if not u.joins_prev or not (u.raw[:1].isupper() or u.raw.lower() in _NAME_LINKS):
                break  # the name ends: "Ethiopian troops shelled the Church" is no body's name
            if u.key in self.state_organ_words:
                return None
            if u.raw[:1].isupper():
                last = k + 1
                if head_at is None and u.key in self.civil_heads and (
                        k not in covered or self._international_at(units, pre.j, stop, k)):
                    head_at = k
        return last if head_at is not None else None

    def _international_at(self, units: Sequence[Unit], start: int, stop: int, k: int) -> bool:
        """Unit ``k`` lies in a match of an international body's own alias among ``units[start:stop]`` (matched
        from ``start``): no other match takes it in :meth:`civil_body_end` (a country before "Red Cross" names its
        national society, "the Ukrainian Red Cross", not the ICRC; issue 16, branch actors5). The walk stops past
        ``k``: the matches that start after it cannot hold it, and those before it are found as the whole walk
        finds them."""
        return any(m.what == "actor" and self.actors[m.actor_id].get("type") == "international"
                   and start + m.i <= k < start + m.j for m in self.match_units(units[start:stop], until=k - start + 1))

    def names_civil_body(self, units: Sequence[Unit], matches: Sequence[Match], cut: int) -> bool:
        """Whether a phrase (up to unit ``cut``) opens with a country, capital or demonym that leads a civil body's
        name (``civil_body_end``)."""
        pre = next((m for m in matches if m.i < cut), None)
        if pre is None:
            return False
        covered = {k for m in matches if m is not pre for k in range(m.i, m.j)}
        return self.civil_body_end(units, pre, cut, covered) is not None
