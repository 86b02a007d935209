"""The doer a blame in a relative clause lends to the deed it restates in an adjunct (issue 16): "A drone strike on a
market killed 14 people, in an attack that a group of medics attributed to X", "Two soldiers were killed when a car
bomb exploded, in an attack which the army blamed on X". The adjunct's "attack" is no event of its own (the strike
or the killing is), so the accused of its relative clause of blame (events/accusation.relative_blame_of) becomes the
doer of the violent event whose trigger, or the verb it is the subject or object of, holds the adjunct. Only a named
actor (the accused resolves to an actor that is not generic), only where the event has no doer."""
from __future__ import annotations

from sitrep.events.accusation import relative_blame_of
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention
from sitrep.nlp.doctext import token_starting_at

_ADJUNCT_PREPS = frozenset({"in", "during"})


def _adjunct_deeds(tok):  # type: ignore[no-untyped-def]
    """The nouns of "in/during <noun>" adjuncts hung on ``tok`` or on the verb ``tok`` is the subject or object of."""
    holders = [tok] + ([tok.head] if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB" else [])
    return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _ADJUNCT_PREPS
            for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]


def credit_adjunct_blame(events: list[EventMention], doc, finder) -> None:  # type: ignore[no-untyped-def]
    """A violent event with no doer takes the accused of the relative clause of blame on the deed noun of its
    adjunct (module docstring)."""
    from sitrep.events.charged_suspect import unnamed_doer

    for e in events:
        if e.event_type not in VIOLENT_EVENT_TYPES or e.trigger is None or e.actor1 is not None:
            continue
        tok = token_starting_at(doc, e.trigger.start)
        if tok is None:
            continue
        for n in _adjunct_deeds(tok):
            rb = relative_blame_of(n)
            if rb is None or rb[2] is None:
                continue
            ref = finder.actor(rb[2])
            if ref is not None and not unnamed_doer(ref):
                e.actor1 = ref
                break
