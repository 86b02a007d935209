"""Fighting told as going on, with no day, count or finer time, is the war's state, not an incident (issue 15).

"Gunmen killed six people at a family party on Sunday night, as fighting between rival factions went on in the
city", "abuses could rise as fighting between the army and the rebels spreads south", "Ukrainian defenders stopped
33 of these attacks; fighting continues": the noun of fighting is the subject of a verb of going on (ontology cues
``going_on_nouns``, ``going_on_verbs``; "go" only with "on") and tells that a war goes on, not one clash at one
place and time (ACLED). The clause reading made each an armed clash dated by the report (extras on conflict_reports
c22, war_reports w08, war_reports3 v01 and mixed_reports m02). :func:`fighting_goes_on` tells it; a clause that gives the fighting a
time of its own or a count ("Fighting raged in the town for a third day on Tuesday", "fighting went on overnight,
killing four") stays an incident, as does a verb with an object or a participle of its own, and fighting for a
place ("fighting for the village was continuing", war_reports w23: the battle for it). A stretch of weeks or more
is no time of its own: "Fighting around the town has raged for more than a year" is the war's state.
"""
from __future__ import annotations

from sitrep.events.ontology import Ontology
from sitrep.model import KILLED_WHAT

__all__ = ["fighting_goes_on"]

_HURT = frozenset({"injured", "wounded", "hurt"})  # a count of the harmed ("two factions" is no toll)


def fighting_goes_on(trig, onto: Ontology, time_toks: set[int], figs: list) -> bool:  # type: ignore[no-untyped-def]
    """``trig`` is a fighting noun, subject of a verb of going on with no time, count or clause of its own in its
    reach (module docstring)."""
    if trig.lower_ not in onto.cue("going_on_nouns") and trig.lemma_.lower() not in onto.cue("going_on_nouns"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in trig.children):
        return False  # "fighting for the village was continuing": a battle for one place, still an incident
    if _as_fighting_spread(trig, onto):
        return not any(f.what in KILLED_WHAT or f.what in _HURT for f in figs) and not any(
            t.i in time_toks for t in trig.subtree)
    verb = trig.head
    # its subject, or hung before the verb that has none ("as fighting between two factions went on": the parser
    # makes "fighting" a clause of "went")
    # (a gerund read as a clausal subject too: "Fighting around the town has raged for a year")
    subject = trig.dep_ in ("nsubj", "csubj") or (trig.dep_ == "advcl" and trig.i < verb.i
                                       and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))
    if not subject or any(f.what in KILLED_WHAT or f.what in _HURT for f in figs):
        return False
    lem = verb.lemma_.lower()
    # (the word's own form too: the parser lemmatises "raged" as "rag")
    if verb.pos_ not in ("VERB", "AUX") or not {lem, verb.lower_.rstrip("sd")} & onto.cue("going_on_verbs"):
        return False
    if lem == "go" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
        return False  # "fighting went badly": no going on
    if any(c.dep_ in ("dobj", "xcomp", "advcl", "ccomp") and c.i > verb.i for c in verb.children):
        return False  # "fighting continued, killing four": a deed of its own
    # "has raged for more than a year", "has gone on for months": a long stretch tells the war's state, no time of
    # the incident's own ("for a third day on Tuesday" keeps its day)
    stretch = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in _STRETCH_PREPS
               and any(x.lemma_.lower() in _LONG_UNITS for x in c.subtree) for t in c.subtree}
    return not any(t.i in time_toks and t.i not in stretch for t in verb.subtree)


