"""A bare harm told after an accident or a disaster is that accident's harm ("A stampede at the stadium killed four
people. Twenty people were injured, police said."; "Floods swept through the town, killing five. Twelve others
were hurt."): read alone, "were injured" is typed as violence against civilians, an attack no one in the report
tells, and it takes the dead of the sentence before as its own (a story total of a stampede). An event read off a
bare verb of harm (injure, wound, hurt) with no doer (no subject, no "by" agent) and no other event in its sentence
takes the type of the event told just before it in the report when that one is an accident or a natural disaster
(outside ACLED), and is then merged with it as its restatement. After a violent event, or with a doer of its own
("gunmen wounded 12"), it keeps its reading.

The same holds for a doerless "killing" participle in the disaster's own sentence ("A fire swept through a garment
factory on Sunday night, killing at least 52 workers", where the parse hangs "killing" on the speech verb): with no
other violent event in that sentence it is the disaster's toll, not an attack (:func:`retype_disaster_killing`).
A passive "were killed" with no agent reads the same way, in the disaster's sentence ("Nine people were killed
after a landslide swept away 14 houses") or alone in the sentence after it ("The storm hit the coast ... Officials
say at least 18 people were killed"): branch types12, story_sets24 y05, quiet_reports2 r17.

A hazard's deaths read as no event at all ("Lightning strikes killed 21 people. Nine more people were injured.": the
killing's doer is a hazard, ``word_senses.hazard_killed``) leave no event before the bare harm to lend it its type;
the bare harm alone in the sentence right after that killing is the hazard's hurt too, and is dropped
(:func:`drop_hazard_harm`, branch precision16)."""
from __future__ import annotations

from sitrep.model import VIOLENT_EVENT_TYPES, EventMention

_HARM_VERBS = frozenset({"injure", "wound", "hurt"})
_KILL_VERBS = frozenset({"kill"})
_TOLD_HARM_VERBS = _HARM_VERBS | _KILL_VERBS
_DISASTERS = frozenset({"natural_disaster", "man_made_disaster"})


def _doerless_token(e: EventMention, doc, lemmas: frozenset[str]):  # type: ignore[no-untyped-def]
    """The one token ``e`` is read off when it is a violent event with no side named, of one of ``lemmas``, with no
    subject that does it and no agent; else None."""
    if e.trigger is None or e.event_type not in VIOLENT_EVENT_TYPES or e.outside is not None or e.actor1 is not None:
        return None
    sp = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if sp is None or len(sp) != 1 or sp[0].lemma_.lower() not in lemmas:
        return None
    return None if any(c.dep_ in ("nsubj", "agent") for c in sp[0].children) else sp[0]


def _bare_harm(e: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """``e`` is read off a verb of harm alone: no subject that does it, no agent, no side named."""
    tok = _doerless_token(e, doc, _HARM_VERBS)
    return tok is not None and tok.pos_ in ("VERB", "ADJ")


def _passive(tok) -> bool:  # type: ignore[no-untyped-def]
    """A passive participle ("at least 18 people were killed"): its agent is already ruled out by _doerless_token."""
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)


def _told_harm_token(e: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """``e`` is read off a verb of harm alone (:func:`_bare_harm`) or a passive "were killed" with no agent and no
    side named (one token look-up)."""
    tok = _doerless_token(e, doc, _TOLD_HARM_VERBS)
    if tok is None:
        return False
    if tok.lemma_.lower() in _KILL_VERBS:
        return _passive(tok)
    return tok.pos_ in ("VERB", "ADJ")


def retype_told_harm(events: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """Give each bare harm (:func:`_bare_harm`) alone in its sentence the type of the event told just before it,
    when that event is an accident or a natural disaster."""
    for e in events:
        if not _told_harm_token(e, doc):
            continue
        assert e.trigger is not None
        if any(x is not e and x.sentence.start == e.sentence.start for x in events):
            continue  # another deed in the same sentence: its harm, read by the rules
        before = [x for x in events if x.trigger is not None and x.trigger.start < e.trigger.start]
        if not before:
            continue
        told = max(before, key=lambda x: x.trigger.start)  # type: ignore[union-attr]
        if told.outside in _DISASTERS:
            e.event_type, e.sub_event_type, e.plover, e.outside = \
                told.event_type, told.sub_event_type, told.plover, told.outside


def _doerless_killing(e: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """``e`` is read off a "killing" participle, or a passive "were killed", with no subject, agent or side named."""
    tok = _doerless_token(e, doc, _KILL_VERBS)
    return tok is not None and (tok.tag_ == "VBG" or _passive(tok))


def retype_disaster_killing(events: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """Give a doerless "killing" (:func:`_doerless_killing`) the type of an accident or natural disaster told in
    its own sentence, when no other violent event is told there."""
    for e in events:
        if not _doerless_killing(e, doc):
            continue
        same = [x for x in events if x is not e and x.sentence.start == e.sentence.start]
        if any(x.event_type in VIOLENT_EVENT_TYPES for x in same):
            continue
        told = [x for x in same if x.outside in _DISASTERS]
        if told:
            e.event_type, e.sub_event_type, e.plover, e.outside = \
                told[0].event_type, told[0].sub_event_type, told[0].plover, told[0].outside

def _after_hazard_killing(e: EventMention, events: list[EventMention], doc) -> bool:  # type: ignore[no-untyped-def]
    """``e`` is a bare harm alone in its sentence, the sentence before tells no event, and a verb there kills by a
    hazard."""
    from sitrep.events.word_senses import hazard_killed

    if not _bare_harm(e, doc) or any(x is not e and x.sentence.start == e.sentence.start for x in events):
        return False
    sp = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")  # type: ignore[union-attr]
    first = sp[0].sent.start
    if first == 0:
        return False
    prev = doc[first - 1].sent
    if any(prev.start_char <= x.sentence.start < prev.end_char for x in events):
        return False
    return any(hazard_killed(t) for t in prev if t.pos_ == "VERB")


def drop_hazard_harm(events: list[EventMention], doc) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """The events without the bare harms told right after a hazard's killing (module docstring)."""
    return [e for e in events if not _after_hazard_killing(e, events, doc)]
