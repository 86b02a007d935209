"""Weapons handed over are a change to the group, not ground ceded (branch subtypes15, mixed_reports9 w22).

"Hand over" is a word of ACLED's non-violent transfer of territory ("the rebels handed over the town"). Told of
arms ("former fighters handed over their rifles to the army", "the militia handed in its weapons"), it is a
disarmament: ACLED codes weapons handed over or surrendered by a group as a change to group/activity.
:func:`weapons_handed` reads "hand" with its particle "over" or "in" whose object (or passive subject) is a word of
the ontology's ``weapons_seized`` cue or of ``handed_arms`` (data/event_sense_cues.tsv: "arms", "launchers").
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child

__all__ = ["weapons_handed"]

_PARTICLES = frozenset({"over", "in"})


def weapons_handed(tok, onto) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is "hand over/in" with weapons as what is handed (module docstring)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "hand" or not any(
            c.dep_ == "prt" and c.lower_ in _PARTICLES for c in tok.children):
        return False
    obj = child(tok, "dobj", "nsubjpass")
    arms = onto.cue("weapons_seized") | sense_cue("handed_arms")
    return obj is not None and (obj.lemma_.lower() in arms or obj.lower_ in arms)
