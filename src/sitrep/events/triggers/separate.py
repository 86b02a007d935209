"""Decides that a nominal trigger is an event of its own, not part of its clause's: in an "after/before/amid X"
phrase (:func:`sequenced`), or the subject of a verb of bringing about ("the shooting of three guards sparked
protests"; :func:`consequence_subject`). Evidence: the parse; cue list ``consequence_verbs`` of
data/event_sense_cues.tsv. Tests: tests/test_roles_attacker_forms.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue


SEQUENCE_PREPS = frozenset({"after", "before", "amid", "following", "despite"})


def sequenced(tok) -> bool:  # type: ignore[no-untyped-def]
    """A nominal trigger in an "after/before/amid X" phrase: a separate, related event."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in SEQUENCE_PREPS


# verbs whose subject is a deed that brought something else about ("the shooting sparked protests", "the bombing
# prompted an offensive", "the killing led to clashes"): the deed is told as done, an event of its own
CONSEQUENCE_VERBS = sense_cue("consequence_verbs")


def consequence_subject(tok) -> bool:  # type: ignore[no-untyped-def]
    """A nominal trigger that is the subject of a verb of bringing about ("The shooting of three guards sparked
    protests"): a separate event, told as done, not a part of what it caused."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in CONSEQUENCE_VERBS:
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("of", "by") for c in tok.children):
        return False  # "the shooting sparked protests": which shooting, of whom, is not told here
    verb = tok.head
    if verb.lemma_.lower() == "lead" and not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return False  # "the raid was led by X" / "the attack leads the news": no consequence
    return not any(c.dep_ in ("aux", "neg") and c.lower_ in ("could", "might", "may", "would", "will", "not", "n't")
                   for c in verb.children)  # "a shooting could spark unrest": no deed told
