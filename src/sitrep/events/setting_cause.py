"""Deed words told as the cause of a flight or as the topic of reporting, not as an incident (branch subtypes17).

"Food meant for families displaced by fighting", "people who fled fighting in the capital", "people escaping the
violence": the fighting is why people left, a state of affairs told as background; "arrested after he reported on
protests by miners", "wrote about attacks on farmers": the deed is what was reported, not news of its own. Each
holds only for a noun or a gerund (not a finite verb); the caller keeps a deed that carries its own time.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.ontology import Ontology

__all__ = ["displacement_cause", "reported_topic"]


def _nominal(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok.pos_ in ("NOUN", "PROPN") or tok.tag_ == "VBG"


def displacement_cause(trig, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """``trig`` is what people were displaced by ("displaced by fighting", cue ``consequence_verbs``) or what they
    fled (cue ``flight_verbs``: "fled fighting", "fleeing from the violence")."""
    if not _nominal(trig):
        return False
    host, dep = trig.head, trig.dep_
    if dep in ("pobj", "pcomp") and host.lower_ in ("by", "from"):
        verb = host.head
        lem = verb.lemma_.lower()
        return (host.lower_ == "by" and verb.tag_ == "VBN" and lem in onto.cue("consequence_verbs")) or (
            host.lower_ == "from" and lem in sense_cue("flight_verbs"))
    return dep == "dobj" and host.lemma_.lower() in sense_cue("flight_verbs")


def reported_topic(trig) -> bool:  # type: ignore[no-untyped-def]
    """``trig`` is what someone reported, wrote or commented on or about (cue ``coverage_verbs``)."""
    if not _nominal(trig) or trig.dep_ != "pobj" or trig.head.lower_ not in ("on", "about"):
        return False
    verb = trig.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in sense_cue("coverage_verbs")

