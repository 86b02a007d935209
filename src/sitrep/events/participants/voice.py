"""A verb's doer and undergoer by voice (:func:`_subject_and_undergoer`): the subject acts, the passive
subject undergoes; a reduced passive ("and 30 fighters killed", "were shot dead and his wife wounded":
:func:`reduced_passive`, the cue list
``participant_reduced_passive`` of data/event_sense_cues.tsv), a shared by-phrase, a participle on its noun ("a
soldier killed by militants") and the deed a relative clause hangs on turn the subject into the undergoer.
"""
from __future__ import annotations

from sitrep.events.compound_doer import compound_doer
from sitrep.events.cues import sense_cue
from sitrep.events.deps import child
from sitrep.events.participants.clause import RoleClause
from sitrep.events.participants.subject import subject_of
from sitrep.events.relative_deed import deed_of_relative
from sitrep.events.shared_patient import shared_passive_subject
from sitrep.events.triggers import BACKING
from sitrep.nlp.severed_result import severed_subject


REDUCED_PASSIVE = sense_cue("participant_reduced_passive")


def reduced_passive(v) -> bool:  # type: ignore[no-untyped-def]
    """ "and 30 fighters killed": a past participle with a subject but no auxiliary or object is passive; so is one
    the parser tags as a past tense when it is coordinated with a passive whose auxiliary it shares ("a father and
    his son were shot dead and the older man's wife wounded": the wife was wounded; branch roles26)."""
    if v.lemma_.lower() not in REDUCED_PASSIVE or child(v, "nsubj") is None \
            or child(v, "aux", "auxpass", "dobj") is not None:
        return False
    return v.tag_ == "VBN" or (v.tag_ == "VBD" and v.dep_ == "conj" and child(v.head, "auxpass") is not None)


def _subject_and_undergoer(v, cl: RoleClause, agent, shared_agent: bool):  # type: ignore[no-untyped-def]
    """A verb's subject (its doer) and passive subject (its undergoer), through reduced passives, shared by-phrases
    and the deed a relative clause hangs on."""
    passive = child(v, "nsubjpass")
    subj = severed_subject(v) or subject_of(v)  # "gunmen on a motorcycle shot dead a woman": the subject of "dead"
    if subj is None:
        subj = compound_doer(v)  # "A Dawlah Islamiyah sniper shot dead ...": "sniper shot" read as one noun
    deed = deed_of_relative(v) if subj is not None and subj.i == v.head.i else None
    if deed is not None:  # "the ambush on a convoy of the X army that killed five": the ambush killed, not X
        subj = deed if deed.i in cl.trig_heads else None
    if passive is None and shared_agent and child(v, "nsubj") is not None:
        passive, subj = child(v, "nsubj"), None  # "a soldier killed and beheaded by X": the by-phrase is shared
    if passive is None and reduced_passive(v):
        passive, subj = child(v, "nsubj"), None  # "12 soldiers killed": the soldiers are the victims
    if passive is None and agent is not None and v.dep_ == "acl" and v.tag_ == "VBN" \
            and v.lemma_.lower() not in BACKING:
        passive = v.head  # "a soldier killed by militants": the noun is the victim ("forces backed by strikes": not)
    if passive is None and subj is None:
        passive = shared_passive_subject(v)  # "were seized, beaten and executed": each verb's victim
    return passive, subj
