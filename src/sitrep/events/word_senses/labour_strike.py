"""A **strike** that is a stoppage of work, no air or artillery strike.

Decides: "went on strike", "a general / hunger / 72-hour / armed strike", "a strike over diesel prices" (a grievance),
the strike joined by workers, "the strike called by the union" (the verb that calls it is no phone call), and "an
armed strike" that tells no protest held (:func:`strike_no_protest`). A protest reading of the noun ("strike
+general") still holds: :func:`labour_strike` only rules out the weapon readings (read by ``triggers.find`` and
``triggers.late_veto``). Evidence: cues ``labour_strike_words``, ``labour_strike_verbs``, ``strike_grievance_words``,
``strike_joining_verbs``, ``striking_people``, ``on_strike_heads``, ``strike_not_held_verbs`` of
data/event_sense_cues.tsv. Tests: tests/test_events_word_senses.py, tests/test_protests10.py,
tests/test_quiet_precision10.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child
from sitrep.events.word_senses.common import _lem


_STRIKE = "strike"
_GRIEVANCE_PREPS = frozenset({"over", "against", "for"})
_ON_STRIKE_HEADS = sense_cue("on_strike_heads")


def labour_strike(tok) -> bool:  # type: ignore[no-untyped-def]
    """The noun "strike" as a stoppage of work: "on strike" after a verb of being or going, a modifier of
    ``labour_strike_words`` ("general", "72-hour", "armed"), or a verb of ``labour_strike_verbs`` acting on it;
    the verb with workers as its doer ("nurses voted to strike", :func:`_workers_strike`); or a bare "the strike" in a report that tells a stoppage elsewhere (:mod:`sitrep.events.strike_retold`)."""
    if _labour_strike_here(tok):
        return True
    if _lem(tok) != _STRIKE:
        return False
    from sitrep.events.strike_retold import strike_told_before

    return strike_told_before(tok, _labour_strike_here)


def _labour_strike_here(tok) -> bool:  # type: ignore[no-untyped-def]
    """:func:`labour_strike` by the token's own words."""
    if _lem(tok) == _STRIKE and tok.lower_ == "striking" and tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        # "striking teachers marched", "striking miners blocked the road": people on strike (a person noun
        # modified; "striking distance" is no deed either way)
        return _lem(tok.head) in sense_cue("striking_people")
    if _lem(tok) == _STRIKE and tok.pos_ == "VERB":
        return _workers_strike(tok)
    if _lem(tok) != _STRIKE or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = sense_cue("labour_strike_words")
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod") and (_lem(c) in words or c.lower_ in words):
            return True
        if c.dep_ in ("amod", "compound") and any(_lem(g) in words for g in c.children):
            return True  # "a 72-hour strike": the unit hangs under the number's compound
        if c.dep_ == "acl" and _lem(c) in sense_cue("labour_strike_verbs"):
            return True  # "the strike called by the union"
        if c.dep_ == "prep" and c.lower_ in _GRIEVANCE_PREPS and any(
                o.dep_ == "pobj" and any(_lem(x) in sense_cue("strike_grievance_words") for x in (o, *o.conjuncts))
                for o in c.children):
            return True  # "a strike over diesel prices", "a strike against the pension reform": what workers want
            # ("a strike over class sizes and pay": any of the grievances joined)
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "on" and _lem(head.head) in _ON_STRIKE_HEADS:
        return True  # "went on strike", "have been on strike"
    if _strike_day(tok):
        return True  # "on the first day of a strike": a stoppage counted in days
    if _strike_joined(tok):
        return True  # "drivers marched to Congress in a strike against extortion gangs"
    return tok.dep_ in ("dobj", "nsubjpass") and _lem(head) in sense_cue("labour_strike_verbs")


_SPELL_NOUNS = frozenset({"day", "week", "month"})


def _strike_day(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "the first day of a strike", "the second week of the strike": one singular strike, bare of modifiers and of a
    target ("strikes on Gaza"), whose days are counted is a stoppage of work (branch protests7)."""
    head = tok.head
    return tok.tag_ == "NN" and tok.dep_ == "pobj" and head.lower_ == "of" and _lem(head.head) in _SPELL_NOUNS \
        and not any(c.dep_ in ("amod", "compound", "nmod") or (c.dep_ == "prep" and c.lower_ in ("on", "against"))
                    for c in tok.children)


_JOINED_PREPS = frozenset({"in", "during"})


def _strike_joined(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "marched to Congress in a strike against extortion", "rallied during the strike": a strike that people march,
    rally or gather in (cue ``strike_joining_verbs``), or that people who go on strike (``striking_people``) take
    part in, is a stoppage of work; no air or artillery strike is something a crowd marches in (branch protests10)."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ not in _JOINED_PREPS or head.head is head:
        return False
    verb = head.head
    if verb.pos_ != "VERB":
        return False
    if _lem(verb) in sense_cue("strike_joining_verbs"):
        return True
    while verb.dep_ == "conj" and child(verb, "nsubj") is None and verb.head is not verb:
        verb = verb.head
    subj = child(verb, "nsubj")
    if subj is not None and subj.lemma_.lower() in ("thousand", "hundred", "dozen"):
        subj = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj"), subj)  # "thousands of drivers"
    return subj is not None and _lem(subj) in sense_cue("striking_people")


def _workers_strike(verb) -> bool:  # type: ignore[no-untyped-def]
    """The verb "strike" with no object whose doer is people who go on strike (``striking_people``) or a union:
    "nurses voted to strike for 24 hours", "teachers last struck in 2023", "the union will strike" (its own subject,
    or for "to strike" the subject of the verb it completes)."""
    if child(verb, "dobj", "nsubjpass") is not None:
        return False
    subj = child(verb, "nsubj")
    if subj is None and verb.dep_ == "xcomp":
        subj = child(verb.head, "nsubj")
    return subj is not None and (_lem(subj) in sense_cue("striking_people") or _lem(subj) == "union")


_STRIKE_NOT_HELD = sense_cue("strike_not_held_verbs")


def strike_no_protest(tok) -> bool:  # type: ignore[no-untyped-def]
    """A labour strike that tells no protest held: "an armed strike" (a stoppage an armed group imposes on a
    region), or a strike called, threatened or called off ("called a nationwide strike for Thursday": a call, whose
    own reading says whether it is planned)."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ == "armed" for c in tok.children):
        return True
    return tok.dep_ in ("dobj", "nsubjpass") and _lem(tok.head) in _STRIKE_NOT_HELD


def strike_called(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "called a strike", "the strike called by the union": a stoppage announced, not a phone call."""
    if _lem(tok) != "call" or tok.pos_ != "VERB":
        return False
    obj = child(tok, "dobj", "nsubjpass")
    if obj is None and tok.dep_ == "acl":
        obj = tok.head
    return obj is not None and _lem(obj) == _STRIKE
