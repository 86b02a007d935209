"""A plural deed noun told as a rising or falling count is a statistic, not an incident (issue 11; reports of
figures).

"Kidnappings and extortion rose in several regions", "arrests of gang members had doubled", "Bogota and Cali all
reported fewer killings": a report of annual figures tells how many deeds of a kind there were over a period and
how that number moved; no one incident is told. A bare plural event noun (no number of its own) that is the
subject of a trend verb (cue ``trend_verbs``: rise, fall, double, increase ...), or a noun joined to that subject by
"and" ("and extortion"), or a plural counted by "fewer" (cue ``fewer_words``), is background. The cue
``generic_heads`` of ``events/reference`` already reads the noun form ("a rise in kidnappings"); this reads the verb
form. A trend told with a single incident ("an attack doubled the
toll") has a singular noun and is left alone, and so is a verb told with where something landed ("bombs fell on
homes", "shells dropped near the market": an incident).
"""
from __future__ import annotations

from typing import Any

from sitrep.events.cues import sense_cue

__all__ = ["trend_count"]

_LANDING_PREPS = frozenset({"on", "onto", "upon", "near", "at", "into", "around", "inside"})


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
