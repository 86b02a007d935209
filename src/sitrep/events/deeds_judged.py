"""Deeds told again as the subject of a judgement: "the attacks showed the armed groups had no interest in peace",
"these killings prove that ...", "the bombings underlined ...". A definite plural deed noun ("the", "these",
"those") whose verb draws a lesson from it (cue ``judging_verbs``) points back to the deeds the report has told:
a retelling, no incident of its own (the singular "the strike showed" is :func:`modality.definite_reference`'s).
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["judged_deeds"]

_POINTING = frozenset({"the", "these", "those"})


def judged_deeds(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a definite plural noun, the subject of a verb of ``judging_verbs``."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in sense_cue("judging_verbs"):
        return False
    return any(c.dep_ == "det" and c.lower_ in _POINTING for c in tok.children)
