"""The doer's own death: "turned the gun on himself", "killed himself", "took his own life", "hanged himself"
(:func:`self_killing`), and a murder-suicide told in one clause, whose toll is the victims and the doer
(:func:`add_doer_suicide`), the doer's death told as a further object of the deed too ("he killed all three and then
himself": :func:`_reflexive_victim`, branch tolls43).
"""
from __future__ import annotations

from dataclasses import replace

from sitrep.events.cues import sense_cue
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Figure


_REFLEXIVE = frozenset({"himself", "herself"})


def self_killing(t) -> bool:  # type: ignore[no-untyped-def]
    """"turned the gun on himself", "killed himself", "took his own life", "hanging himself": the doer's own death."""
    lem = t.lemma_.lower()
    kids = list(t.children)
    if lem == "turn" and any(c.dep_ == "dobj" and c.lemma_.lower() in sense_cue("self_harm_weapons") for c in kids):
        return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in _REFLEXIVE for g in c.children)
                   for c in kids)
    if lem in ("kill", "shoot", "stab", "hang"):
        return any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in kids)
    if lem == "take":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "life" and any(g.lower_ == "own" for g in c.children)
                   for c in kids)
    return False


def _reflexive_victim(verb, f: Figure) -> bool:  # type: ignore[no-untyped-def]
    """The deed's object that holds the count ``f`` has a reflexive conjunct, the doer killed with the victims ("he
    killed all three and then himself", "shot his wife and then himself"): the count leaves the doer out."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and (c.left_edge.idx <= f.span.start < c.idx + len(c.text)
                                                                    or f.span.start <= c.idx < f.span.end)), None)
    if obj is None:
        return False
    # (the parser hangs the reflexive on the object or, past "and then", on the verb itself)
    return any(x.lower_ in _REFLEXIVE for x in obj.conjuncts) or any(
        c.dep_ == "conj" and c.lower_ in _REFLEXIVE for c in verb.children)


def add_doer_suicide(events: list[EventMention], doc, figures: list[Figure]) -> None:  # type: ignore[no-untyped-def]
    """A murder-suicide told in one clause ("A man shot and killed his wife before turning the gun on himself"):
    the count of the deed's victims (1) leaves out the doer, who died too; the event's toll is the victims and
    the doer (2). Only when the count is the deed's own, told in its sentence without the doer (not "both were
    dead", not a count given in another sentence), and the doer's death hangs on the deed's verb."""
    for e in events:
        f = e.fatalities
        if e.event_type not in VIOLENT_EVENT_TYPES or e.modality != "asserted" or f is None or e.trigger is None \
                or f.low is None or f.low != f.high or f.background:
            continue
        if not e.sentence.start <= f.span.start < e.sentence.end:
            continue
        trig = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if trig is None or not len(trig):
            continue
        t0 = trig.root
        if any(x.lower_ in _REFLEXIVE for x in doc.char_span(f.span.start, f.span.end, alignment_mode="expand") or ()):
            continue
        if any(self_killing(x) for x in t0.subtree if x is not t0 and x.i != t0.i) or _reflexive_victim(t0, f):
            g = replace(f, id=f"{f.id}+doer", low=f.low + 1, high=f.high + 1, best=None)
            figures.append(g)
            e.fatalities = g
            e.figures.append(g.id)
