"""An officer hurt told apart from the other hurt (issue 16, branch tolls38): "A woman has died and another woman has
been injured ..., and a police officer was hurt while arresting the alleged attacker" (2 hurt), "Two people were
killed and an Albuquerque police officer was wounded ... A third person ... had been shot" (2), "deputies shot and
wounded a man who they say attacked a deputy ... The deputy suffered a cut" (2). Each count tells its own people: the
incident's hurt are the other hurt (their largest count) and the officers (theirs).

An officer count is a hurt count whose noun is one of cue ``hurt_officer_nouns``, told of a new person ("a police
officer", "A constable", "one officer"), or "the deputy" when the report named the deputy before outside any count (the
one attacked). The other count is a hurt count of a new person ("a third") or of two or more, with no officer noun in
it. Not when a sentence of either says the officer is among the hurt ("including", "among", "of them"), nor when the
other count holds an officer ("Three people, an officer and two bystanders"); the sum goes to the asserted harm event
that holds the other count.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.hurt_one_by_one import new_person
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Figure
from sitrep.nlp.doctext import doc_attr, doc_lemma_set
from sitrep.nlp.span_words import lemma_lowers

__all__ = ["add_officer_hurt"]

_AMONG = frozenset({"including", "among", "includes", "included", "them", "whom"})


def _span(doc, f: Figure):  # type: ignore[no-untyped-def]
    sp = doc.char_span(f.span.start, f.span.end, alignment_mode="expand")
    return sp if sp is not None and len(sp) else None


def _officer_tokens(doc) -> list:  # type: ignore[no-untyped-def]
    nouns = sense_cue("hurt_officer_nouns")
    return [doc[i] for i, (pos, lem) in enumerate(zip(doc_attr(doc, "pos_"), lemma_lowers(doc)))
            if pos in ("NOUN", "PROPN") and lem in nouns]


def _in_count(t, head) -> bool:  # type: ignore[no-untyped-def]
    """Officer noun ``t`` is part of the count headed by ``head`` ("Three people, an officer and two bystanders"), not
    of a clause inside it ("a man who attacked a deputy")."""
    while t.head.i != t.i:
        t = t.head
        if t.i == head.i:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _a_one(sp) -> bool:  # type: ignore[no-untyped-def]
    """"a third" (was wounded): one more person told with "a"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in sp.root.children)


def _named_before(doc, sp, covered: set[int]) -> bool:  # type: ignore[no-untyped-def]
    """"The deputy" whose noun the report used earlier outside any count ("attacked a deputy")."""
    lem = sp.root.lemma_.lower()
    return any(t.lemma_.lower() == lem and t.i not in covered for t in doc[:sp.start])


def add_officer_hurt(events: list[EventMention], figures: list[Figure], doc) -> None:  # type: ignore[no-untyped-def]
    """Add the officers hurt to the other hurt (module doc)."""
    nouns = sense_cue("hurt_officer_nouns")
    if doc is None or not any(f.what == "wounded" for f in figures) or not doc_lemma_set(doc) & nouns:
        return
    hurt = [(f, sp) for f in figures if f.what == "wounded" and not f.background and f.low is not None
            and f.low == f.high and f.low >= 1 and f.since is None and (sp := _span(doc, f)) is not None]
    covered = {t.i for f in figures if (sp := _span(doc, f)) is not None for t in sp}
    officer = [(f, sp) for f, sp in hurt if sp.root.lemma_.lower() in nouns and (
        new_person(doc, f) or any(c.dep_ == "nummod" for c in sp.root.children) or _named_before(doc, sp, covered))]
    other = [(f, sp) for f, sp in hurt if not any(t.lemma_.lower() in nouns for t in sp)
             and (f.low >= 2 or new_person(doc, f) or _a_one(sp))]  # type: ignore[operator]
    if not officer or not other:
        return
    f_off, sp_off = max(officer, key=lambda x: x[0].low)  # type: ignore[arg-type,return-value]
    f_oth, sp_oth = max(other, key=lambda x: x[0].low)  # type: ignore[arg-type,return-value]
    if any(t.lower_ in _AMONG for sp in (sp_off, sp_oth) for t in sp.sent):
        return
    if any(_in_count(t, sp_oth.root) for t in _officer_tokens(doc)):
        return
    ev: Optional[EventMention] = next((e for e in events if e.modality == "asserted" and f_oth.id in e.figures and (
        e.event_type in VIOLENT_EVENT_TYPES or e.outside == "crime")), None)
    if ev is None:
        return
    n = f_oth.low + f_off.low  # type: ignore[operator]
    g = replace(f_oth, id=f"{f_oth.id}+officer", low=n, high=n, best=None)
    figures.append(g)
    ev.figures.append(g.id)
