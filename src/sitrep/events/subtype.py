"""Sub-type: the ACLED/PLOVER type of an event, refined by its weapon words and the kinds of its actors."""
from __future__ import annotations

from typing import Optional

from sitrep.events.ontology import Ontology, TypeDef
from sitrep.model import ActorRef


def refine(tdef: TypeDef, onto: Ontology, clause_lemmas: set[str], actor1_state: Optional[bool], actor2: Optional[ActorRef]) -> TypeDef:
    for cond, code in tdef.refine:
        ok = False
        if cond == "actor1_state":
            ok = actor1_state is True
        elif cond == "actor1_nonstate":
            ok = actor1_state is False
        elif cond == "instrument_air":
            ok = bool(clause_lemmas & onto.cue("instrument_air"))
        elif cond == "instrument_shelling":
            ok = bool(clause_lemmas & onto.cue("instrument_shelling"))
        elif cond == "actor2_civilian":
            ok = actor2 is not None and actor2.entity_id == "CIVILIANS"
        elif cond == "actor2_not_civilian":
            ok = actor2 is None or actor2.entity_id != "CIVILIANS"
        if ok:
            return onto.types[code]
    return tdef



def event_type(g, primary, onto: Ontology, clause_lemmas: set[str], actor1_state: Optional[bool],  # type: ignore[no-untyped-def]
               actor2: Optional[ActorRef], speech_acts: tuple[str, ...]) -> TypeDef:
    """The type of a clause's event: its primary trigger's, refined by weapon words and actors.

    A threat or denial keeps its own type (the embedded action only gives actor2)."""
    tdef = primary.tdef
    if g.embedded and tdef.plover in speech_acts:
        return tdef
    tdef = refine(tdef, onto, clause_lemmas, actor1_state, actor2)
    # a territorial trigger's refinement can also depend on the final actor
    return refine(tdef, onto, clause_lemmas, actor1_state, actor2) if tdef is not primary.tdef else tdef
