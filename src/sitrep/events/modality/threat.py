"""Threatened or feared: "threatened to strike", "warnings of attacks on hotels", "residents feared artillery fire
would follow", "an assault is imminent"; and the warning that only reports ("officials warned that Russia is
massing troops": no threat by the one who warns).

Decides ``threatened`` (a threat verb above the clause, read by :mod:`.head`; a PLOVER THREATEN type, by
:func:`_promise_or_threat`), ``conditional`` for a deed feared or foreseen (stage of :mod:`.event`), and
``planned`` for a promise ("promised more military aid"). Evidence: cues ``threat_verbs``, ``threat_nouns``,
``prospective_adjectives``, ``modal_future`` (data/ontology.json), ``possibility_verbs``, ``warn_verbs``,
``promise_verbs`` (data/event_sense_cues.tsv). Tests: tests/test_threat_content.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.modality.clause import EventClause
from sitrep.events.modality.tree import _conj_root, child_dep
from sitrep.events.ontology import Ontology


def warning_report(verb, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """ "officials warned that Russia is massing troops": a warning that reports what another side does now or
    did, not a threat by the one who warns (that one names a deed yet to come: "warned it would strike")."""
    if verb.lemma_.lower() not in sense_cue("warn_verbs"):
        return False
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if comp is None:
        return False
    if any(c.dep_ == "aux" and (c.lemma_.lower() in onto.cue("modal_future") or c.tag_ == "MD") for c in comp.children):
        return False  # "warned that it would retaliate": a threat
    subj, comp_subj = child_dep(verb, "nsubj"), child_dep(comp, "nsubj")
    if comp_subj is None or comp_subj.pos_ == "PRON":
        return False  # "warned that they will pay", "warned it is ready to strike": the speaker's own side
    return subj is None or comp_subj.lemma_.lower() != subj.lemma_.lower()


def _threat_content(head, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """A deed noun that is what a threat, warning or alert is about: "a warning of attacks on hotels", "fears of
    attacks on churches", "threat alerts continued to be received, about attacks on bases" (the preposition hung on
    the verb whose subject is the alert), "forecasters warned of more heavy rain" (hung on a verb of warning, cue
    ``warn_verbs``: branch types12)."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in ("of", "about", "over"):
        return False
    gov = head.head.head
    nouns = onto.cue("threat_nouns")
    if gov.pos_ in ("NOUN", "PROPN"):
        return gov.lemma_.lower() in nouns
    if gov.pos_ == "VERB" and gov.lemma_.lower() in sense_cue("warn_verbs"):
        return True  # "forecasters warned of more heavy rain", "officials warned of attacks": what the warning is about
    return gov.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in nouns
                                               for c in gov.children)


def feared_deed(trig) -> bool:  # type: ignore[no-untyped-def]
    """A deed noun that is the object of a verb of fearing (cue ``possibility_verbs``: "they feared artillery fire
    would follow", "villagers dread more air strikes"): what may come, not what was done (as "fears of an
    offensive")."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    base = _conj_root(trig)
    return base.dep_ == "dobj" and base.head.lemma_.lower() in sense_cue("possibility_verbs")


def predicted_deed(trig, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """A deed noun that is the subject of "be" with a word of foresight as its complement (cue
    ``prospective_adjectives``): "an attack was likely in the coming weeks", "a new offensive is imminent"."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "nsubj" or trig.head.lemma_.lower() != "be":
        return False
    return any(x.dep_ == "acomp" and x.lower_ in onto.cue("prospective_adjectives") for x in trig.head.children)


def _promise_or_threat(mod: str, c: EventClause) -> str:
    """An asserted deed whose trigger promises (``planned``: "promised more military aid") or whose type is a threat
    (``threatened``); the last stage of :func:`sitrep.events.modality.event.event_modality`."""
    trig, tdef = c.trig, c.tdef
    if mod == "asserted" and tdef.plover != "THREATEN" and trig.lemma_.lower() in sense_cue("promise_verbs"):
        mod = "planned"  # "promised more military aid": not delivered yet
    if tdef.plover == "THREATEN" and mod == "asserted":
        mod = "threatened"
    return mod
