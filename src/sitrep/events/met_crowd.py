"""A protest told by a participle on the people force met ("opened fire on a crowd of traders protesting at a
checkpoint", "police dispersed students demonstrating outside the ministry"): the protest is going on when the force
is used, so it is the incident the sentence tells, not who those people are (ACLED: force on protesters is the event,
Excessive force against protesters or Protest with intervention)."""
from __future__ import annotations

from sitrep.events.cues import sense_cue

_PROTEST_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "picket"})
_CLIMB = frozenset({"pobj", "prep", "dobj", "nsubjpass"})


def protesting_when_met(participle) -> bool:  # type: ignore[no-untyped-def]
    """``participle`` is a protest verb's "-ing" form hung on a plural noun (or a crowd "of" such a noun) that a verb
    of force takes as its object ("fired on", "opened fire on", "dispersed", "arrested")."""
    if participle.tag_ != "VBG" or participle.lemma_.lower() not in _PROTEST_VERBS:
        return False
    force = sense_cue("crowd_met_force")
    cur = participle.head
    for _ in range(6):
        if cur.dep_ not in _CLIMB or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur.lemma_.lower() in force or any(
                c.dep_ == "dobj" and c.lemma_.lower() in force for c in cur.children)  # "opened fire on"
    return False
