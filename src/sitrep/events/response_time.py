"""The day of a police or medical response is the incident's day: local news and police releases date the deed by
the call ("Officers were called to the 3900 block ... at approximately 11:40 p.m. Saturday after reports of shots
fired", "On Friday, June 6, 2025, at approximately 11:47 p.m., officers were dispatched to ...", "Surrey RCMP
received a report of a collision"). The verbs are the ``response_verb`` rows of ``data/time_lexicon.tsv``; their
value says how the verb must be told to be a response: ``-`` always ("responded"), ``passive-or-to`` passive or
followed by "to" ("were called to", "were dispatched"; not "police called the death a homicide"), ``report`` with
a report or call as its object ("received a report of ...", "received a 911 call")."""
from __future__ import annotations

from sitrep.nlp.timelex import lexicon

_REPORT_NOUNS = frozenset({"report", "call", "complaint", "alert"})


def response_verb(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` tells police or medics answering an incident (see the module's rows)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    how = lexicon().response_verbs.get(verb.lemma_.lower())
    if how is None:
        return False
    if how == "-":
        return True
    if how == "passive-or-to":
        nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
        return any(c.dep_ == "auxpass" for c in verb.children) or (nxt is not None and nxt.lower_ == "to")
    if how == "report":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _REPORT_NOUNS for c in verb.children)
    return False


def answered_noun(verb, trig) -> bool:  # type: ignore[no-untyped-def]
    """The noun trigger names what the response answered: it hangs, through nouns and prepositions only, from the
    response verb ("received a report of a collision", "were dispatched ... in reference to a shooting", "responded
    to a stabbing"): the response's time is the incident's, not a time it borrows from another deed."""
    if trig.pos_ not in ("NOUN", "PROPN") or not response_verb(verb):
        return False
    cur = trig
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == verb.i:
            return True
        if cur.pos_ not in ("NOUN", "PROPN", "ADP", "NUM", "ADJ"):
            return False
    return False
