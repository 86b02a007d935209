"""The modality of a clause's head verb, read off the parse around it, in this order (the first that speaks wins):

1. a verb joined to one whose "to", modal or plan it shares (:func:`_shared_modality`);
2. the clause's own words (:func:`_clause_marked`): a participant's past, a question (:mod:`.questions`), who a
   group is, a hedge (:mod:`.hedged`), a habit (:mod:`.habit`), a condition (:mod:`.conditional`), a negation
   (:mod:`.negated`);
3. the verbs above it (:func:`_governed_modality`): a setting that stops the walk (:mod:`.setting`), a denial,
   a claim, a threat (:mod:`.threat`), a plan (:mod:`.planned`), a question asked;
4. a deed still to come or a purpose (:mod:`.planned`);
5. old context (:mod:`.background`); else ``asserted``.

This module keeps that order; each step's evidence lives in the module named (the verbs above are read against the
cues ``deny_verbs``, ``negating_verbs``, ``threat_verbs``, ``plan_verbs``, ``speech_verbs``, ``condition_marks``
of data/ontology.json).
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.accompanying import accompanying_participle
from sitrep.events.met_crowd import protesting_when_met
from sitrep.events.modality.background import is_background
from sitrep.events.modality.conditional import HYPOTHETICAL_AUX, _has_condition
from sitrep.events.modality.habit import habitual_passive, habitual_present, repeated_or_sometimes
from sitrep.events.modality.hedged import claimed_under, hedged_clause
from sitrep.events.modality.negated import called_off, negation
from sitrep.events.modality.planned import (FUTURE_AUX, _finite_complement, _purpose, _purpose_infinitive,
                                            attempt_with_harm,
                                            _still_to_come)
from sitrep.events.modality.questions import open_question, wh_question, yes_no_question
from sitrep.events.modality.setting import past_setting
from sitrep.events.modality.threat import warning_report
from sitrep.events.modality.tree import _below, governors
from sitrep.events.occupation import occupiers_removed
from sitrep.events.ontology import Ontology
from sitrep.events.permission import permitted_by_rule
from sitrep.events.suffered_wounds import SUFFER_VERBS
from sitrep.events.told_before import told_before
from sitrep.events.trend import generic_progressive
from sitrep.events.reference import who_they_are
from sitrep.model import TimeExpr


def modality(head, onto: Ontology, times: list[TimeExpr], published: Optional[_dt.date],  # type: ignore[no-untyped-def]
             habit: bool = False) -> str:
    """The modality of the clause headed by ``head`` (a verb, or a noun trigger's governing word); ``habit``:
    a simple present may say a habit (the head is the event verb itself, or a verb of using its weapon)."""
    children = list(head.children)
    shared = _shared_modality(head, children, onto, times, published, habit)
    if shared is not None:
        return shared  # a verb joined to one whose "to", modal or plan it shares
    marked = _clause_marked(head, children, onto, times, habit)
    if marked is not None:
        return marked  # the clause's own words: a past participant, a question, a hedge, a habit, a condition, "not"
    governed = _governed_modality(head, onto)
    if governed is not None:
        return governed  # a verb above it: a denial, a claim, a threat, a plan, a question asked
    ahead = _still_to_come(head, children, onto, times)
    if ahead is not None:
        return ahead  # a plan noun, a future time, a modal or "going to"
    if _purpose_infinitive(head, children, onto):
        return "planned"  # "a campaign to retake", "moved to recapture": the purpose, not the deed
    if is_background(head, onto, times, published) and not occupiers_removed(head):
        return "background"  # ("removed students who had occupied a school since Monday": the sit-in broken up)
    return "asserted"


def _shared_modality(head, children: list, onto: Ontology, times: list[TimeExpr],  # type: ignore[no-untyped-def]
                     published: Optional[_dt.date], habit: bool) -> Optional[str]:
    """The modality a conjoined verb or a twin infinitive takes from the verb it shares its "to", modal or plan with;
    None when it takes none."""
    if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.head.i != head.i and not any(
            c.dep_.startswith("nsubj") or c.dep_ in ("aux", "auxpass", "neg") for c in children):
        # "his pledge to advance torture and kill the families": the second verb shares the first one's "to",
        # modal or plan (not its negation: "did not fire it and blamed the army" is often a misparse)
        first = modality(head.head, onto, times, published, habit)
        if first in ("planned", "conditional", "threatened", "claimed"):
            return first
    if _absolute_with(head, children):
        # "Security will be tightened, with thousands of police deployed": the "with" clause is the main verb's
        # circumstance and shares its time to come (branch precision18, quiet_reports12 y12)
        main = modality(head.head, onto, times, published, habit)
        if main in ("planned", "conditional", "threatened"):
            return main
    twin = _twin_infinitive(head)
    if twin is not None:
        return modality(twin, onto, times, published, habit)  # "trained to fight, and to fight well"
    return None


def _absolute_with(head, children: list) -> bool:  # type: ignore[no-untyped-def]
    """``head`` is a participle of an absolute "with" clause ("with thousands of police deployed") with no
    auxiliary of its own, hung on a verb."""
    return head.dep_ == "advcl" and head.tag_ in ("VBN", "VBD") and head.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "mark" and c.lower_ == "with" for c in children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in children)


def _twin_infinitive(head):  # type: ignore[no-untyped-def]
    """ "You have been trained to fight, and to fight well": the parser hangs the second infinitive, with its own
    "to", on the verb above as a conjunct; it is the twin of the infinitive that verb governs (its modality)."""
    if head.dep_ != "conj" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children):
        return None
    for c in head.head.children:
        if c.dep_ == "xcomp" and c.i < head.i and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
            return c
    # "ordered fighters to shoot people fleeing the city and to loot the hospital": the second "to" hung on a word
    # inside the first infinitive's phrase; its twin is that infinitive (branch precision19, quiet_reports13 z02)
    return next((a for a in head.head.ancestors if a.dep_ == "xcomp" and a.i < head.i
                 and any(x.dep_ == "aux" and x.tag_ == "TO" for x in a.children)), None)


def _clause_marked(head, children: list, onto: Ontology, times: list[TimeExpr], habit: bool) -> Optional[str]:  # type: ignore[no-untyped-def]
    """The modality the clause's own words mark: a participant's past, a question, who a group is, a hedge, a habit,
    a condition, a negation, a cancellation; None when they mark none."""
    if head.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children) \
            and not occupiers_removed(head):
        return "background"  # "guards who had been hurt in a raid": a participant's past, not news
        # ("removed students who had occupied a school": the sit-in broken up, events/occupation)
    if head.dep_ in ("xcomp", "dobj") and head.head.dep_ == "relcl" and any(
            c.dep_ == "aux" and c.lower_ == "had" for c in head.head.children):
        return "background"  # "villagers who had fled fighting nearby": what the participants had lived through
    if yes_no_question(head):
        return "conditional"  # "Have the bridges been bombed?": asked, not told
    if ((head.dep_ == "acl" and head.tag_ == "VBG" and head.i > 0 and head.doc[head.i - 1].text != ","
            and head.head.pos_ in ("NOUN", "PROPN") and head.head.tag_ in ("NNS", "NNPS")) or who_they_are(head)) \
            and not _dated_participle(head, times) and head.lemma_.lower() not in SUFFER_VERBS \
            and not protesting_when_met(head):
        # ("located two men suffering from gunshot wounds": the harm they bear now, the incident's, not who they are)
        # ("opened fire on a crowd of traders protesting": the protest is going on when the force meets it)
        return "background"  # "militias fighting her", "clans battling the army": who they are, not an incident
    if hedged_clause(head, children):
        return "claimed"  # "were allegedly beaten": a claim, not a fact (events/modality/hedged)
    if repeated_or_sometimes(head, children):
        return "background"  # "molested her 50 times", "have sometimes killed": a habit (events/modality/habit)
    if told_before(head, children):
        return "background"  # "who have bombed targets here before", "have used rape for years": a record (events/told_before)
    if any(c.dep_ == "mark" and c.lemma_.lower() in onto.cue("condition_marks") for c in children):
        return "conditional"  # "if any harm comes to our soldiers": a condition, not a deed
    if habit and habitual_present(head) and not [t for t in times if t.type != "SET"]:
        # a clause with a date of its own tells one incident; "every week", "twice a month" tell a habit
        return "background"  # "the army does not use such missiles", "militants attack convoys": a habit, not an incident
    if habit and generic_progressive(head) and not [t for t in times if t.type != "SET"]:
        return "background"  # "hitmen are killing people for a few hundred dollars": a kind of deed going on
    if habit and habitual_passive(head) and times and all(t.type == "SET" for t in times):
        return "background"  # "Nikopol is shelled almost every day": a present passive with a frequency, a habit
    if any(negation(c) for c in children) or any(c.lower_ in ("no", "never") and c.dep_ in ("det", "neg", "advmod") for c in children):
        return "denied"
    if called_off(head):
        return "denied"  # "we have called off the march": cancelled, never held
    return None


def _dated_participle(head, times: list[TimeExpr]) -> bool:  # type: ignore[no-untyped-def]
    """A participle whose own phrase tells a day ("opened fire on students protesting in Rajshahi on Tuesday"):
    what the people did that day, an incident, not who they are."""
    sub = list(head.subtree)
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return any(t.precision == "day" and lo <= t.span.start and t.span.end <= hi for t in times)


def _governed_modality(head, onto: Ontology) -> Optional[str]:  # type: ignore[no-untyped-def]
    """The modality the verbs above the clause give it (nearest first, up to one that sets it as done): denied,
    claimed, threatened, planned, conditional (asked whether); None when none gives one."""
    asked = False
    for g in governors(head):
        lem = g.lemma_.lower()
        if past_setting(head, g):
            break  # "denied any role after a bomb killed six": the bombing is the denial's setting, and it happened
        if wh_question(_below(head, g)):
            break  # "it is not known who carried out the bombing": an indirect question takes its deed as done
        # "did not say whether the army shelled the village": asked, neither told nor denied (a plan or a threat
        # above the question still says what it is: "ordered an inquiry to determine whether ...")
        asked = asked or open_question(_below(head, g))
        if any(negation(c) for c in g.children):
            return "conditional" if asked else "denied"
        if lem in onto.cue("negating_verbs") and (_purpose(_below(head, g)) or accompanying_participle(_below(head, g))):
            continue  # "blocked roads to protest the tax": the protest is what the blockade is for, not stopped
            # ("blocked the roundabouts, protesting against imports": the subject's own doing, events/accompanying)
        if lem in onto.cue("deny_verbs") or lem in onto.cue("negating_verbs") or called_off(g):
            return "conditional" if asked else "denied"  # "denied carrying out", "failed to reach a deal"
        if claimed_under(head, g, lem):
            return "claimed"  # "alleged that troops shelled", "a doctor suggested that ...": a claim or a guess
        if lem in onto.cue("threat_verbs") and not warning_report(g, onto):
            return "threatened"
        if permitted_by_rule(g):
            return "conditional"  # "a state of emergency that lets police arrest suspects": a power, no arrest made
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in g.children):
            return "conditional"  # "a code which would indicate that he had been captured": a hypothesis
        if _below(head, g).dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in g.children):
            return "planned"  # "we will keep fighting", "will continue attacking their positions": still to come
        if lem in onto.cue("plan_verbs") and not _finite_complement(_below(head, g), g) \
                and not attempt_with_harm(_below(head, g)):
            # ("tried to storm a post, killing four officers": the assault tried was made, modality/planned)
            return "conditional" if _has_condition(head, onto) else "planned"
        if lem in onto.cue("speech_verbs"):
            continue
    return "conditional" if asked else None
