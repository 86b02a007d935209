"""No decision: :class:`Trigger` (a word in its event sense, with the pattern it matched) and :class:`Group` (the
triggers of one clause, one event), with :func:`shots_fired`, which :meth:`Group.primary` reads ("fired at X" joins
the deed of the clause it hangs on, like a generic "killed").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sitrep.events.attack_phrases import FIRE_PREPS
from sitrep.events.ontology import Ontology, TriggerPattern, TypeDef


@dataclass
class Trigger:
    tok: Any  # spaCy Token (the head of the trigger)
    pattern: TriggerPattern
    dep_toks: list = field(default_factory=list)

    @property
    def tdef(self) -> TypeDef:
        return self.pattern.tdef


@dataclass
class Group:
    """The triggers of one clause (one event)."""

    head: Any  # the clause's head token
    triggers: list[Trigger]
    embedded: list["Group"] = field(default_factory=list)  # actions inside a threat/denial

    def primary(self, onto: Ontology) -> Trigger:
        kill = onto.cue("kill_lemmas")
        # a request verb governs what it asks for: "called for a ceasefire" is a request, not an agreement
        return max(self.triggers, key=lambda t: (t.tok.lemma_.lower() not in kill and not shots_fired(t),
                                                 t.tdef.plover == "REQUEST" and t.tok.pos_ == "VERB",
                                                 t.pattern.rank[1], len(t.pattern.deps), t.tok.pos_ == "VERB"))

    def heads(self) -> list:
        hs = [self.head] + [t.tok for t in self.triggers]
        for e in self.embedded:
            hs.extend(e.heads())
        return hs


def shots_fired(t: Trigger) -> bool:
    """ "fired at/on X": shots that, like a generic "killed", join the deed of the clause they hang on ("police
    shot a man after he fired at officers")."""
    return t.pattern.head == "fire" and bool(t.pattern.deps) and t.pattern.deps[0] in FIRE_PREPS
