"""Which victim comes first: those a deed killed before those it hurt, and before a place phrase
(:func:`killed_first`; "killing two police officers and wounding nine people": the officers). The verbs are the cue
lists ``participant_kill_verbs`` and ``participant_harm_verbs`` of data/event_sense_cues.tsv.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.nominal import Roles


KILL_VERBS = sense_cue("participant_kill_verbs")
HARM_VERBS = sense_cue("participant_harm_verbs")


def killed_first(r: Roles) -> None:
    """The victims of a deed that killed some and hurt others are first those it killed ("a car bomb exploded,
    killing two police officers and wounding nine people": the police officers are its target; the parse may give the
    wounded first), and the killed come before a place phrase ("three officers were killed when their truck hit a bomb
    on the outskirts of X": not X). What the deed itself struck stays first ("the embassy was bombed, killing two
    guards"), and so do the wounded of a clause of their own ("two guards were hurt while one passer-by was
    killed")."""
    cands = [r.patient, *r.patients]

    def victim_of(c, deps, verbs) -> bool:  # type: ignore[no-untyped-def]
        return c.dep_ in deps and c.head.lemma_.lower() in verbs

    if victim_of(r.patient, ("dobj",), HARM_VERBS):
        first = [c for c in cands if victim_of(c, ("dobj",), KILL_VERBS)]
    elif r.patient.dep_ == "pobj":
        first = [c for c in cands if victim_of(c, ("dobj", "nsubjpass"), KILL_VERBS)]
    else:
        first = []
    if first:
        rest = [c for c in cands if c is not first[0]]
        r.patient, r.patients = first[0], rest
