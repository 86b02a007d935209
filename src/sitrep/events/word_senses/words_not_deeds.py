"""A deed word that is **talked about, defined, likened or carried out as a task**: no deed.

Decides: a deed as a topic ("a film that justifies violence", ``topic_stance_verbs``); words withdrawn ("withdrew a
statement", ``report_nouns``); a word defined ("massacres, defined as the killing of three or more"); a simile
("hit us like a bomb", "as if a shell had landed"); a task executed ("executed the plan", ``carry_out_words``,
``carried_out_things``). Evidence: data/event_sense_cues.tsv. Tests: tests/test_events_word_senses.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child
from sitrep.events.word_senses.common import _lem


def deed_as_topic(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "no scene glorifies killing", "a film that justifies violence", "games that glamorise shooting": a bare deed
    noun or gerund (no determiner, number, possessive, "of" or object of its own) that is the object of a verb of
    ``topic_stance_verbs`` is a kind of deed spoken of, no deed done (branch precision16, quiet_reports10 w05)."""
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        verb = tok.head
    else:  # the tagger's misreading of "glorifies" as a plural noun right before the gerund it governs
        verb = tok.doc[tok.i - 1] if tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].tag_ == "NNS" else None
    if verb is None or not _stance_verb(verb):
        return False
    return not any(c.dep_ in ("det", "nummod", "poss", "prep", "dobj", "compound", "amod") for c in tok.children)


def _stance_verb(t) -> bool:  # type: ignore[no-untyped-def]
    """``t`` is a verb of ``topic_stance_verbs`` by its lemma or by an inflected form ("glorifies")."""
    words = sense_cue("topic_stance_verbs")
    if _lem(t) in words:
        return True
    low = t.lower_
    return any(low in (w + "s", w + "d", w + "es", w[:-1] + "ies", w[:-1] + "ied") for w in words)


def words_withdrawn(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "withdrew a statement", "the claim is withdrawn": "withdraw" whose object or passive subject is a word of
    ``report_nouns`` takes words back, no troops pulled out (branch precision16). (A denial of a report, "denied
    reports of the massacre", is a rejection and keeps its event.)"""
    if tok.pos_ != "VERB" or _lem(tok) != "withdraw":
        return False
    obj = child(tok, "dobj", "nsubjpass")
    if obj is None and tok.dep_ == "conj":
        obj = child(tok.head, "dobj", "nsubjpass")  # "was not confirmed and is withdrawn"
    return obj is not None and _lem(obj) in sense_cue("report_nouns")


def defined_kind(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Massacres, defined in Colombia as the killing of three or more people in one incident, fell": a deed noun
    that is the "as" object of "defined" tells what a word means, no deed (branch precision12, quiet_reports3 n08)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "as" and _lem(tok.head.head) == "define"


def task_carried_out(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "more missions are executed", "executed the plan", "the execution of the order", "code execution": a verb or
    noun of ``carry_out_words`` whose patient (the verb's object or passive subject, the noun a participle
    describes; the noun's "of" object or noun modifier) is a thing of ``carried_out_things``: a task carried out or
    a paper signed, not a killing. A person executed, or no patient told, stays a killing."""
    if _lem(tok) not in sense_cue("carry_out_words") and tok.lower_ not in sense_cue("carry_out_words"):
        return False
    from sitrep.events.people_object import _patient

    if tok.pos_ in ("NOUN", "PROPN"):
        obj = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), None)
        if obj is None:
            obj = child(tok, "compound")
    else:
        obj = _patient(tok)
    return obj is not None and (_lem(obj) in sense_cue("carried_out_things") or obj.lower_ in sense_cue("carried_out_things"))


def simile(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "The wind hit us like a bomb", "it felt like a war": a word of violence as the object of "like" after a verb
    is a likeness, no deed (branch precision12, quiet_reports5 s11; "weapons like rockets" names arms, not a use);
    so is a clause of likeness and its subject ("it was like a bomb went off": :func:`likeness_clause`)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "like" and tok.head.head.pos_ in ("VERB", "AUX"):
        return True
    clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
    return likeness_clause(clause)


def likeness_clause(verb) -> bool:  # type: ignore[no-untyped-def]
    """ "It was like a bomb went off", "it sounded as if a shell had landed": a clause brought in by "like" or "as
    if"/"as though" under another verb tells a likeness, no deed (branch precision15, quiet_reports9 v11)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("advcl", "ccomp") or verb.head is verb:
        return False
    marks = [c for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    return any(m.lower_ == "like" or (m.lower_ in ("if", "though") and m.i > 0 and verb.doc[m.i - 1].lower_ == "as")
               for m in marks)
