"""A named person "suspected of" a deed is its doer: "Kenji Morimoto, a company employee, is suspected of strangling
his mother", "a tenant ..., identified as Tomasz K., who is suspected of setting fire to his own flat" (issue 16; the
form of Japanese, German and Polish police reports, where the suspect is named with the suspicion, not a charge).

A person is the article's suspect when a name the parser tags PERSON is the passive subject of "suspect" (or the
noun a "who is suspected" clause hangs on) and "of" governs a gerund that heads a trigger of a violent ACLED type or
of property destruction in the ontology ("strangling", "stabbing", "setting fire"); a theft ("suspected of stealing
cattle") names no attacker. :func:`credit_suspected_of` makes the one such person actor1 of the violent events whose
doer is unnamed and whose target he is not (events/surnamed.give_unnamed_deeds); two such persons: blank beats wrong.
"""
from __future__ import annotations

from typing import Optional

from sitrep.nlp.doctext import doc_text
from sitrep.events.ontology import Ontology
from sitrep.events.surnamed import give_unnamed_deeds
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention, Span
from sitrep.nlp.span_words import lemma_lowers

__all__ = ["credit_suspected_of", "suspected_person"]

_DESTRUCTION = "Looting/property destruction"


def _violent_gerund(verb, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """"suspected of V-ing": V heads a trigger of a violent type or of property destruction."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for g in prep.children:
                if g.dep_ == "pcomp" and any(p.tdef.event_type in VIOLENT_EVENT_TYPES or p.tdef.sub_event_type == _DESTRUCTION
                                             for p in onto.patterns(g.lemma_.lower(), "VERB")):
                    return True
    return False


def _person(verb):  # type: ignore[no-untyped-def]
    """The PERSON name the verb "suspect" is said of: its passive subject, or the noun its "who" clause hangs on."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and subj.lower_ in ("who", "whom") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None or subj.ent_type_ != "PERSON":
        return None
    words = [c for c in subj.children if c.dep_ in ("compound", "flat") and c.i < subj.i and c.ent_type_ == "PERSON"]
    return subj.doc[(words[0].i if words else subj.i): subj.i + 1]


def _suspect_at(doc) -> list[int]:  # type: ignore[no-untyped-def]
    return [i for i, lem in enumerate(lemma_lowers(doc)) if lem == "suspect"]


def suspected_person(doc, onto: Ontology) -> Optional[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    """The one person "suspected of" a violent deed, with the name's character offsets; None if none or two."""
    found: dict[str, tuple[str, int, int]] = {}
    for i in _suspect_at(doc):  # (a Token built only for the word "suspect")
        tok = doc[i]
        if tok.pos_ == "VERB" and _violent_gerund(tok, onto):
            span = _person(tok)
            if span is not None:
                found.setdefault(span.text, (span.text, span.start_char, span.end_char))
    return next(iter(found.values())) if len(found) == 1 else None


def credit_suspected_of(out: list[EventMention], doc, onto: Ontology, aid: str) -> None:  # type: ignore[no-untyped-def]
    """The person "suspected of" a violent deed becomes the doer of the unnamed violent deeds of the article."""
    if "suspected" not in doc_text(doc):
        return
    got = suspected_person(doc, onto)
    if got is None:
        return
    name, start, end = got
    give_unnamed_deeds(out, ActorRef(f"x:{name.lower().replace(' ', '-')}", name, Span(aid, start, end, name),
                                     "primary", 0.6))
