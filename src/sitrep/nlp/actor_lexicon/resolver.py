"""Decides what the actor dictionary holds: the canonical actors of data/actors.jsonl with their aliases, countries with
demonyms and capitals, leaders' names, the generic phrases of data/agent_phrases.tsv and every country's generic role
actors, read once into :class:`ActorResolver` (which mixes in the matcher, the entries, the fuzzy search, the civil
bodies and the phrase reading); :func:`get_resolver` gives the one instance of the process.
"""
from __future__ import annotations

import functools
import json
from typing import Any, Optional

from sitrep.nlp.actor_lexicon.civil_bodies import CivilBodies
from sitrep.nlp.actor_lexicon.entries import Entries
from sitrep.nlp.actor_lexicon.fuzzy import Fuzzy
from sitrep.nlp.actor_lexicon.match_actor import MatchActor
from sitrep.nlp.actor_lexicon.matching import Matching, _prefixes
from sitrep.nlp.actor_lexicon.phrase_head import PhraseHead
from sitrep.nlp.actor_lexicon.stretch import _bracket_offsets, _joined_as
from sitrep.nlp.actor_lexicon.units import fold_word, to_units, unit_keys
from sitrep.nlp.actor_lexicon.words import _read_tsv
from sitrep.resources import data_path


class ActorResolver(Matching, Fuzzy, Entries, CivilBodies, MatchActor, PhraseHead):
    """Canonical actors: the dictionary, generic roles, and the matcher over folded units.

    Use :func:`get_resolver` to get the one instance of the process.
    """

    def __init__(self) -> None:
        self.actors: dict[str, dict[str, Any]] = {}
        self.by_country_role: dict[tuple[str, str], list[str]] = {}
        self.iso2_to_iso3: dict[str, str] = {}
        self.country_name: dict[str, str] = {}
        self.roles: dict[str, dict[str, str]] = {r["role"]: r for r in _read_tsv("actor_roles.tsv")}
        self.phrases: dict[tuple[str, ...], dict[str, str]] = {}
        self.org_words = {fold_word(r["word"]) for r in _read_tsv("org_words.tsv")}
        civil = _read_tsv("civil_body_words.tsv")
        self.civil_heads = frozenset(fold_word(r["word"]) for r in civil if r["kind"] == "head")
        self.state_organ_words = frozenset(fold_word(r["word"]) for r in civil if r["kind"] == "state")
        # alias trie: key tuple -> list of (raw words, kind, actor id)
        self.aliases: dict[tuple[str, ...], list[tuple[tuple[str, ...], str, str]]] = {}
        self.max_len = 1
        self.bracketed: dict[tuple[str, ...], tuple[int, ...]] = {}  # key of an alias with a bracket -> where
        # key of an alias with a possessive inside ("New People's Army", "Lord's Resistance Army") -> which of its
        # inner units carry one (a text's inner possessive matches only an alias that has it there)
        self.inner_possessive: dict[tuple[str, ...], set[tuple[bool, ...]]] = {}
        self.first_len: dict[str, int] = {}  # first unit of an alias -> longest alias starting with it
        self.phrase_first_len: dict[str, int] = {}
        self.leader_prefix: dict[tuple[str, ...], str] = {}  # key -> ISO2 (heads of state/government)
        self._load()
        self._complete()
        self._leader_first = {k[0] for k in self.leader_prefix}  # first units of leaders' names (see _match_at)
        # every beginning of an alias's, a phrase's and a leader's key: the walks of _alias_at, _phrase_at and
        # _match_at lengthen a key one unit at a time while it begins one, instead of trying every length
        self._alias_prefixes = _prefixes(self.aliases)
        self._phrase_prefixes = _prefixes(self.phrases)
        self._leader_prefixes = _prefixes(self.leader_prefix)
        self._fuzzy_keys = list({" ".join(k): None for k in self.aliases if len(" ".join(k)) >= 6})
        self._fuzzy_memo: dict[tuple[str, float], Optional[str]] = {}  # one article's answers (forget_article)
        # the same keys sorted by length (of one length, in the list's order), each with its place in the list, and
        # where each length begins in them (fuzzy: the keys of a range of lengths are one slice)
        order = sorted(range(len(self._fuzzy_keys)), key=lambda k: len(self._fuzzy_keys[k]))
        self._fuzzy_sorted = [self._fuzzy_keys[k] for k in order]
        self._fuzzy_places = order
        self._fuzzy_lens = [len(key) for key in self._fuzzy_sorted]

    # ------------------------------------------------------------------ loading
    def _add_alias(self, text: str, kind: str, actor_id: str) -> None:
        units = to_units(text)
        if not units:
            return
        key = tuple(u.key for u in units)
        raw = tuple(u.raw for u in units)
        brackets = _bracket_offsets(units)
        if brackets and _joined_as(units, 0, len(units), brackets):
            self.bracketed[key] = brackets  # "CPI (Maoist)": matched in a text only with its bracket
        inner = tuple(u.possessive for u in units[:-1])
        if any(inner):
            self.inner_possessive.setdefault(key, set()).add(inner)
        self.first_len[key[0]] = max(self.first_len.get(key[0], 0), len(key))
        lst = self.aliases.setdefault(key, [])
        if (raw, kind, actor_id) not in lst:
            lst.append((raw, kind, actor_id))
        self.max_len = max(self.max_len, len(key))

    def _load(self) -> None:
        with open(data_path("actors.jsonl"), encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                d = json.loads(line)
                self.actors[d["id"]] = d
        for d in self.actors.values():
            aid = d["id"]
            if d["type"] == "country":
                iso2 = d["country"]
                self.iso2_to_iso3[iso2] = aid
                self.country_name[iso2] = d["name"]
                for n in [d["name"], *d.get("aliases", [])]:
                    self._add_alias(n, "country", aid)
                for n in d.get("demonyms", []):
                    self._add_alias(n, "demonym", aid)
                caps = d.get("capital") or []
                for cap in [caps] if isinstance(caps, str) else caps:
                    self._add_alias(cap, "capital", aid)
                continue
            for n in [d["name"], *d.get("aliases", [])]:
                self._add_alias(n, "actor", aid)
            if d.get("country") and d.get("role"):
                self.by_country_role.setdefault((d["country"], d["role"]), []).append(aid)
            if d["type"] == "person" and d.get("role") in ("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT") and d.get("country"):
                for n in [d["name"], *d.get("aliases", [])]:
                    units = to_units(n)
                    if units:
                        self.leader_prefix[tuple(u.key for u in units)] = d["country"]
        for r in _read_tsv("agent_phrases.tsv"):
            key = unit_keys(r["phrase"])
            if key:
                self.phrases[key] = r
                self.phrase_first_len[key[0]] = max(self.phrase_first_len.get(key[0], 0), len(key))
        self.max_len = max(self.max_len, max(len(k) for k in self.phrases))

    def _complete(self) -> None:
        """Every ISO country's code and name, and its generic role actors (data/actor_roles.tsv), made here once:
        made on first use instead, an article's answer hung on what the process read before it (``actors.get(
        "PER_MIL")`` was None until some earlier article had named Peru's army, so "the government said it would
        send soldiers" stayed the government's in one run and was its forces' in another)."""
        try:
            import pycountry

            isos = [c.alpha_2 for c in pycountry.countries]
        except ImportError:  # pragma: no cover - pycountry is a dependency
            isos = []
        for iso2 in isos:
            self.country_iso3(iso2)
        for iso2 in list(self.iso2_to_iso3):
            for role in self.roles:
                self._synth(iso2, role)


@functools.lru_cache(maxsize=1)
def get_resolver() -> ActorResolver:
    """The process-wide :class:`ActorResolver` (loaded once)."""
    return ActorResolver()
