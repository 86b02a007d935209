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

Further on (branch tolls38): the doer's suicide told up to :data:`LATER_SENTENCES` sentences after the toll, its
subject a definite doer noun (cue ``suicide_doer_nouns``: "The shooter then turned the gun on himself", four sentences
after "A man opened fire ..., killing two people"), or "he"/"she" right after a sentence that names such a doer ("they
found the suspect inside. He was dead of a self-inflicted gunshot wound"); "self-inflicted" tells a self-killing as
well as "turned the gun on himself". A count that is the passive subject of the deed ("One man was killed ... when a
gunman started shooting") is the victims too, its doer the agent or the subject of a "when" clause. The far form is
taken once per report (the first toll that qualifies), never for a "found dead" count.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.toll import self_killing
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Figure, Span
from sitrep.nlp.doctext import doc_lemma_set, doc_sents, doc_text
from sitrep.nlp.numbers import parse_quantity

__all__ = ["AFTER_SENTENCES", "add_doer_suicide_told_after", "recount_suicide_victims"]

AFTER_SENTENCES = 2  # how far after the deed the doer's suicide may be told
LATER_SENTENCES = 6  # how far when a doer noun ("the shooter", "the suspect") tells it

# plural nouns for a family's children, one mention standing for another ("her two sons" ... "his wife and children")
_CHILDREN = frozenset({"child", "children", "son", "sons", "daughter", "daughters", "kid", "kids", "boy", "boys",
                       "girl", "girls", "stepchild", "stepchildren"})
_PRONOUNS = frozenset({"he", "she"})
_SELF_WORDS = frozenset({"himself", "herself", "life", "inflict", "inflicted", "self-inflicted"})  # (a cheap gate)


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


def _passive_victims(verb, f: Figure) -> bool:  # type: ignore[no-untyped-def]
    """The count ``f`` is the deed's passive subject, its victims ("One man was killed ... when a gunman ...")."""
    return verb.lemma_.lower() != "find" and any(
        c.dep_ == "nsubjpass" and any(_inside(t, f.span) for t in c.subtree) for c in verb.children)


def _passive_doer(verb):  # type: ignore[no-untyped-def]
    """The doer of a passive deed: its agent ("by a gunman") or the subject of its "when" clause."""
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "advcl" and any(g.dep_ == "advmod" and g.lower_ == "when" for g in c.children):
            return _subject(c)
    return None


def _doer_noun(t) -> bool:  # type: ignore[no-untyped-def]
    """A definite doer noun: "the shooter", "the suspect"."""
    return t is not None and t.lemma_.lower() in sense_cue("suicide_doer_nouns") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in t.children)


def _inflicted_subject(t):  # type: ignore[no-untyped-def]
    """The one who died of a "self-inflicted" wound: the clause's subject ("He was dead of a self-inflicted gunshot
    wound"), or the owner of "his death was self-inflicted"."""
    if t.lower_ not in ("inflicted", "self-inflicted") or t.lower_ == "inflicted" and not (
            t.i >= 2 and t.nbor(-1).text == "-" and t.nbor(-2).lower_ == "self"):
        return None
    h = t
    while h.head.i != h.i:
        h = h.head
        s = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if s is not None:
            return next((c for c in s.children if c.dep_ == "poss"), s) if s.lemma_.lower() == "death" else s
    return None


def _killed_self(t):  # type: ignore[no-untyped-def]
    """The subject of a self-killing told at ``t`` ("turned the gun on himself", "a self-inflicted wound"), or None."""
    if self_killing(t):
        return _subject(t) or False
    return _inflicted_subject(t)


def _suicide_after(doc, verb, doer, far: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """A self-killing whose subject is the deed's doer, told in one of the next :data:`AFTER_SENTENCES` sentences
    (``far``: :data:`LATER_SENTENCES`, told with a doer noun, module doc)."""
    sents = doc_sents(doc)
    k = next((n for n, s in enumerate(sents) if s.start <= verb.i < s.end), None)
    if k is None:
        return False
    for n, s in enumerate(sents[k + 1:k + 1 + (LATER_SENTENCES if far else AFTER_SENTENCES)], start=k + 1):
        for t in s:
            subj = _killed_self(t) if far or self_killing(t) else None
            if not subj:
                continue
            if not far and doer is not None and _same_doer(subj, doer):
                return True
            if far and (_doer_noun(subj) or subj.lower_ in _PRONOUNS and any(_doer_noun(x) for x in sents[n - 1])
                        or doer is not None and doer.lemma_.lower() in sense_cue("suicide_doer_nouns")
                        and subj.lemma_.lower() == doer.lemma_.lower()):
                return True
    return False


def add_doer_suicide_told_after(events: list[EventMention], doc, figures: list[Figure]) -> None:  # type: ignore[no-untyped-def]
    """"A man shot dead his wife and her mother. [...] He had turned the pistol on himself.": the deed's count of its
    victims takes the doer (:data:`AFTER_SENTENCES`)."""
    far_taken = False
    for e in events:
        f = e.fatalities
        if e.event_type not in VIOLENT_EVENT_TYPES or e.modality != "asserted" or e.trigger is None or not _exact(f) \
                or f.id.endswith("+doer") or not e.sentence.start <= f.span.start < e.sentence.end:
            continue
        verb = _root(doc, e.trigger)
        if verb is None or verb.pos_ != "VERB" or any(self_killing(t) for t in verb.subtree):
            continue
        doer = _subject(verb)
        victims = doer is not None and _object_count(verb, f)
        if victims and _suicide_after(doc, verb, doer):
            pass  # (told within AFTER_SENTENCES)
        elif far_taken or "+doer" in f.id or not doc_lemma_set(doc) & _SELF_WORDS \
                or not (victims or _passive_victims(verb, f)) \
                or not _suicide_after(doc, verb, doer if victims else _passive_doer(verb), far=True):
            continue
        else:
            far_taken = True
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
