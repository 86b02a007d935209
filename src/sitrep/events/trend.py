"""A deed told as a trend, not as an incident (issue 11/16: false events on hidden corpora).

"Kidnapping for ransom has become common across the region", "the government has stepped up arrests of critics",
"residents blocked the road to protest against a wave of kidnappings": the event noun names a kind of deed that
grows, spreads or recurs, with no time, count or place of one incident; each was read as one event dated by its
report. Three shapes, with their words in ``data/event_sense_cues.tsv`` (cues ``trend_states``, ``more_of_verbs``,
``series_heads``):

- the bare event noun is the subject of "become"/"be"/"remain"/"grow" with a state of frequency ("common",
  "routine", "rife");
- a bare plural event noun is the object of a verb of more or less ("stepped up arrests", "intensified attacks");
- the event noun hangs on a series noun that is itself the object of a preposition ("against a wave of
  kidnappings", "amid a spate of attacks"): a series named as a setting, not one deed told as done.

The caller asks only for a deed with no time, date or count in its clause.

A fourth shape, a statistic, is :func:`trend_count`: "Kidnappings and extortion rose in several regions", "arrests
of gang members had doubled", "Bogota and Cali all reported fewer killings". A report of annual figures tells how
many deeds of a kind there were over a period and how that number moved; no one incident is told. A bare plural
event noun (no number of its own) that is the subject of a trend verb (cue ``trend_verbs``: rise, fall, double,
increase ...), or a noun joined to that subject by "and" ("and extortion"), or a plural counted by "fewer" (cue
``fewer_words``), is background. The cue ``generic_heads`` of ``events/reference`` already reads the noun form ("a
rise in kidnappings"); this reads the verb form. A trend told with a single incident ("an attack doubled the toll")
has a singular noun and is left alone, and so is a verb told with where something landed ("bombs fell on homes",
"shells dropped near the market": an incident).
"""
from __future__ import annotations

from typing import Any

from sitrep.events.cues import sense_cue

__all__ = ["told_as_trend", "trend_count"]

_SPECIFIC = frozenset({"det", "poss", "nummod", "predet"})
_STATE_VERBS = frozenset({"become", "be", "remain", "grow"})
_LANDING_PREPS = frozenset({"on", "onto", "upon", "near", "at", "into", "around", "inside"})


def _bare(tok: Any) -> bool:
    """No article, possessive or number: "kidnapping", "arrests" (not "the arrests", "three attacks")."""
    return not any(c.dep_ in _SPECIFIC or c.like_num for c in tok.children)


def _state_of_frequency(tok: Any) -> bool:
    """ "Kidnapping (for ransom) has become common": the noun is the subject of a state verb whose complement is a
    word of frequency."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _STATE_VERBS or not _bare(tok):
        return False
    states = sense_cue("trend_states")
    return any(c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in states for c in tok.head.children)


def _more_of(tok: Any) -> bool:
    """ "has stepped up arrests of critics", "intensified attacks": a bare plural object of a verb of more or less."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.dep_ != "dobj" or not _bare(tok):
        return False
    verb = tok.head
    lem = verb.lemma_.lower()
    if lem == "step" or lem == "ramp":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return lem in sense_cue("more_of_verbs")


def _series_setting(tok: Any) -> bool:
    """ "to protest against a wave of kidnappings", "amid a spate of attacks": the event noun is the "of" object of a
    series noun that is itself the object of a preposition."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    series = tok.head.head
    return series.lemma_.lower() in sense_cue("series_heads") and series.dep_ == "pobj"


def told_as_trend(tok: Any) -> bool:
    """The event word ``tok`` names a trend or a series as a setting, not an incident (module docstring)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return _state_of_frequency(tok) or _more_of(tok) or _series_setting(tok)


def trend_count(trig: Any) -> bool:
    """Whether trigger ``trig`` is a plural deed noun told as a count that rose or fell (module docstring)."""
    if trig.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "nummod" or c.like_num for c in trig.children):
        return False
    if trig.tag_ in ("NNS", "NNPS") and any(c.dep_ == "amod" and c.lower_ in sense_cue("fewer_words")
                                            for c in trig.children):
        return True  # "fewer killings"
    cur = trig
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head  # "kidnappings and extortion rose": the first conjunct is the subject
    if cur.tag_ not in ("NNS", "NNPS"):
        return False  # "the fighting increased": a battle may grow fiercer; only a plural is a count
    verb = cur.head
    if cur.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in sense_cue("trend_verbs"):
        return False
    # "bombs fell on homes", "shells dropped near the market": where something landed, an incident
    return not any(c.dep_ == "prep" and c.lower_ in _LANDING_PREPS for c in verb.children)
