"""Decides which dictionary entry an id or a country's role is: an entry of data/actors.jsonl, an unseen name's, or a
generic role actor ``{ISO3}_{role}`` made once from data/actor_roles.tsv (``SYR_MIL``); among holders of a role, the
one in office at a date; and whether a country has an army a generic phrase may name (:class:`Entries`, mixed into
:class:`sitrep.nlp.actor_lexicon.resolver.ActorResolver`).
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Optional

from sitrep.nlp.actor_lexicon.words import UNK_PREFIX


class Entries:
    """The entries of :class:`sitrep.nlp.actor_lexicon.resolver.ActorResolver` (its tables are built there)."""

    actors: dict[str, dict[str, Any]]
    by_country_role: dict[tuple[str, str], list[str]]
    iso2_to_iso3: dict[str, str]
    country_name: dict[str, str]
    roles: dict[str, dict[str, str]]

    def get(self, actor_id: str) -> dict[str, Any]:
        """The dictionary entry of ``actor_id`` (generic roles and unseen names are synthesised)."""
        if actor_id in self.actors:
            return self.actors[actor_id]
        if actor_id.startswith(UNK_PREFIX):
            return {"id": actor_id, "name": actor_id[len(UNK_PREFIX):].replace("-", " "), "aliases": [],
                    "type": "unknown", "inter": None, "country": None, "parent": None, "source": "unseen name"}
        iso3, _, role = actor_id.partition("_")
        iso2 = next((k for k, v in self.iso2_to_iso3.items() if v == iso3), None)
        if iso2 and role in self.roles:
            self._synth(iso2, role)
            return self.actors[actor_id]
        raise KeyError(actor_id)

    def country_iso3(self, iso2: str) -> Optional[str]:
        if iso2 in self.iso2_to_iso3:
            return self.iso2_to_iso3[iso2]
        try:
            import pycountry

            c = pycountry.countries.get(alpha_2=iso2)
        except (ImportError, LookupError, KeyError):  # pragma: no cover
            c = None
        if c is None:
            return None
        self.iso2_to_iso3[iso2] = c.alpha_3
        self.country_name[iso2] = getattr(c, "common_name", None) or c.name
        return c.alpha_3

    def role_actor(self, iso2: str, role: str, when: Optional[_dt.date] = None) -> tuple[Optional[str], Optional[str]]:
        """The actor of ``role`` for country ``iso2`` (a dictionary entry, or a synthesised one)."""
        ids = self.by_country_role.get((iso2, role), [])
        if ids:
            aid = self._pick_in_office(ids, when)
            if aid:
                return aid, self.actors[aid]["name"]
        aid = self._synth(iso2, role, when)
        return (aid, self.actors[aid]["name"]) if aid else (None, None)

    def _synth(self, iso2: str, role: str, when: Optional[_dt.date] = None) -> Optional[str]:
        """Create (once) the generic actor ``{ISO3}_{role}`` from data/actor_roles.tsv."""
        iso3 = self.country_iso3(iso2)
        spec = self.roles.get(role)
        if not iso3 or not spec:
            return None
        aid = f"{iso3}_{role}"
        if aid not in self.actors:
            parent = None
            if spec["parent_role"]:
                parent = self.role_actor(iso2, spec["parent_role"], when)[0]
            self.actors[aid] = {
                "id": aid, "name": spec["name_template"].format(country=self.country_name.get(iso2, iso2)),
                "aliases": [], "type": spec["type"], "inter": int(spec["inter"]) if spec["inter"] else None,
                "country": iso2, "parent": parent, "role": role, "source": "data/actor_roles.tsv: " + spec["source"],
            }
        return aid

    def _pick_in_office(self, ids: list[str], when: Optional[_dt.date]) -> Optional[str]:
        """Among actors holding a role, the one in office at ``when`` (persons carry a ``term``)."""
        if len(ids) == 1 and not self.actors[ids[0]].get("term"):
            return ids[0]
        best: Optional[str] = None
        best_start = ""
        for aid in ids:
            term = self.actors[aid].get("term") or [None, None]
            start, end = term[0] or "0000", term[1]
            if when is not None:
                w = when.isoformat()
                if start <= w and (end is None or w < end):
                    return aid
            elif end is None and start >= best_start:
                best, best_start = aid, start
        return best

    def has_bare_army(self, iso2: str) -> bool:
        """Whether a generic phrase of armed forces ("the army", "Ruritanian troops") may name the military forces of
        ``iso2``: not where the country's entry says ``"bare_army": false`` (a state without an army of its own, whose
        armed men in the news are armed groups: Palestine); its forces named by their own alias still resolve."""
        entry = self.actors.get(self.iso2_to_iso3.get(iso2, ""), {})
        return bool(entry.get("bare_army", True))
