"""A member of a force who harms his own kin does it as himself, not as the force (issue 16, branch attackers20).

"A police constable shot his wife dead and then took his own life" (local_reports10 q06), "an off-duty soldier
stabbed his girlfriend": the actor finder reads "a police constable" as the police force of the report's country,
and the force became the doer of a private killing (ACLED codes a force only for its deeds as a force). When the
deed's doer is one member of a state force (a singular noun: "a constable", "the soldier") and its object is the
doer's own kin or partner ("his wife", "her husband": data/relation_nouns.tsv after "his"/"her"), the force is
dropped from actor1. The man takes its place when the report names exactly one person with that noun as his title
("Constable Daniel Kiprop, 34, ... and his wife ... both died"): the doer told by his rank, named later by it;
otherwise actor1 stays blank (blank beats wrong).
"""
from __future__ import annotations

from sitrep.events.roles import relation_nouns
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention, Span

__all__ = ["drop_force_of_private_deed"]

_OWN = frozenset({"his", "her"})


def _root(doc, start: int, end: int):  # type: ignore[no-untyped-def]
    sp = doc.char_span(start, end, alignment_mode="expand")
    return sp.root if sp is not None and len(sp) else None


def _own_kin(verb) -> bool:  # type: ignore[no-untyped-def]
    """The verb's object is the subject's own kin or partner ("shot his wife", "stabbed her husband")."""
    kin = relation_nouns()
    return any(o.dep_ == "dobj" and o.lemma_.lower() in kin and any(c.dep_ == "poss" and c.lower_ in _OWN
                                                                     for c in o.children) for o in verb.children)


def _titled_person(doc, title: str, aid: str):  # type: ignore[no-untyped-def]
    """The one person the report names with ``title`` before his name ("Constable Daniel Kiprop"), or None."""
    names = {}
    for t in doc:
        if t.text != title.capitalize() or t.dep_ != "compound" or t.head.i <= t.i or t.head.ent_type_ != "PERSON":
            continue
        span = doc[t.i + 1:t.head.i + 1]
        if all(w.pos_ == "PROPN" and w.ent_type_ == "PERSON" for w in span):
            names[span.text] = Span(aid, span.start_char, span.end_char, span.text)
    if len(names) != 1:
        return None
    name, sp = next(iter(names.items()))
    return ActorRef("x:" + name.lower().replace(" ", "-"), name, sp, "primary", 0.6)


def drop_force_of_private_deed(out: list[EventMention], doc, finder, aid: str) -> None:  # type: ignore[no-untyped-def]
    """A state force read off one of its members who harmed his own kin leaves actor1 (module docstring)."""
    for e in out:
        if e.event_type not in VIOLENT_EVENT_TYPES or e.actor1 is None or e.actor1.span is None or e.trigger is None \
                or not finder.is_state(e.actor1):
            continue
        verb, doer = _root(doc, e.trigger.start, e.trigger.end), _root(doc, e.actor1.span.start, e.actor1.span.end)
        if verb is None or doer is None or doer.tag_ != "NN" or doer.dep_ != "nsubj" or doer.head.i != verb.i:
            continue
        if _own_kin(verb):
            e.actor1 = _titled_person(doc, doer.text, aid)
