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
