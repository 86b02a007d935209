"""What one refine call reads (:class:`_Clause`) and who counts as armed (:func:`_armed`); no decision of its own."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from sitrep.events.ontology import Ontology, TypeDef
from sitrep.model import ActorRef


_CIVILIAN_IDS = frozenset({"CIVILIANS"})


def _armed(kind: Optional[bool], ref: Optional[ActorRef]) -> bool:
    """A side known to be armed: state forces or a non-state armed group (not civilians)."""
    return ref is not None and ref.entity_id not in _CIVILIAN_IDS and kind is not None


@dataclass(frozen=True)
class _Clause:
    """What one refine call reads: the clause, its sentence, its actors and trigger (see :func:`refine`)."""
    tdef: TypeDef
    onto: Ontology
    clause_lemmas: set[str]
    actor1_state: Optional[bool]
    actor2: Optional[ActorRef]
    trigger_lemma: str
    actor2_state: Optional[bool]
    actor1: Optional[ActorRef]
    target_lemmas: frozenset[str]
    sentence_lemmas: frozenset[str]
    blockade: bool
    scene_lemmas: frozenset[str]
    unarmed: bool
    crowd_violence: bool
    doer_protesters: bool
    marks: frozenset[str]
    absent: frozenset[str]
    speakers: frozenset[str]

    @property
    def personal(self) -> bool:
        """A trigger of violence by hand or small arms (shooting, stabbing, beating: cue ``personal_violence``)."""
        return self.trigger_lemma in self.onto.cue("personal_violence")

    @property
    def sent(self) -> frozenset[str]:
        """The sentence's lemmas, or the clause's where the sentence was not read."""
        return self.sentence_lemmas or frozenset(self.clause_lemmas)

    def heavy(self) -> frozenset[str]:
        """Words of a heavy weapon, an aircraft or a bomb."""
        o = self.onto
        return o.cue("instrument_shelling") | o.cue("instrument_air") | o.cue("named_explosives")
