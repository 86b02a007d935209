"""Decides the time a deed joined to another verb shares: a subjectless conjunct's (:func:`conjunct_time`:
"beheaded three men and set fire to ... on Friday") and the opening day of two joined verbs for a protest
(:func:`fronted_conjunct_time`).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.date.report_day import usable_time
from sitrep.events.date.since import since_time
from sitrep.events.date.verbs import _event_verb, _own_verb, _verb_of, lemmas
from sitrep.events.ontology import load_ontology
from sitrep.model import TimeExpr


def conjunct_time(doc, trig, tok_of_time, sent_idx: set[int]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The time of a deed joined to the trigger's verb with no subject of its own ("insurgents beheaded three men
    and set fire to forty houses on Friday", "gunmen stormed the camp and abducted ten on Sunday"): one doer's
    deeds told in one stretch share the day told at its end. A joined verb with a subject of its own tells another
    clause ("he was murdered and his body was found today"), as does a verb that names no deed."""
    if trig.pos_ not in ("VERB", "AUX"):
        return None
    onto = load_ontology()
    for t, ts in tok_of_time:
        if not ts or ts[0] not in sent_idx or ts[0] < trig.i or not usable_time(t) or since_time(doc, ts):
            continue
        verb = _verb_of(doc, ts)
        if verb.dep_ != "conj" or verb.head.i != trig.i or verb.i == trig.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        if any(onto.patterns(w, "VERB") for w in lemmas(verb)) or _event_verb(verb):
            return t
    return None


def fronted_conjunct_time(doc, trig, tok_of_time, sent_idx: set[int]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The time that opens the sentence on the first of two joined verbs, for the trigger under the second, which
    has no subject of its own: "On Monday, traders in Tando Allahyar had shut their shops and held a peaceful
    demonstration" (the opening day sets both deeds; branch protests7). Only a time the sentence opens with (at most
    a preposition before it)."""
    v = _own_verb(trig)
    if v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
        return None
    head = v.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    start = trig.sent.start
    for t, ts in tok_of_time:
        if not ts or ts[0] not in sent_idx or ts[0] > head.i or not usable_time(t) or since_time(doc, ts):
            continue
        if _verb_of(doc, ts).i == head.i and all(x.pos_ in ("ADP", "PUNCT", "SPACE") for x in doc[start:ts[0]]):
            return t
    return None
