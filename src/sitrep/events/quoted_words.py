"""A deed in a speaker's own words, done by a bare pronoun, with no time, place or count, is no reported incident
(issue 11; false events in quotes).

'"They fought to the last bullet," said X', '"He fought hard, and then he worked even harder for peace"', '"We
fought for our street, our school, our neighbours"', '"We are fighting for the right to study"', '"We have won
some battles, but not the war"', '"They gassed us like criminals"', '"We are killing it on production"': inside a
quotation a speaker tells of himself ("I", "we", "you") or of people he names no further ("he", "they"), in praise,
memory, defiance or idiom. Such words tell an incident only when they say when, where or how many (the narrative
reports the incident itself, with its facts, around the quote). An asserted deed whose trigger lies inside a
quotation, whose doer is a personal pronoun (the subject of an active verb, or of the verb a deed noun is the
object of: "we have won some battles"), and whose clause has no time, no count and no named place, is taken as
background: the words are kept, no event is reported.

Inside a quotation: the quotation marks between the start of the trigger's paragraph and the trigger leave one
open (straight marks toggle, curly ones open and close); a paragraph break closes any quotation.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from sitrep.nlp.doctext import doc_text

__all__ = ["in_quotation", "pronoun_deed_in_quote"]

_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def in_quotation(tok: Any) -> bool:
    """Whether ``tok`` lies inside a direct quotation (module docstring)."""
    text = doc_text(tok.doc)
    start = text.rfind("\n\n", 0, tok.idx)
    start = 0 if start < 0 else start
    is_open = False
    for ch in text[start:tok.idx]:
        if ch == '"':
            is_open = not is_open
        elif ch in "“«„":
            is_open = True
        elif ch in "”»":
            is_open = False
    return is_open


def _subject(verb: Any) -> Optional[Any]:
    """The active subject of ``verb``, or of the verb it is a conjunct of when it has none ("fought and won")."""
    for _ in range(3):
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None  # passive: its subject was acted on
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _doer(trig: Any) -> Optional[Any]:
    if trig.pos_ in ("VERB", "AUX"):
        return _subject(trig)
    if trig.dep_ == "dobj" and trig.head.pos_ in ("VERB", "AUX"):
        return _subject(trig.head)  # "we have won some battles"
    return None


def pronoun_deed_in_quote(trig: Any, clause: Iterable[int], clause_times: list, figs: list) -> bool:
    """Whether the deed of trigger ``trig`` is told in a quotation by a bare pronoun doer, with no time, count or
    named place in its clause (module docstring)."""
    if clause_times or figs or not in_quotation(trig):
        return False
    doer = _doer(trig)
    if doer is None or doer.lower_ not in _PRONOUNS:
        return False
    doc = trig.doc
    return not any(doc[i].ent_type_ in _PLACE_ENTS for i in clause)
