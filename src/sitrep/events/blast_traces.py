"""What is left of a blast, found after it: no disrupted weapons use (branch subtypes12).

"A civil defence team found the crater of a buried mine", "police later said pieces of a quadcopter were found",
"investigators recovered fragments of the bomb": the finding verb's object is a trace of a weapon that went off (cue
``blast_trace_nouns``: crater, fragment, piece, debris, remains, ...), named before the weapon in an "of" phrase.
The trigger layer reads "find +mine", "recover +bomb" as ACLED's disrupted weapons use (a cache found, a bomb made
safe); here nothing was disrupted: the weapon is the evidence of the deed told beside it.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["found_blast_trace"]


def found_blast_trace(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a verb of finding (cue ``finding_verbs``) whose object (or passive subject) is a blast's trace."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in sense_cue("finding_verbs"):
        return False
    traces = sense_cue("blast_trace_nouns")
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in traces for c in tok.children)
