"""Decides the canonical actor of one match: an alias's own actor, a country's government, a generic phrase's role
actor of its prefix's country or the story's focus, none where a phrase row does not hold in the article
(``only_in``/``not_in``) or the country has no army (:class:`MatchActor`, mixed into
:class:`sitrep.nlp.actor_lexicon.resolver.ActorResolver`).
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Optional, Sequence

from sitrep.nlp.actor_lexicon.matching import Match


class MatchActor:
    """The actor of a match for :class:`sitrep.nlp.actor_lexicon.resolver.ActorResolver`."""

    actors: dict[str, dict[str, Any]]

    def resolve_match(self, m: Match, focus: Sequence[str], when: Optional[_dt.date] = None,
                      agent: bool = True) -> tuple[Optional[str], Optional[str]]:
        """The canonical actor of a match; ``agent`` says a country/capital name is used as an actor."""
        if m.what == "actor":
            return m.actor_id, self.actors[m.actor_id]["name"]
        if m.what in ("country", "capital", "demonym"):
            d = self.actors[m.actor_id]
            if agent:
                return self.role_actor(d["country"], "GOV", when)
            return (m.actor_id, d["name"]) if m.what == "country" else (None, None)
        row = m.phrase or {}
        target = m.target or ""
        if not self._applies(row, m.country, focus):
            target = (row.get("elsewhere") or "").strip()  # "militants" where they are not Islamist: unidentified
            if not target:
                return None, None
        if target.startswith("id:"):
            aid = target[3:]
            return aid, self.actors[aid]["name"]
        if target.startswith("ANTECEDENT:"):
            return None, None  # decided by the caller, who knows the earlier mentions
        country = m.country
        if country is None:
            if row.get("needs_country") == "yes" or not focus or getattr(focus, "tied", False):
                return None, None  # (a tie at the top of the focus: whose it is would be a guess)
            country = focus[0]
        if target == "MIL" and not self.has_bare_army(country):
            return None, None  # "Palestinian forces", "the army" in a Gaza report: no state army of that country
        return self.role_actor(country, target, when)

    @staticmethod
    def _applies(row: dict[str, str], country: Optional[str], focus: Sequence[str]) -> bool:
        """Whether a phrase row holds in the article: ``only_in`` lists the countries (ISO2) of the story's focus where
        it does; ``not_in`` those where it does not, judged on the phrase's own country ("Indian militants") else
        the focus."""
        only_in = [c for c in (row.get("only_in") or "").split(",") if c]
        if only_in and not any(c in focus[:2] for c in only_in):
            return False
        not_in = [c for c in (row.get("not_in") or "").split(",") if c]
        return not (not_in and any(c in ([country] if country else focus[:1]) for c in not_in))
