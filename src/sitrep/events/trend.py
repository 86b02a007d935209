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

A fifth shape, a rank in a running count, is :func:`ranked_in_series`: "he was the fourth teenager shot dead in the
city this month", "the city's 30th homicide of the year", "the third journalist killed in the country this year".
The deed is the victim's own, told in its own sentence; the rank places it in a series over a period and tells no
new incident. A deed noun, or a participle hung on a noun, ranked by an ordinal (second ... tenth, 30th, 190th)
after "the" or a possessive, with a period of weeks, months or a year on it ("this month", "of the year", "so
far this year"), is background. "A second man shot in the attack died" (no "the", no period) is left alone.
"""
from __future__ import annotations

import re
from typing import Any

from sitrep.events.cues import sense_cue

__all__ = ["compared_count", "generic_progressive", "kind_or_repeat", "ranked_in_series", "told_as_trend", "trend_count"]

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


# words that make a deed noun a kind of deed or a series of them: "with such bombs", "in similar attacks",
# "has seen repeated fighting" (no one incident of the report)
_KIND_WORDS = frozenset({"such", "similar", "repeated"})


def kind_or_repeat(tok: Any) -> bool:
    """ "Rebels have killed dozens of soldiers with such bombs", "the town has seen repeated fighting": a deed noun
    with no number of its own, modified by "such", "similar" or "repeated", names a kind of deed or a series of
    them, not the report's incident (the caller checks that the clause tells no date)."""
    if tok.pos_ not in ("NOUN", "PROPN") or any(c.like_num or c.dep_ == "nummod" for c in tok.children):
        return False
    return any(c.dep_ in ("amod", "predet") and c.lower_ in _KIND_WORDS for c in tok.children)


def generic_progressive(verb: Any) -> bool:
    """ "Hitmen are killing people for a few hundred dollars", "gangs are kidnapping people on every road": a verb in
    the present progressive whose subject is a bare plural (no article, possessive or number) and whose object is
    bare "people" tells a kind of deed going on, no incident: no one is counted, named or placed (branch
    precision20, quiet_reports14 k09). The caller asks for a clause with no date."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBG" or not any(
            c.dep_ == "aux" and c.lemma_.lower() == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (subj is not None and subj.tag_ in ("NNS", "NNPS") and _bare(subj) and obj is not None
            and obj.lower_ == "people" and not any(c.dep_ in ("det", "poss", "nummod", "amod") or c.like_num
                                                   for c in obj.children))


def told_as_trend(tok: Any) -> bool:
    """The event word ``tok`` names a trend or a series as a setting, not an incident (module docstring)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return _state_of_frequency(tok) or _more_of(tok) or _series_setting(tok)


def trend_count(trig: Any) -> bool:
    """Whether trigger ``trig`` is a plural deed noun told as a count that rose or fell (module docstring)."""
    if trig.pos_ == "VERB":  # "Fewer people are being killed": the victims counted by "fewer"
        victims = next((c for c in trig.children if c.dep_ == "nsubjpass"), None)
        return victims is not None and victims.tag_ in ("NNS", "NNPS") and any(
            c.dep_ == "amod" and c.lower_ in sense_cue("fewer_words") for c in victims.children)
    if trig.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "nummod" or c.like_num for c in trig.children):
        return False
    if trig.tag_ in ("NNS", "NNPS") and any(c.dep_ == "amod" and c.lower_ in sense_cue("fewer_words")
                                            for c in trig.children):
        return True  # "fewer killings"
    cur = trig
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head  # "kidnappings and extortion rose": the first conjunct is the subject
    if cur.tag_ not in ("NNS", "NNPS") and cur.lemma_.lower() not in sense_cue("trend_mass_nouns"):
        return False  # "the fighting increased": a battle may grow fiercer; only a plural is a count (or a mass
        # noun of a kind of deed: "sexual violence had risen sharply", branch subtypes18, mixed_reports12 e07)
    verb = cur.head
    if cur.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in sense_cue("trend_verbs"):
        return False
    # "bombs fell on homes", "shells dropped near the market": where something landed, an incident; "Bombs dropped by
    # a military jet hit a village": who dropped them (an agent, never a measure: "killings dropped by a quarter")
    return not any(c.dep_ == "prep" and c.lower_ in _LANDING_PREPS
                   or c.dep_ in ("prep", "agent") and c.lower_ == "by" and _agent(c) for c in verb.children)


