"""Killers who were themselves killed, their victims told in their relative clause (issue 16, branch tolls36): "A
security guard who shot dead a co-worker ... was himself killed by responding policemen", "Two gunmen who shot dead a
businessman ... were themselves killed minutes later by the victim's bodyguard". The count the event took is the
killers' own (the subject of "was himself killed"); the victims of their deed are told with no number ("a
co-worker", "a businessman"). Both are deaths of the incident (ACLED counts every death; the own sets count an
attacker killed in the incident, local_reports3-22 READMEs), so the incident's count is the killers' and the victims'.

``events/killer_slain.py`` reads the same lede when the killer is one man killed by the police and his victims carry
a count of their own; this reads the emphatic "himself"/"themselves" on the killers' death, whoever killed them, and
counts the victims the relative clause names: a number on the noun ("two neighbours"), else one per singular noun of
a person, its conjuncts each counted ("his wife and her sister": 2). A plural with no number leaves it alone.

Only behind a cheap gate (the Doc's lemmas hold "himself"/"herself"/"themselves"), and only where no step before
has already added a doer or a killer to the incident's count.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.killer_slain import raise_incident_toll
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Figure
from sitrep.nlp.doctext import doc_lemma_set
from sitrep.nlp.numbers import parse_quantity

__all__ = ["add_killers_killed"]

_EMPHATIC = frozenset({"himself", "herself", "themselves"})
_KILL_LEMMAS = frozenset({"kill", "murder"})  # a relative clause's deed that is a killing by its verb alone
_NOT_PERSON = frozenset({"dead", "death", "-", "fire", "shot", "shots"})
_ADDED = ("+attacker", "+doer", "+killer", "+killers")


def _exact(f: Optional[Figure]) -> Optional[int]:
    if f is None or f.background or f.low is None or f.low != f.high or f.low < 1:
        return None
    return int(f.low)


def _killing_clause(noun):  # type: ignore[no-untyped-def]
    """The noun's relative clause that tells a killing with the noun its doer ("who shot dead", "who killed", "who
    hacked ... to death"), or None."""
    for c in noun.children:
        if c.dep_ != "relcl" or c.lemma_.lower() not in sense_cue("killer_deed_verbs"):
            continue
        if not any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children):
            continue
        if c.lemma_.lower() in _KILL_LEMMAS or any(
                k.lower_ == "dead" or (k.dep_ == "prep" and k.lower_ == "to" and any(g.lower_ == "death" for g in k.children))
                for k in c.children):
            return c
    return None


def _counted(t) -> Optional[int]:  # type: ignore[no-untyped-def]
    """One victim noun's count: its number ("two neighbours"), else 1 for a singular noun; None for a bare plural."""
    nums = [c for c in t.children if c.dep_ == "nummod"]
    if nums:
        q = parse_quantity(nums[0].text)
        if q is None or q[0] != q[1] or q[0] is None or not 0 < q[0] < 100 or q[0] != int(q[0]):
            return None
        return int(q[0])
    return 1 if t.tag_ in ("NN", "NNP") else None


def _victims(clause) -> Optional[int]:  # type: ignore[no-untyped-def]
    """The victims the killing clause names as its object, their conjuncts each counted."""
    objs = [t for t in clause.children if t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN")
            and t.lower_ not in _NOT_PERSON]
    if not objs:
        return None
    head = max(objs, key=lambda t: t.i)  # "a co - worker": the parser hangs every piece on the verb; the last is the noun
    total = 0
    for t in [head, *[c for c in head.conjuncts if c.i > head.i]]:
        n = _counted(t)
        if n is None:
            return None
        total += n
    return total


def _killers(figures: list[Figure], doc):  # type: ignore[no-untyped-def]
    """The killers' own count (a count of the dead whose noun is the subject of an emphatic "was himself killed")
    and their relative clause of killing."""
    for f in figures:
        if f.what != "killed" or _exact(f) is None or f.span is None:
            continue
        sp = doc.char_span(f.span.start, f.span.end, alignment_mode="expand")
        if sp is None or not len(sp):
            continue
        noun = sp.root
        if noun.dep_ == "nummod":  # "Two gunmen who ...": the count's span is its number
            noun = noun.head
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = noun.head
        if not any(c.lower_ in _EMPHATIC for c in verb.children):
            continue
        clause = _killing_clause(noun)
        if clause is not None:
            return f, clause
    return None


def add_killers_killed(events: list[EventMention], figures: list[Figure], doc) -> None:  # type: ignore[no-untyped-def]
    """Count the killers who were themselves killed with the victims of their relative clause (module doc)."""
    if doc is None or not (_EMPHATIC & doc_lemma_set(doc)):
        return
    violent = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]
    if not violent or any(e.fatalities is not None and e.fatalities.id.endswith(_ADDED) for e in violent):
        return
    found = _killers(figures, doc)
    if found is None:
        return
    f, clause = found
    victims = _victims(clause)
    if victims is None:
        return
    raise_incident_toll(violent, figures, f, (_exact(f) or 0) + victims, "+killers")
