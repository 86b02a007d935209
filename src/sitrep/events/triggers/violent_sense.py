"""Decides that a word with a pattern has no violent sense here (a veto asked last, it is dear): no place entered
("invaded the pitch", "an invasion of privacy"; :func:`enters_place`), no people harmed ("wiped out the savings"),
or a non-event sense of events/word_senses ("an attack of gout", "attacked the website"). Evidence: cue lists
``place_object_words``, ``reference_preps``, ``people_object_words``, ``people_object_nouns`` of
data/event_sense_cues.tsv, the ontology's ``land_nouns``, the places found in the text. Tests:
tests/test_events_deeds.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child, pobj
from sitrep.events.ontology import Ontology
from sitrep.events.people_object import destroys_people
from sitrep.events.roles import lemma
from sitrep.events.triggers.words import SETTLEMENT_WORDS
from sitrep.events.word_senses import not_event_sense


def _no_violent_sense(tok, pos: str, onto: Ontology, place_spans: tuple) -> bool:  # type: ignore[no-untyped-def]
    """The word has a pattern, but its sense here names no event: no place entered, no people harmed, no violence."""
    if lemma(tok) in sense_cue("place_object_words") and (not enters_place(tok, pos, onto, place_spans) or (
            pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in sense_cue("reference_preps"))):
        return True  # "invaded the pitch", "an invasion of privacy": no war; "since the invasion": a war's start as a date
    if (lemma(tok) in sense_cue("people_object_words") or (pos == "NOUN" and lemma(tok) in sense_cue(
            "people_object_nouns"))) and not destroys_people(tok):
        return True  # "wiped out the savings", "slew the dragon", "food poisoning": no people harmed, no attack
    return bool(not_event_sense(tok))  # "an attack of gout", "attacked the website", "near a mine": no violence (events/word_senses)


def enters_place(tok, pos: str, onto, place_spans: tuple = ()) -> bool:  # type: ignore[no-untyped-def]
    """Whether what an invasion word enters is a place: the verb's object or passive subject, the noun's "of"
    phrase, is a place found in the text, a GPE/LOC, a settlement or a word for a country or land (cue
    ``land_nouns``); left unsaid ("troops invaded at dawn", "the invasion began") it may be one."""
    target = child(tok, "dobj", "nsubjpass") if pos == "VERB" else pobj(tok, "of")
    if target is None:
        return True
    if any(s <= target.idx < e for s, e in place_spans) or target.ent_type_ in ("GPE", "LOC"):
        return True
    lem = lemma(target)
    return lem in SETTLEMENT_WORDS or lem in onto.cue("land_nouns")  # not "area": "invaded the penalty area"