def _agent(by: Any) -> bool:
    """The "by" phrase names who did it ("by a military jet"), not how much a count moved ("by a quarter", "by 20
    percent", "by half": a number, or a noun counted or measured by one)."""
    obj = next((c for c in by.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ in ("NOUN", "PROPN") and not obj.like_num and not any(
        c.like_num or c.dep_ == "nummod" for c in obj.children) and obj.lemma_.lower() not in _MEASURES


# what a count moves by: "by a quarter", "by half", "by 20 percent" (English usage)
_MEASURES = frozenset({"quarter", "half", "third", "fifth", "tenth", "percent", "per", "cent", "%", "point", "fold",
                       "margin", "amount", "number", "lot", "much", "factor"})


def included_in_trend(trig: Any) -> bool:
    """A plural deed noun counted inside a statistic: "Attacks on journalists rose to 612 last year, including nine
    killings": the "including" phrase hangs on the trend verb of a counted deed noun (:func:`trend_count`), and
    names a share of that count, no incident (branch precision16, quiet_reports10 w10)."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.tag_ not in ("NNS", "NNPS") or trig.dep_ != "pobj":
        return False
    prep = trig.head
    if prep.lower_ != "including" or prep.head.pos_ != "VERB":
        return False
    subj = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and trend_count(subj)


_COMPARED = frozenset({"down", "up"})
_CLAUSE_STEPS = 4


def _earlier_count(tok: Any) -> bool:
    """``tok`` has "down from N" or "up from N" below it: a count set against an earlier one."""
    return any(c.lower_ in _COMPARED and any(p.dep_ == "prep" and p.lower_ == "from" and any(
        o.dep_ == "pobj" and o.like_num for o in p.children) for p in c.children) for c in tok.children)


_ONE_DETS = frozenset({"the", "this", "that"})


def _one_deed(trig: Any) -> bool:
    """``trig`` is a singular noun with "the" or a possessive: "Sunday's attack", "the ambush"."""
    return trig.tag_ == "NN" and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _ONE_DETS)
                                     for c in trig.children)


def compared_count(trig: Any) -> bool:
    """A deed told as a period's figure set against an earlier one: "5,741 people were murdered in the quarter, down
    from 6,523" (its verb or its count has "down/up from N"). A statistic, no incident (branch precision12:
    quiet_reports6 t12; "The police recorded 11,820 murders, down from about 13,400", quiet_reports3 n08). A deed
    named as one ("were killed in Sunday's attack, up from nine", "had died in the ambush, up from four") is an
    incident's toll raised, not a statistic (branch tolls41: story_sets24 y03, story_sets10 s02)."""
    if _one_deed(trig):
        return False
    cur = trig
    for _ in range(_CLAUSE_STEPS):  # up to the clause's verb: "were murdered", or "killings are the 30th"
        if _earlier_count(cur) or any(_earlier_count(c) for c in cur.children if c.like_num or c.dep_ == "nummod"):
            return True
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            return False
        cur = cur.head
    return False


_ORDINAL = re.compile(r"^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))$",
                      re.I)
_RANK_DETS = frozenset({"the", "its", "their", "this"})
_PERIOD_UNITS = frozenset({"week", "month", "year"})
_PERIOD_DETS = frozenset({"this", "the", "last", "past"})
_PERIOD_PREPS = frozenset({"of", "in", "during", "over", "since", "so"})


def _ranked(noun: Any) -> bool:
    """``noun`` has an ordinal before it and "the" or a possessive: "the fourth teenager", "Chicago's 30th homicide"."""
    return any(c.dep_ in ("amod", "nummod") and _ORDINAL.match(c.text) for c in noun.children) and any(
        (c.dep_ == "det" and c.lower_ in _RANK_DETS) or c.dep_ == "poss" for c in noun.children)


def _unit(n: Any) -> bool:
    return n.lemma_.lower() in _PERIOD_UNITS and any(c.lower_ in _PERIOD_DETS for c in n.children if c.dep_ in ("det", "amod"))


def _period(tok: Any) -> bool:
    """``tok`` carries a period of weeks, months or a year: "this month", "of the year", "in the past week"."""
    from sitrep.nlp.period_tally import period_phrase

    if period_phrase(tok):
        return True
    for c in tok.children:
        if c.dep_ == "npadvmod" and _unit(c):
            return True
        if c.dep_ == "prep" and c.lower_ in _PERIOD_PREPS and any(o.dep_ == "pobj" and _unit(o) for o in c.children):
            return True
    return False


def ranked_in_series(trig: Any) -> bool:
    """Whether ``trig`` is a deed ranked in a running count over a period (module docstring)."""
    if trig.pos_ in ("NOUN", "PROPN"):
        return _ranked(trig) and _period(trig)
    if trig.pos_ != "VERB" or trig.dep_ != "acl" or trig.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return _ranked(trig.head) and (_period(trig) or _period(trig.head))
