"""Whether a phrase only says who speaks or is spoken to ("X said", "according to X", "to X, you say"): its
country is not where the report is set (:func:`speaker`, :func:`speaks`)."""
from __future__ import annotations

from typing import Any

from sitrep.nlp.actors.head_token import _head_token


def speaks(doc: Any, start: int, end: int) -> bool:
    """The phrase at characters [start, end) of ``doc`` only says who speaks or is spoken to (:func:`speaker`):
    its country is not where the report is set (read by events/roles.ActorFinder.report_country)."""
    return speaker(_head_token(doc, start, end))


def speaker(tok: Any) -> bool:
    """The phrase headed by ``tok`` (or the noun it modifies: "Ruritanian" of "the Ruritanian envoy") is the subject of
    a reporting verb ("said", "told", "announced": ontology cue speech_verbs), the object of "according to", or the
    one a reporting verb is addressed to ("to Ruritania, you say: ...")."""
    if tok is None:
        return False
    if tok.dep_ in ("amod", "compound", "nmod", "poss") and tok.head.i > tok.i:
        tok = tok.head  # "the Ruritanian foreign minister": the minister speaks
    from sitrep.events.ontology import load_ontology

    speech = load_ontology().cue("speech_verbs")
    if tok.dep_ == "nsubj":
        return tok.head.lemma_.lower() in speech
    if tok.dep_ == "pobj" and tok.head.lower_ == "to":  # "according to X"; "to X, you say": spoken to
        return tok.head.head.lower_ == "according" or tok.head.head.lemma_.lower() in speech
    return False
