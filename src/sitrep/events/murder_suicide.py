"""Murder-suicides whose toll the one-clause reading misses (issue 16, branch tolls17).

:func:`sitrep.events.toll_doer_suicide.add_doer_suicide` adds the doer's own death to the count of a deed's victims when
both are told in one clause ("shot and killed his wife before turning the gun on himself": 2). Two forms it misses:

- The doer's suicide told in a sentence of its own after the deed: "A man shot dead his wife and her mother in a
  flat. [...] He had turned the pistol on himself." (:func:`add_doer_suicide_told_after`): the deed's count (its
  object, the victims: 2) takes the doer (3) when, within :data:`AFTER_SENTENCES` sentences, a self-killing's subject
  is "he"/"she" or the deed's subject noun ("the man"). Not when the count is the deed's subject or a "found dead"
  count ("A man and a woman were found dead ... He then took his own life": the two found hold the doer).
- The victims told without a number, so that the count the event took was the doer's own "his" of "taking his own
  life" (1), to which the doer was then added again (2): "the father killed the children before taking his own
  life", the children counted earlier ("the deaths of a man and his two young children").
  :func:`recount_suicide_victims` counts the deed's objects (a singular noun: 1; a number on the noun: the number;
  a plural with none: the number an earlier mention of the same people gives, "two young children", "her two
  sons" for "children") and makes that the count, to which the doer is then added; when a conjunct cannot be
  counted, the count is left as read.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from sitrep.events.toll import self_killing
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Figure, Span
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.numbers import parse_quantity

__all__ = ["AFTER_SENTENCES", "add_doer_suicide_told_after", "recount_suicide_victims"]

AFTER_SENTENCES = 2  # how far after the deed the doer's suicide may be told

# plural nouns for a family's children, one mention standing for another ("her two sons" ... "his wife and children")
_CHILDREN = frozenset({"child", "children", "son", "sons", "daughter", "daughters", "kid", "kids", "boy", "boys",
                       "girl", "girls", "stepchild", "stepchildren"})
_PRONOUNS = frozenset({"he", "she"})


def _exact(f: Optional[Figure]) -> bool:
    return f is not None and f.low is not None and f.low == f.high and not f.background


def _root(doc, span: Span):  # type: ignore[no-untyped-def]
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    return sp.root if sp is not None and len(sp) else None


def _subject(verb):  # type: ignore[no-untyped-def]
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _inside(tok, span: Span) -> bool:
    return span.start <= tok.idx < span.end


def _same_doer(subj, doer) -> bool:  # type: ignore[no-untyped-def]
    """The subject of the self-killing is the deed's doer: "he"/"she", or the deed subject's noun ("the man")."""
    return subj is not None and (subj.lower_ in _PRONOUNS or subj.lemma_.lower() == doer.lemma_.lower())


def _object_count(verb, f: Figure) -> bool:  # type: ignore[no-untyped-def]
    """The count ``f`` lies in the deed's objects (its victims), not in its subject."""
    subj = _subject(verb)
    if subj is None or any(_inside(t, f.span) for t in subj.subtree):
        return False
    return any(_inside(t, f.span) for t in verb.subtree if t.i != verb.i and t.dep_ != "nsubj")


def _suicide_after(doc, verb, doer) -> bool:  # type: ignore[no-untyped-def]
    """A self-killing whose subject is the deed's doer, told in one of the next :data:`AFTER_SENTENCES` sentences."""
    sents = list(doc.sents)
    k = next((n for n, s in enumerate(sents) if s.start <= verb.i < s.end), None)
    if k is None:
        return False
    for s in sents[k + 1:k + 1 + AFTER_SENTENCES]:
        if any(self_killing(t) and _same_doer(_subject(t), doer) for t in s):
            return True
    return False


def add_doer_suicide_told_after(events: list[EventMention], doc, figures: list[Figure]) -> None:  # type: ignore[no-untyped-def]
    """"A man shot dead his wife and her mother. [...] He had turned the pistol on himself.": the deed's count of its
    victims takes the doer (:data:`AFTER_SENTENCES`)."""
    for e in events:
        f = e.fatalities
        if e.event_type not in VIOLENT_EVENT_TYPES or e.modality != "asserted" or e.trigger is None or not _exact(f) \
                or f.id.endswith("+doer") or not e.sentence.start <= f.span.start < e.sentence.end:
            continue
        verb = _root(doc, e.trigger)
        if verb is None or verb.pos_ != "VERB" or any(self_killing(t) for t in verb.subtree):
            continue
        doer = _subject(verb)
        if doer is None or not _object_count(verb, f) or not _suicide_after(doc, verb, doer):
            continue
        g = replace(f, id=f"{f.id}+doer", low=f.low + 1, high=f.high + 1, best=None)
        figures.append(g)
        e.fatalities = g
        e.figures.append(g.id)


def _number_on(noun) -> Optional[float]:  # type: ignore[no-untyped-def]
    for c in noun.children:
        if c.dep_ == "nummod":
            b = parse_quantity(c.text)
            return b[0] if b is not None and b[0] is not None and b[0] == b[1] else None
    return None


def _earlier_count(noun) -> Optional[float]:  # type: ignore[no-untyped-def]
    """The number an earlier mention of the same people gives ("two young children", "her two sons")."""
    lem = noun.lemma_.lower()
    kin = noun.lower_ in _CHILDREN
    for t in reversed(noun.doc[:noun.i]):
        if t.tag_ in ("NNS", "NNPS") and (t.lemma_.lower() == lem or kin and t.lower_ in _CHILDREN):
            n = _number_on(t)
            if n is not None:
                return n
    return None


def _victims(verb) -> Optional[float]:  # type: ignore[no-untyped-def]
    """The count of the deed's objects, each conjunct counted, or None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    total = 0.0
    for n in [obj, *[c for c in obj.conjuncts]]:
        if n.pos_ not in ("NOUN", "PROPN"):
            return None
        k = _number_on(n)
        if k is None:
            k = 1.0 if n.tag_ in ("NN", "NNP") else _earlier_count(n)
        if k is None:
            return None
        total += k
    return total


def recount_suicide_victims(events: list[EventMention], doc, figures: list[Figure]) -> None:  # type: ignore[no-untyped-def]
    """"the father killed the children before taking his own life": the count read off the doer's own "his" becomes
    the deed's victims counted (the children, two by an earlier mention); the doer is added after
    (:func:`sitrep.events.toll_doer_suicide.add_doer_suicide`)."""
    for e in events:
        f = e.fatalities
        if e.event_type not in VIOLENT_EVENT_TYPES or e.modality != "asserted" or e.trigger is None or not _exact(f):
            continue
        verb = _root(doc, e.trigger)
        if verb is None:
            continue
        selves = [t for t in verb.subtree if t.i != verb.i and self_killing(t)]
        if not any(_inside(x, f.span) for t in selves for x in t.subtree):
            continue
        n = _victims(verb)
        if not n:
            continue
        obj = next(c for c in verb.children if c.dep_ == "dobj")
        first, last = obj.left_edge, obj.right_edge
        start, end = first.idx, last.idx + len(last.text)
        g = replace(f, id=f"{f.id}+victims", low=n, high=n, best=None,
                    span=Span(f.span.article_id, start, end, doc_text(doc)[start:end]))
        figures.append(g)
        e.fatalities = g
        e.figures = [x for x in e.figures if x != f.id] + [g.id]
