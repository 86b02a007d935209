"""Decides that a deployment noun or a noun of protesters is what a violent deed acts on ("attacked a convoy of
troops", "the convoy came under fire", "gunmen killed a dozen demonstrators"): the deed's target, no trigger of its
own. Evidence: the other candidate triggers of the sentence and the parse.
"""
from __future__ import annotations

from sitrep.events.people_object import person_nouns
from sitrep.events.roles import lemma
from sitrep.events.triggers.model import Trigger
from sitrep.events.triggers.words import VIOLENT_TYPES


def attacked_thing(t: Trigger, cands: list[Trigger]) -> bool:
    """A deployment noun, or a noun of protesters, that is what a violent deed acts on ("attacked a convoy of troops",
    "the convoy was ambushed", "fired on a convoy", "the convoy came under fire", "gunmen killed a dozen
    demonstrators"): the target of that deed, not a deployment or a protest of its own."""
    tok = t.tok
    if tok.pos_ not in ("NOUN", "PROPN") or not (t.tdef.plover == "MOBILIZE" or (
            t.tdef.plover == "PROTEST" and lemma(tok) in person_nouns())):
        return False  # (a protest noun naming people: "gunmen slaughtered 12 demonstrators" is force used on a protest)
    heads = {tok.head.i} | ({tok.head.head.i} if tok.dep_ == "pobj" else set())
    if tok.dep_ == "nsubj" and any(c.tok.i == tok.head.i and "fire" in c.pattern.deps and c.tok.lemma_.lower() == "come"
                                   for c in cands):
        return True  # "the convoy came under fire": the convoy is shot at
    if tok.dep_ not in ("dobj", "nsubjpass", "pobj"):
        return False
    return any(c.tok.i in heads and c.tdef.event_type in VIOLENT_TYPES for c in cands if c is not t)
