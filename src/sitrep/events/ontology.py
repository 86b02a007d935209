"""The event ontology: ACLED types and sub-types plus PLOVER codes, read from ``data/ontology.json``.

Each type has a definition, a source, and the trigger words that signal it.
A trigger is a head lemma, optionally with required dependents: ``"take +control"``
means a token with lemma ``take`` that has ``control`` among its children or
grandchildren in the dependency parse. Plain multi-word strings are shorthand:
for verbs the head is the first word (``"set up"``), for nouns the last
(``"air raid"`` = ``"raid +air"``). ``"find +@weapons_found"`` stands for one trigger per lemma of the cue
list ``weapons_found`` (``"find +cache"``, ``"find +rifle"``, ...).
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import Optional

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.resources import data_path


@dataclass(frozen=True)
class TypeDef:
    """One entry of the ontology."""

    code: str
    event_type: str
    sub_event_type: Optional[str]
    plover: Optional[str]
    priority: int
    definition: str
    source: str
    refine: tuple[tuple[str, str], ...] = ()  # (condition, code) tried in order
    own_place_only: bool = False  # placed by its own sentence only (a call, a threat), never by the article
    outside: Optional[str] = None  # not an ACLED event: "natural_disaster", "man_made_disaster" or "crime" (kept apart)


@dataclass(frozen=True)
class TriggerPattern:
    head: str  # lemma, lower case
    deps: tuple[str, ...]  # lemmas that must appear among the head's children or grandchildren
    pos: str  # "VERB" or "NOUN"
    tdef: TypeDef

    @property
    def rank(self) -> tuple[int, int]:
        """More required dependents first, then the type's priority."""
        return (len(self.deps), self.tdef.priority)


@dataclass
class Ontology:
    types: dict[str, TypeDef]
    by_head: dict[tuple[str, str], list[TriggerPattern]]
    cues: dict[str, frozenset[str]] = field(default_factory=dict)

    def patterns(self, lemma: str, pos: str) -> list[TriggerPattern]:
        """Trigger patterns whose head is ``lemma`` for a token of coarse POS ``pos`` (VERB or NOUN)."""
        return self.by_head.get((lemma, pos), [])

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())

    def violent_noun(self, lemma: str, bare: bool = False) -> bool:
        """``lemma`` heads a noun trigger of a violent ACLED type ("attack", "bombing"); ``bare``: one needing no
        other word ("strike" alone, not only "air +strike")."""
        return any(p.tdef.event_type in VIOLENT_EVENT_TYPES and not (bare and p.deps)
                   for p in self.patterns(lemma, "NOUN"))


def _parse_trigger(text: str, pos: str) -> tuple[str, tuple[str, ...]]:
    text = text.strip().lower()
    if "+" in text:
        parts = [p.strip() for p in text.split("+")]
        return parts[0], tuple(p for p in parts[1:] if p)
    words = text.split()
    if len(words) == 1:
        return words[0], ()
    if pos == "NOUN":
        return words[-1], tuple(words[:-1])
    return words[0], tuple(words[1:])


def _expand(trig: str, cues: dict[str, frozenset[str]]) -> list[str]:
    """ "find +@weapons_found": one trigger per lemma of the cue list ``weapons_found`` ("find +cache", ...)."""
    if "+@" not in trig:
        return [trig]
    parts = [p.strip() for p in trig.split("+")]
    out = [parts[0]]
    for p in parts[1:]:
        if p.startswith("@"):
            if p[1:] not in cues:
                raise ValueError(f"ontology: trigger {trig!r} names unknown cue list {p[1:]!r}")
            out = [f"{o} +{w}" for o in out for w in sorted(cues[p[1:]])]
        else:
            out = [f"{o} +{p}" for o in out]
    return out


def parse_ontology(data: dict) -> Ontology:
    """Build an :class:`Ontology` from the JSON structure of ``data/ontology.json``."""
    types: dict[str, TypeDef] = {}
    by_head: dict[tuple[str, str], list[TriggerPattern]] = {}
    cues = {k: frozenset(x.lower() for x in v["lemmas"]) for k, v in data.get("cues", {}).items()}
    for t in data["types"]:
        tdef = TypeDef(
            code=t["code"],
            event_type=t["event_type"],
            sub_event_type=t.get("sub_event_type"),
            plover=t.get("plover"),
            priority=int(t.get("priority", 50)),
            definition=t["definition"],
            source=t["source"],
            refine=tuple((r["when"], r["code"]) for r in t.get("refine", [])),
            own_place_only=bool(t.get("own_place_only", False)),
            outside=t.get("outside"),
        )
        types[tdef.code] = tdef
        for pos, key in (("VERB", "verbs"), ("NOUN", "nouns")):
            for trig in (x for tr in t.get(key, []) for x in _expand(tr, cues)):
                head, deps = _parse_trigger(trig, pos)
                by_head.setdefault((head, pos), []).append(TriggerPattern(head, deps, pos, tdef))
    for pats in by_head.values():
        pats.sort(key=lambda p: p.rank, reverse=True)
    for tdef in types.values():
        for _, code in tdef.refine:
            if code not in types:
                raise ValueError(f"ontology: {tdef.code} refines to unknown code {code!r}")
    return Ontology(types=types, by_head=by_head, cues=cues)


@functools.lru_cache(maxsize=4)
def load_ontology(name: str = "ontology.json") -> Ontology:
    """Load (once) the ontology data file under ``data/``."""
    with open(data_path(name), encoding="utf-8") as f:
        return parse_ontology(json.load(f))
