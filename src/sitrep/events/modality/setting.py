"""A deed told as the setting of something else: the time or reason of the verb above ("blamed the separatists
after a bomb killed six"), a landmark ("from where the mayor was killed"), an anniversary, a life's or a court
case's past, a months-long campaign, a step that sets another clause.

Decides that a governed deed happened (:func:`past_setting`: the walk up the governors stops, read by :mod:`.head`)
and ``background`` for a deed told as a setting (the stage :func:`_told_as_setting`). Evidence: the clause's
``mark`` and tense; cues ``background_preps``, ``background_nouns``, ``lived_through_verbs`` (data/ontology.json);
events/court_account, events/verdict_report, events/kin_detained. Tests: tests/test_events_deed_senses.py,
tests/test_depicted_precision7.py (a life's past, a campaign of months).
"""
from __future__ import annotations

from sitrep.events.court_account import told_in_court
from sitrep.events.kin_detained import kin_arrest
from sitrep.events.modality.clause import EventClause
from sitrep.events.modality.tree import _below
from sitrep.events.ontology import Ontology
from sitrep.events.reference import CONTEXT_TYPES, VIOLENT, verb_anchor
from sitrep.events.verdict_report import verdict_crime


SETTING_MARKS = frozenset({"after", "when", "as", "since", "once", "before", "because"})


def past_setting(head, gov) -> bool:  # type: ignore[no-untyped-def]
    """``head`` is a past clause of time or reason hung on ``gov`` ("blamed the separatists after a bomb killed six",
    "denied it when troops shelled the town"): the deed it tells happened and is the setting of ``gov``, not what
    ``gov`` says, threatens, denies or plans."""
    below = _below(head, gov)
    if below.dep_ == "prep" and head.dep_ == "pcomp" and head.head.i == below.i and _wh_place(head):
        below = head  # "stopped seven blocks from where the mayor was killed": a landmark, not what was stopped
    elif below.dep_ != "advcl" or below.head.i != gov.i:
        return False
    elif not (any(c.dep_ == "mark" and c.lower_ in SETTING_MARKS for c in below.children) or _wh_place(below)):
        return False
    return below.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in below.children)


def _wh_place(clause) -> bool:  # type: ignore[no-untyped-def]
    """A clause opened by "where" or "when" ("(near) where the mayor was killed", "when troops shelled it"):
    a place or a time named by a deed, not an argument of the verb above."""
    return any(c.dep_ == "advmod" and c.lower_ in ("where", "when", "wherever") and c.i < clause.i for c in clause.children)


def _told_as_setting(mod: str, c: EventClause) -> str:
    """A deed told as the setting of something else: a landmark, an anniversary, a life's or a court case's past,
    a long campaign, a step that sets another clause."""
    trig, g, onto, tdef = c.trig, c.g, c.onto, c.tdef
    if mod == "asserted" and g.head.dep_ == "pcomp" and g.head.head.lemma_.lower() in onto.cue("background_preps"):
        mod = "background"  # "have been regrouping since withdrawing from Kyiv"
    if mod == "asserted" and g.head.dep_ == "pcomp" and g.head.head.lower_ in ("from", "near", "to", "past") \
            and any(x.lower_ == "where" for x in g.head.children):
        mod = "background"  # "stopped seven blocks from where the mayor was killed": a landmark, not news
    if mod != "denied" and _under_background_noun(trig, onto):
        mod = "background"  # "(to mark) the anniversary of the massacre": remembered, not news
    if mod == "asserted" and lived_through(trig, onto):
        mod = "background"  # "who lived through the siege": a life's past, not news
    if mod == "asserted" and told_in_court(trig):
        mod = "background"  # "the jury heard how he had stabbed his neighbour": the case's past (events/court_account)
    if mod == "asserted" and verdict_crime(trig):
        mod = "background"  # "jailed for 40 years ... found guilty of murder": the verdict's case (events/verdict_report)
    if mod == "asserted" and tdef.code == "sd.arrests" and not c.clause_times and kin_arrest(trig):
        mod = "background"  # "relatives of people detained under the emergency marched": the crowd's kin (events/kin_detained)
    if mod == "asserted" and (tdef.event_type in VIOLENT or tdef.sub_event_type == "Other") and lasted_long(g.head):
        mod = "background"  # "besieged the city for more than a year, shelling its markets": a campaign
    if mod == "asserted" and tdef.event_type in CONTEXT_TYPES and trig.i == g.head.i and verb_anchor(g.head) \
            and not c.clause_times:
        mod = "background"  # "massing troops after pulling back from the north", "had gathered after authorities
        # urged residents to leave": a step told as the setting of another clause, not news of its own
    return mod


def _under_background_noun(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """A trigger inside "the anniversary of ...", "in memory of ...", "the aftermath of ..." (at most 3 heads up)."""
    cur = tok
    for _ in range(3):
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.pos_ in ("NOUN", "PROPN") and cur.lemma_.lower() in onto.cue("background_nouns"):
            return True
        if cur.pos_ == "VERB":
            return False
    return False


LONG_UNITS = frozenset({"month", "year", "decade"})


def lasted_long(verb) -> bool:  # type: ignore[no-untyped-def]
    """A violent deed verb that lasted months or years: "besieged the city for more than a year, shelling its
    markets", "shelled the town for months" (the "for" phrase on the verb, or on the verb a participle hangs on):
    a campaign told as the story's past, not one incident at one date (ACLED: an event is one day's incident)."""
    heads = [verb] + ([verb.head] if verb.dep_ in ("advcl", "xcomp") and verb.head is not verb else [])
    for h in heads:
        if h.pos_ == "AUX" and h.lemma_.lower() == "be" and h.dep_ == "ROOT":
            # "Djibo has been under a blockade by militants for more than three years": a state that lasted, with
            # the "for" phrase hung on any word of the clause (here on "militants")
            return any(_for_long(t) for t in _clause_words(h))
        if h.pos_ != "VERB":
            continue
        if any(_for_long(c) for c in h.children):
            return True
    return False


def _for_long(c) -> bool:  # type: ignore[no-untyped-def]
    return c.dep_ == "prep" and c.lower_ == "for" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in LONG_UNITS for o in c.children)


def _clause_words(h) -> list:  # type: ignore[no-untyped-def,type-arg]
    """The words of ``h``'s clause, without the clauses of other verbs inside it."""
    out, todo = [], list(h.children)
    while todo:
        t = todo.pop()
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            continue
        out.append(t)
        todo.extend(t.children)
    return out


def lived_through(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """A deed that a person's life went through: "who lived through the siege", "grew up during the war" (cue
    ``lived_through_verbs``): the person's past, not news (the deed is named, not told)."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("through", "during") and prep.head is not prep \
        and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in onto.cue("lived_through_verbs")
