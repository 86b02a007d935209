"""A protest told by a participle on the people force met ("opened fire on a crowd of traders protesting at a
checkpoint", "police dispersed students demonstrating outside the ministry"): the protest is going on when the force
is used, so it is the incident the sentence tells, not who those people are (ACLED: force on protesters is the event,
Excessive force against protesters or Protest with intervention); the force's subject is its doer, the crowd its
target."""
from __future__ import annotations

from typing import Optional

from sitrep.events.cues import sense_cue

_PROTEST_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "picket"})
_CLIMB = frozenset({"pobj", "prep", "dobj", "nsubjpass"})


def force_meeting(participle):  # type: ignore[no-untyped-def]
    """The verb of force ("fired on", "opened fire on", "dispersed", "arrested") whose object holds the plural noun
    (or a crowd "of" such a noun) that ``participle``, a protest verb's "-ing" form, hangs on; None when there is
    none."""
    if participle.tag_ != "VBG" or participle.lemma_.lower() not in _PROTEST_VERBS:
        return None
    force = sense_cue("crowd_met_force")
    cur = participle.head
    for _ in range(6):
        if cur.dep_ not in _CLIMB or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            hit = cur.lemma_.lower() in force or any(
                c.dep_ == "dobj" and c.lemma_.lower() in force for c in cur.children)  # "opened fire on"
            return cur if hit else None
    return None


def protesting_when_met(participle) -> bool:  # type: ignore[no-untyped-def]
    """``participle`` tells people protesting as a verb of force meets them (:func:`force_meeting`)."""
    return force_meeting(participle) is not None


def met_crowd_sides(participle) -> Optional[tuple]:  # type: ignore[no-untyped-def]
    """(doer, crowd) of force met by a protest participle: the force verb's active subject ("Soldiers" of "Soldiers
    opened fire on a crowd of traders protesting") and the noun the participle hangs on; None when the force verb
    has no active subject."""
    verb = force_meeting(participle)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subj, participle.head) if subj is not None else None
