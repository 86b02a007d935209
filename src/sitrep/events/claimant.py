"""Claimant: according to whom an event is told (the attribution around it, a speech verb, "according to")."""
from __future__ import annotations

from typing import Optional

from sitrep.events.accusation import accuser
from sitrep.events.deps import child, no_one
from sitrep.events.modality import governors
from sitrep.events.participants import subject_of
from sitrep.events.roles import ActorFinder, np_tokens, span_of
from sitrep.events.triggers import Group
from sitrep.model import Attribution
from sitrep.nlp.doctext import doc_attr


def claimant_of(sent, trig, group: Group, attributions: list[Attribution], finder: ActorFinder) -> tuple[Optional[str], Optional[str]]:  # type: ignore[no-untyped-def]
    """According to whom the event of trigger ``trig`` is told; (None, None) when no one is said, or when the one
    who would say it is no one ("no faction claimed responsibility for the ambush": no claimant, no actor)."""
    return claimant_told(sent, trig, group, attributions, finder)[:2]


def claimant_told(sent, trig, group: Group, attributions: list[Attribution], finder: ActorFinder) -> tuple[Optional[str], Optional[str], Optional[str]]:  # type: ignore[no-untyped-def]
    """:func:`claimant_of` with the claimant's own words as the text says them ("police", "Russia's defence
    ministry"; None with no claimant): a bare noun's country is the report's focus, a guess, where a name's is said."""
    pos = trig.idx
    for a in attributions:
        if a.claim_start is not None and a.claim_end is not None and a.claim_start <= pos < a.claim_end:
            return (None, None, None) if no_one(a.span.text) else (a.claimant_id or a.span.text, a.claimant_name or a.span.text, a.span.text)
    for a in attributions:
        if sent.start_char <= a.span.start < sent.end_char and a.claim_start is None and not no_one(a.span.text):
            return a.claimant_id or a.span.text, a.claimant_name or a.span.text, a.span.text
    onto = finder.onto
    who = accuser(trig)  # "police hold X responsible for the attack": the police say so
    if who is not None and not no_one(span_of(np_tokens(who), "").text):
        ref = finder.actor(who, via_modifier=False)
        text = span_of(np_tokens(who), "").text
        return (ref.entity_id, ref.name, text) if ref is not None else (text, text, text)
    for g in governors(group.head):
        lem = g.lemma_.lower()
        if lem in onto.cue("speech_verbs") or lem in ("accuse", "blame"):
            s = subject_of(g)
            if s is not None and no_one(span_of(np_tokens(s), "").text):
                return None, None, None  # "nobody said ...": no claimant
            ref = finder.actor(s, via_modifier=False) if s is not None else None
            text = span_of(np_tokens(s), "").text if s is not None else None
            if ref is not None:
                return ref.entity_id, ref.name, text
            if s is not None:
                return text, text, text
    lowers = doc_attr(sent.doc, "lower_")  # (a Token built only for an "according")
    for tok in (sent.doc[i] for i in range(sent.start, sent.end) if lowers[i] == "according"):
        if tok.dep_ == "prep":
            to = child(tok, "prep")
            p = child(to, "pobj") if to is not None else None
            if p is not None:
                ref = finder.actor(p, via_modifier=False)
                text = span_of(np_tokens(p), "").text
                return (ref.entity_id, ref.name, text) if ref else (text, text, text)
    return None, None, None

