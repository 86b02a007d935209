"""Modality of an event clause: did it happen (asserted), or was it denied, threatened, planned,
conditional, or restated background?

Read off the parse around the clause's head verb: negation, modal auxiliaries,
"if"/"unless" clauses, the verb that embeds the clause ("denied carrying out",
"threatened to strike", "plans to"), habitual adverbs and "since" phrases, and
the age of the clause's date relative to the publication date.
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.ontology import Ontology
from sitrep.model import TimeExpr

EMBED_DEPS = {"xcomp", "ccomp", "pcomp", "acomp", "prep", "advcl", "dobj"}
BACKGROUND_AGE_DAYS = 60


def governors(tok) -> list:  # type: ignore[no-untyped-def]
    """Verbs that embed ``tok``'s clause, nearest first (through xcomp/ccomp/pcomp/prep chains)."""
    out = []
    cur = tok
    for _ in range(6):
        if cur.dep_ == "ROOT" or cur.head is cur:
            break
        if cur.dep_ not in EMBED_DEPS | {"pobj"}:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            out.append(cur)
    return out


def _has_condition(head, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    for c in head.subtree:
        if c.dep_ == "mark" and c.lemma_.lower() in onto.cue("condition_marks"):
            return True
    return False


def modality(head, onto: Ontology, times: list[TimeExpr], published: Optional[_dt.date]) -> str:  # type: ignore[no-untyped-def]
    """The modality of the clause headed by ``head`` (a verb, or a noun trigger's governing word)."""
    children = list(head.children)
    if any(c.dep_ == "neg" for c in children) or any(c.lower_ in ("no", "never") and c.dep_ in ("det", "neg", "advmod") for c in children):
        return "denied"
    for g in governors(head):
        lem = g.lemma_.lower()
        if any(c.dep_ == "neg" for c in g.children):
            return "denied"
        if lem in onto.cue("deny_verbs"):
            return "denied"
        if lem in onto.cue("threat_verbs"):
            return "threatened"
        if lem in onto.cue("plan_verbs"):
            return "conditional" if _has_condition(head, onto) else "planned"
        if lem in onto.cue("speech_verbs"):
            continue
    modal = any(c.dep_ == "aux" and c.lemma_.lower() in onto.cue("modal_future") for c in children)
    going = any(c.lemma_.lower() == "go" and c.dep_ == "aux" for c in children) or (
        head.dep_ == "xcomp" and head.head.lemma_.lower() == "go" and head.head.tag_ == "VBG"
    )
    if modal or going or any(t.future for t in times):
        return "conditional" if _has_condition(head, onto) else "planned"
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in children)
    perfect_inf = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
    said = head.head.lemma_.lower() in onto.cue("speech_verbs")
    if infinitive and not perfect_inf and not said and head.dep_ in ("acl", "advcl", "xcomp", "relcl"):
        return "planned"  # "a campaign to retake", "moved to recapture": the purpose, not the deed
    if is_background(head, onto, times, published):
        return "background"
    return "asserted"


def is_background(head, onto: Ontology, times: list[TimeExpr], published: Optional[_dt.date]) -> bool:  # type: ignore[no-untyped-def]
    """A clause restating old context: "since 2012", "have consistently broken", a date long before publication."""
    for c in head.children:
        if c.lemma_.lower() in onto.cue("background_preps") and c.dep_ in ("prep", "mark"):
            return True
        if c.dep_ == "advmod" and c.lemma_.lower() in onto.cue("background_adverbs"):
            perfect = any(a.lemma_.lower() == "have" and a.dep_ == "aux" for a in head.children)
            if perfect or c.lemma_.lower() not in ("already", "once", "ever"):
                return True
    if head.dep_ in ("relcl", "acl") and any(c.dep_ == "advmod" and c.lemma_.lower() in onto.cue(
            "background_relcl_adverbs") for c in head.children):
        return True  # "retook a town that was recently captured by the army": the capture is the town's past
    perfect = any(a.lemma_.lower() == "have" and a.dep_ == "aux" for a in head.children)
    if perfect:
        for c in head.children:  # "have been advancing for weeks", "has ... over the past months"
            if c.dep_ == "prep" and c.lower_ in ("for", "over", "during", "throughout"):
                if any(x.lemma_.lower() in onto.cue("duration_units") for x in c.subtree):
                    return True
    if published is not None:
        for t in times:
            if t.end is not None and (published - t.end).days > BACKGROUND_AGE_DAYS:
                return True
    return False
