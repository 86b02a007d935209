"""A participle set off by a comma tells what the subject did besides, not what a verb of stopping stopped (issue 11,
modality).

"Farmers blocked the main roundabouts for most of the day, protesting against cheap imports": "block" is one of
the verbs that say the deed they govern did not happen (ontology cue ``negating_verbs``: "blocked the march",
"failed to reach a deal"), and the parse hangs "protesting" under it, so the protest was read as denied. A present
participle that is an adverbial clause of the verb, after a comma, with no preposition or "to" of its own
("from protesting", "to protest") is the subject's own doing at the same time: the farmers blocked the roads and
protested. :func:`accompanying_participle` tells it, so the modality rules read the verb of stopping as no
negation of it, as they already do for a purpose infinitive ("blocked roads to protest the tax").
"""
from __future__ import annotations

__all__ = ["accompanying_participle"]


def accompanying_participle(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a present participle clause of its head verb, set off by a comma (module docstring)."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i <= tok.head.i:
        return False
    if any(c.dep_ in ("aux", "mark") for c in tok.children):
        return False  # "to protest", "while protesting", "after protesting": a purpose or a time of its own
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.text == ","
