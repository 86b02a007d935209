"""A victim of a violent deed named only by kin or by a civic role is a civilian (issue 16).

"A boy was killed and his younger brother wounded when a sniper opened fire on them", "families spent Tuesday
burying relatives killed when a military aircraft bombed the market", "gunmen shot dead a community leader": the
actor finder reads a relation noun (data/relation_nouns.tsv: "her ex-boyfriend stabbed her") or an agent head
(ontology cue ``agent_heads``: "leader") as an actor of its own words, and the event's target became "younger
brother", "relatives" or "community leader". ACLED codes such a victim as Civilians (<country>), as
:func:`victim_nouns.person_patient` already does for "two reporters" or "a taxi driver" (the figure lexicon's person
nouns of kind ``people``; rank nouns keep their words).

:func:`kin_civilians` gives that reading to the target of a violent event where the finder made an actor of the
phrase's own words (an ``x:`` id) and nothing in the phrase names a side: no proper noun, no named entity, no other
word that names an acting group ("a militia leader", "a rebel commander", "police officer" keep their words).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.roles import CIVILIANS, ActorFinder, lemma, np_tokens
from sitrep.events.victim_nouns import person_patient
from sitrep.model import ActorRef

__all__ = ["kin_civilians"]

_SIDE_ENTS = frozenset({"NORP", "ORG", "GPE", "PERSON", "FAC", "LOC"})


def _names_a_side(tok, toks) -> bool:  # type: ignore[no-untyped-def]
    from sitrep.events.ontology import load_ontology

    onto = load_ontology()
    group_words = onto.cue("agent_heads") | onto.cue("nonstate_words")
    return any(t.pos_ == "PROPN" or t.ent_type_ in _SIDE_ENTS or (t.i != tok.i and lemma(t) in group_words)
               for t in toks)


def kin_civilians(cand, ref: Optional[ActorRef], aid: str,  # type: ignore[no-untyped-def]
                  finder: Optional[ActorFinder]) -> Optional[ActorRef]:
    """Civilians for a violent deed's target ``cand`` named by kin or a civic role (module docstring), else ``ref``."""
    if cand is None or ref is None or not ref.entity_id.startswith("x:") or _names_a_side(cand, np_tokens(cand)):
        return ref
    civ = person_patient(cand, aid, finder)
    return civ if civ is not None and civ.entity_id == CIVILIANS.entity_id else ref