def _as_fighting_spread(trig, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """ "had risen sharply in the province as fighting spread": the parser reads "as" as a preposition, "fighting" as
    its gerund and the verb of going on at the sentence's end as that gerund's noun object (branch subtypes18,
    mixed_reports12 e07)."""
    if trig.dep_ != "pcomp" or trig.head.lower_ != "as":
        return False
    obj = next((c for c in trig.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.tag_ in ("NN", "NNS", "VBD", "VBZ") and bool(
        {obj.lower_, obj.lower_.rstrip("sd"), obj.lemma_.lower()} & onto.cue("going_on_verbs"))


_STRETCH_PREPS = frozenset({"for", "over", "throughout"})
_LONG_UNITS = frozenset({"week", "month", "year", "decade"})


# times that date a deed of the news ("on Tuesday", "overnight", "on 14 March"): with one of them a perfect or a
# progressive still tells an incident ("fighting has raged since Friday", "have been fighting for control of the town
# since Sunday")
_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                        "today", "tonight", "overnight", "morning", "afternoon", "evening", "night", "dawn", "dusk",
                        "midnight", "noon", "hours"})
# verbs of starting: "fighting has erupted near the town" is the news itself unless a time of the war tells otherwise
_STARTING = frozenset({"erupt", "break", "resume", "start", "begin", "flare", "intensify", "escalate", "ignite",
                       "reignite", "spread"})
# what a side fights for when the fight is the war itself ("fighting for control of the drug trade", "for independence")
_STAKES = frozenset({"control", "independence", "autonomy", "territory", "turf", "dominance", "supremacy", "influence",
                     "power", "secession", "self-rule", "sovereignty"})


def _day_time(toks, time_toks: set[int]) -> bool:  # type: ignore[no-untyped-def]
    """A time of the day's news among ``toks`` (a weekday, "overnight", a day of the month)."""
    return any(t.i in time_toks and (t.lower_ in _DAY_WORDS or (t.like_num and t.text.isdigit() and int(t.text) <= 31))
               for t in toks)


def fighting_as_state(trig, onto: Ontology, time_toks: set[int], figs: list) -> bool:  # type: ignore[no-untyped-def]
    """``trig`` tells the war's state, not one clash (branch types16):
    - a noun of fighting, subject of a verb in the perfect with no day of its own and no count of dead or hurt:
      "Fighting in the region has displaced hundreds of thousands since 2022", "Fighting on the southern front has
      picked up since the summer" (a verb of starting only with a time of the war: "has flared in recent weeks";
      "fighting has erupted near the town" stays the news);
    - the verb "fighting" in a present or perfect progressive, for a stake that is the war itself or against a bare
      plural foe, with no day of its own: "the cartel is fighting a rival gang for control of the trade", "which is
      fighting for independence", "have been fighting for control of the city", "are fighting insurgents"."""
    if any(f.what in KILLED_WHAT or f.what in _HURT for f in figs):
        return False
    low = trig.lower_
    if low not in ("fighting", "fight", "clashes", "hostilities", "war", "conflict", "combat", "battles"):
        return False
    if trig.pos_ in ("NOUN", "PROPN") or (trig.tag_ == "VBG" and trig.dep_ in ("nsubj", "csubj")):
        if trig.dep_ not in ("nsubj", "csubj") or trig.lemma_.lower() not in onto.cue("going_on_nouns") \
                and low not in onto.cue("going_on_nouns"):
            return False
        verb = trig.head
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN" \
                or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
            return False
        toks = list(verb.subtree)
        if _day_time(toks, time_toks):
            return False
        if verb.lemma_.lower() in _STARTING:
            return any(t.i in time_toks for t in toks)
        return True
    if trig.tag_ != "VBG" or trig.pos_ != "VERB":
        return False
    aux = [c for c in trig.children if c.dep_ == "aux"]
    if not any(a.lower_ in ("is", "are", "'s", "'re", "been") for a in aux):
        return False
    toks = list(trig.subtree)
    if _day_time(toks, time_toks):
        return False
    objs = [c for c in trig.children if c.dep_ == "dobj"]
    # (the parser may hang "for control" on the foe: "fighting a rival gang for control of the trade")
    for c in [*trig.children, *(x for o in objs for x in o.children)]:
        if c.dep_ == "prep" and c.lower_ in ("for", "over") and any(
                x.dep_ == "pobj" and x.lemma_.lower() in _STAKES for x in c.children):
            return True
        # a bare plural foe and no place of the fight's own ("are fighting insurgents linked to ..."; "is fighting
        # rebels in the streets of the town" is a battle of the day)
        if c.dep_ == "dobj" and c.tag_ == "NNS" and not any(
                x.dep_ in ("det", "poss", "nummod", "compound") or x.like_num for x in c.children) \
                and not any(x.dep_ == "prep" for x in trig.children):
            return True
    return False
