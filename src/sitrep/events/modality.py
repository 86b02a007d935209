"""Modality of an event clause: did it happen (asserted), or was it denied, threatened, planned,
conditional, or restated background?

Read off the parse around the clause's head verb: negation, modal auxiliaries,
"if"/"unless" clauses, the verb that embeds the clause ("denied carrying out",
"threatened to strike", "plans to"), habitual adverbs and "since" phrases, and
the age of the clause's date relative to the publication date.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
from typing import Any, Optional

from sitrep.events.accompanying import accompanying_participle
from sitrep.events.court_account import told_in_court
from sitrep.events.first_account import first_account
from sitrep.events.kin_detained import kin_arrest
from sitrep.events.occupation import occupiers_removed
from sitrep.events.ordered_result import ordered_result_told
from sitrep.events.met_crowd import protesting_when_met
from sitrep.events.permission import permit_for, permitted_by_rule
from sitrep.events.setting_cause import displacement_cause, reported_topic
from sitrep.events.cues import sense_cue
from sitrep.events.deeds_judged import judged_deeds
from sitrep.events.deps import climb_to
from sitrep.events.ontology import Ontology
from sitrep.events.suffered_wounds import SUFFER_VERBS
from sitrep.events.standing_pact import pact_setting, topic_of_talks
from sitrep.events.reference import (CONTEXT_TYPES, VIOLENT, cleared_of, definite, described, generic_plural, presupposed,
                                     share_of_deeds, share_of_victims,
                                     reference_kind, state_participle, time_anchor, verb_anchor, war_toll, who_they_are)
from sitrep.events.toll import counted_deed
from sitrep.events.trend import generic_progressive, kind_or_repeat, told_as_trend
from sitrep.events.verdict_report import verdict_crime
from sitrep.events.weapon_habit import weapon_use_habit
from sitrep.events.told_before import told_before
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.period_tally import period_tally
from sitrep.nlp.victims import fatal_phrase
from sitrep.model import HUMANITARIAN_WHAT, KILLED_WHAT, TimeExpr

HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
EMBED_DEPS = {"xcomp", "ccomp", "pcomp", "acomp", "prep", "advcl", "dobj"}
BACKGROUND_AGE_DAYS = 60
ANY_ONE = frozenset({"anyone", "anybody", "whoever", "whomever", "anything"})  # "anyone who attacked": whoever may
CONFLICT_TOLL = 1000  # killed in one undated clause: a conflict's toll, not an incident
# the words that tell such a toll; a blast or a massacre with thousands dead is one incident ("the Nagasaki blast")
TOLL_TRIGGERS = frozenset({"kill", "killing", "murder", "die", "death", "slay", "wound", "injure"})
YEARS_BACK = frozenset({"year", "decade", "century"})  # "two years ago", "a decade ago": background whatever the date
HISTORY_YEARS = 30  # a report with no publication date: a clause dated this many years back is history, not news


def governors(tok) -> list:  # type: ignore[no-untyped-def]
    """Verbs that embed ``tok``'s clause, nearest first (through xcomp/ccomp/pcomp/prep chains)."""
    out = []
    cur = tok
    for _ in range(6):
        if cur.dep_ == "ROOT" or cur.head is cur:
            break
        if cur.dep_ not in EMBED_DEPS | {"pobj"}:
            break
        if _across_blank_line(cur, cur.head):
            break  # a headline the parser glued on ("Russia denies responsibility") governs nothing below it
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            out.append(cur)
    return out


def called_off(verb) -> bool:  # type: ignore[no-untyped-def]
    """ "called off the march", "the strike was called off": the phrasal verb of cancelling (a "call" alone is a
    call to act, read as a plan elsewhere)."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _dated_participle(head, times: list[TimeExpr]) -> bool:  # type: ignore[no-untyped-def]
    """A participle whose own phrase tells a day ("opened fire on students protesting in Rajshahi on Tuesday"):
    what the people did that day, an incident, not who they are."""
    sub = list(head.subtree)
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return any(t.precision == "day" and lo <= t.span.start and t.span.end <= hi for t in times)


def _across_blank_line(a, b) -> bool:  # type: ignore[no-untyped-def]
    lo, hi = sorted((a.i, b.i))
    return any("\n\n" in t.text or "\n\n" in t.whitespace_ for t in a.doc[lo:hi])


def _below(tok, gov):  # type: ignore[no-untyped-def]
    """The token on the path from ``tok`` up to ``gov`` that ``gov`` governs directly."""
    cur = tok
    for _ in range(8):
        if cur.head.i == gov.i or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


FOCUS_ADVERBS = frozenset({"only", "just", "merely", "simply", "solely"})


def negation(c) -> bool:  # type: ignore[no-untyped-def]
    """``c`` is a "not" that negates its verb; "not only ... but also" adds a deed, it does not deny one ("and not
    just shoot people", with no "but" after it, still denies)."""
    if c.dep_ != "neg":
        return False
    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
    if nxt is None or nxt.lower_ not in FOCUS_ADVERBS:
        return True
    return not any(t.lower_ == "but" for t in c.doc[nxt.i + 1: c.sent.end])


SETTING_MARKS = frozenset({"after", "when", "as", "since", "once", "before", "because"})


_NOBODY = frozenset({"nobody", "no-one", "noone"})


def nobody(c) -> bool:  # type: ignore[no-untyped-def]
    """``c`` is a subject that names no one: "nobody", "no one", "no one else", "none" ("none of the guards"),
    "not one of the hostages", "not a single person", a passive subject with "no" ("no pupil has been harmed"); not "not one but two bombs" (a count: "one" is then no
    subject) nor "no one group" (a determiner of a noun)."""
    if not c.dep_.startswith("nsubj"):
        return False
    low = c.lower_
    if any(d.dep_ == "cc" and d.lower_ == "but" for d in c.children):
        return False  # "not one but three people were killed": a count
    kids = list(c.children)
    if c.dep_ == "nsubjpass" and any(d.dep_ == "det" and d.lower_ == "no" for d in kids):
        return True  # "no school has been attacked", "no civilians were hurt": the deed befell none of them
    return (low in _NOBODY or (low == "none" and c.pos_ in ("NOUN", "PRON"))
            or (low == "one" and any(d.dep_ in ("det", "neg") and d.lower_ == "no" and d.i == c.i - 1 for d in kids))
            # "not one of the hostages was killed", "not a single person was hurt"
            or (any(d.dep_ == "neg" and d.lower_ == "not" and d.i < c.i for d in kids)
                and (low == "one" or any(d.lower_ == "single" and d.dep_ == "amod" for d in kids))))


WH_TAGS = frozenset({"WP", "WRB", "WP$"})


def wh_question(below) -> bool:  # type: ignore[no-untyped-def]
    """``below`` is an indirect question complement ("(not clear) who was behind the attack", "(did not say) why
    troops shelled the town", "which group carried out the bombing"): what the verb above negates, denies or
    plans is the knowing or the telling; the deed inside is taken as done. Not "whether" or "if" (still open)."""
    if below.dep_ != "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in below.children):
        return False  # "added that when troops searched the truck they found ...": a time clause, no question
    for c in below.children:
        if c.i > below.i:
            break
        if c.tag_ in WH_TAGS and c.lower_ not in ("whether", "if"):
            return True
        if c.dep_.startswith("nsubj") and any(d.dep_ == "det" and d.tag_ == "WDT" for d in c.children):
            return True  # "which group carried out"
    return False


def open_question(below) -> bool:  # type: ignore[no-untyped-def]
    """``below`` is an indirect yes/no question ("(did not say) whether the army shelled the village", "(asked) if
    troops had fired"): the deed is left open, neither told nor denied, whatever the verb above says of it."""
    return below.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") and c.i < below.i
                                         for c in below.children)


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


def _purpose(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a purpose infinitive ("stopped work to protest"): an adverbial clause with "to", not the
    complement of the verb ("failed to reach", an xcomp)."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _finite_complement(head, gov) -> bool:  # type: ignore[no-untyped-def]
    """``head`` is a finite clause with a tense of its own under ``gov`` ("people trying to leave were killed",
    misparsed as a complement of "trying"): what a plan verb embeds is an infinitive, not a past deed."""
    return head.dep_ == "ccomp" and head.head.i == gov.i and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in head.children)


WARN_VERBS = frozenset({"warn", "caution", "alert"})


def warning_report(verb, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """ "officials warned that Russia is massing troops": a warning that reports what another side does now or
    did, not a threat by the one who warns (that one names a deed yet to come: "warned it would strike")."""
    if verb.lemma_.lower() not in WARN_VERBS:
        return False
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if comp is None:
        return False
    if any(c.dep_ == "aux" and (c.lemma_.lower() in onto.cue("modal_future") or c.tag_ == "MD") for c in comp.children):
        return False  # "warned that it would retaliate": a threat
    subj, comp_subj = child_dep(verb, "nsubj"), child_dep(comp, "nsubj")
    if comp_subj is None or comp_subj.pos_ == "PRON":
        return False  # "warned that they will pay", "warned it is ready to strike": the speaker's own side
    return subj is None or comp_subj.lemma_.lower() != subj.lemma_.lower()


def child_dep(tok, dep: str):  # type: ignore[no-untyped-def]
    return next((c for c in tok.children if c.dep_ == dep), None)


def _passive(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "claimed to have been abducted": the claimant suffered the deed (a side claiming its own strike,
    "claimed to have struck 40 positions", tells a deed it did: asserted, as ACLED codes it)."""
    return any(c.dep_ == "auxpass" for c in tok.children)


def _someone_guesses(verb) -> bool:  # type: ignore[no-untyped-def]
    """The subject of a verb of guessing is a person or a body ("a doctor suggested", "she speculated"), not what
    was found ("the findings suggest", "evidence suggests": the evidence points to a deed that happened)."""
    from sitrep.events.people_object import person_nouns

    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return (subj.pos_ == "PRON" and subj.lower_ not in ("it", "this", "that")) or subj.ent_type_ in (
        "PERSON", "ORG", "NORP") or subj.lemma_.lower() in person_nouns()


_CLOSERS = frozenset({'"', "'", ")", "\u201d", "\u2019"})


def yes_no_question(head) -> bool:  # type: ignore[no-untyped-def]
    """The main clause of a yes/no question: the sentence opens with an auxiliary ("Have the bridges been bombed?",
    "Did the army shell the town?") and ends with a question mark. A wh-question ("Who shot the mayor?") takes the
    deed as given and is not one."""
    sent = head.sent
    if "?" not in doc_text(sent.doc)[sent.start_char:sent.end_char]:
        return False  # no question mark: no token is one (the walk below is skipped)
    toks = [t for t in sent if not t.is_space and t.text not in _CLOSERS]
    if len(toks) < 3 or toks[-1].text != "?" or toks[0].pos_ != "AUX":
        return False
    root = sent.root
    # ("Was the mayor shot?" may be parsed with the opening auxiliary as root and the verb below it)
    return head.i == root.i or (head.head.i == root.i and (head.dep_ == "conj" or root.i == toks[0].i))


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


def _has_condition(head, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    for c in head.subtree:
        if c.dep_ == "mark" and c.lemma_.lower() in onto.cue("condition_marks"):
            return True
    return False


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
    if any(c.dep_ == "advmod" and c.lower_ in sense_cue("hedge_adverbs") for c in children) and not fatal_phrase(head):
        # "were allegedly beaten": a claim, not a fact; but "was stabbed to death allegedly by three men", "allegedly
        # shot dead his sister": the death is told as a fact, the hedge is on who did it
        return "claimed"
    if any(c.dep_ in ("npadvmod", "advmod", "dobj") and c.lemma_.lower() in sense_cue("habit_nouns")
           and c.tag_ == "NNS"  # "50 times", "multiple times"; not "late Sunday local time" (a time zone)
           and any(n.dep_ in ("nummod", "amod") for n in c.children) and _repeated_deed(head, c) for c in children):
        return "background"  # "molested her 50 times", "beaten multiple times a day": a habit, not one incident
    if any(c.dep_ == "advmod" and c.lower_ in sense_cue("habit_adverbs") for c in children):
        return "background"  # "air strikes have sometimes killed villagers": a habit, not one incident
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
        if lem == "allege" or (lem == "claim" and not any(c.lemma_.lower() == "responsibility" for c in g.children)
                               and (head.dep_ == "ccomp" or (head.dep_ == "xcomp" and _passive(head)))):
            return "claimed"  # "alleged that troops shelled", "claimed that the army attacked": one side's claim
        if lem in sense_cue("hedge_verbs") and head.dep_ == "ccomp" and head.head.i == g.i and _someone_guesses(g):
            return "claimed"  # "a doctor suggested that the senator had been poisoned": a guess, not a fact
        if lem in onto.cue("threat_verbs") and not warning_report(g, onto):
            return "threatened"
        if permitted_by_rule(g):
            return "conditional"  # "a state of emergency that lets police arrest suspects": a power, no arrest made
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in g.children):
            return "conditional"  # "a code which would indicate that he had been captured": a hypothesis
        if _below(head, g).dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in g.children):
            return "planned"  # "we will keep fighting", "will continue attacking their positions": still to come
        if lem in onto.cue("plan_verbs") and not _finite_complement(_below(head, g), g):
            return "conditional" if _has_condition(head, onto) else "planned"
        if lem in onto.cue("speech_verbs"):
            continue
    return "conditional" if asked else None


def _still_to_come(head, children: list, onto: Ontology, times: list[TimeExpr]) -> Optional[str]:  # type: ignore[no-untyped-def]
    """"planned" (or "conditional" under a condition) for a deed still to come: the purpose of a plan noun, a
    future time clause, a modal or "going to", a future time of a verb not told in the past; None otherwise."""
    if head.dep_ == "acl" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in onto.cue("plan_nouns") \
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children):
        return "planned"  # "the decision to carry out bombings", "a plot to kill the judge": intended, not told done
    if future_time_clause(head, onto):
        return "planned"  # "it will be much harder to leave once the fighting starts": not begun yet
    modal = any(c.dep_ == "aux" and c.lemma_.lower() in onto.cue("modal_future") for c in children)
    going = any(c.lemma_.lower() == "go" and c.dep_ == "aux" for c in children) or (
        head.dep_ == "xcomp" and head.head.lemma_.lower() == "go" and head.head.tag_ == "VBG"
    )
    # a verb told in the past is no plan, whatever its time reads as from the report's day: "looted shops over the
    # following days" counts days on from the story's own, not from the report
    told_past = head.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in children)
    if modal or going or (any(t.future for t in times) and not told_past):
        return "conditional" if _has_condition(head, onto) else "planned"
    return None


def _purpose_infinitive(head, children: list, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """A "to" infinitive telling a purpose ("a campaign to retake"), not a deed done (a protest or dispersal done
    that way, "managed to kill"), a perfect infinitive or a reported one."""
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in children)
    perfect_inf = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
    said = head.head.lemma_.lower() in onto.cue("speech_verbs")
    # "farmers blocked roads to protest the tax", "workers downed tools to demonstrate": the deed done is the
    # protest, not a means to a protest still to come
    done_protest = (head.dep_ == "advcl" and head.lemma_.lower() in onto.cue("protest_purpose_verbs")
                    and head.head.tag_ in ("VBD", "VBN"))
    # "police fired tear gas to disperse the marchers": the force used is the dispersal, not a means to one to come
    done_protest = done_protest or (head.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in onto.cue(
        "dispersal_purpose_verbs") and head.head.tag_ in ("VBD", "VBN"))
    # "the sniper managed to kill the guard": the deed done, not its purpose ("tried to kill" stays planned)
    achieved = head.dep_ == "xcomp" and head.head.lemma_.lower() in onto.cue("achieved_verbs") \
        and head.head.tag_ in ("VBD", "VBN")
    purpose = head.dep_ in ("acl", "advcl", "xcomp", "relcl") or (
        head.dep_ == "conj" and head.head.dep_ in ("acl", "advcl", "xcomp", "relcl")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.head.children))  # "prepared to advance and to strike"
    return bool(infinitive and not perfect_inf and not said and not done_protest and not achieved and purpose)


_PENDING_MARKS = frozenset({"before", "until"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def pending_clause(head) -> bool:  # type: ignore[no-untyped-def]
    """A "before" or "until" clause in the present: "(take blades off the streets) before someone is stabbed",
    "(we act) before anyone gets hurt": a deed to forestall, not one told done ("before troops arrived" is past)."""
    if head.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _PENDING_MARKS for c in head.children):
        return False
    return head.tag_ in _PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT_TAGS
                                              for c in head.children)


def predicted_deed(trig, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """A deed noun that is the subject of "be" with a word of foresight as its complement (cue
    ``prospective_adjectives``): "an attack was likely in the coming weeks", "a new offensive is imminent"."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "nsubj" or trig.head.lemma_.lower() != "be":
        return False
    return any(x.dep_ == "acomp" and x.lower_ in onto.cue("prospective_adjectives") for x in trig.head.children)


def _threat_content(head, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """A deed noun that is what a threat, warning or alert is about: "a warning of attacks on hotels", "fears of
    attacks on churches", "threat alerts continued to be received, about attacks on bases" (the preposition hung on
    the verb whose subject is the alert)."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in ("of", "about", "over"):
        return False
    gov = head.head.head
    nouns = onto.cue("threat_nouns")
    if gov.pos_ in ("NOUN", "PROPN"):
        return gov.lemma_.lower() in nouns
    return gov.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in nouns
                                               for c in gov.children)


def future_time_clause(head, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """A time clause in the present under a verb in the future: "(it will be harder to leave) once the fighting
    starts", "(troops will withdraw) when the offensive begins". English tells such a future time in the present;
    "when the fighting started, they fled" (past) and "when fighting starts, people flee" (a habit, no future
    verb) are not it."""
    if head.dep_ != "advcl" or head.tag_ not in ("VBZ", "VBP") \
            or not any(c.dep_ in ("mark", "advmod") and c.i < head.i and c.lemma_.lower() in onto.cue("future_time_marks")
                       for c in head.children):
        return False
    return any(any(c.dep_ == "aux" and c.lemma_.lower() in onto.cue("modal_future") for c in g.children)
               for g in governors(head))


AUX_WORDS = frozenset({"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
                       "ought", "to", "get", "'s", "'re", "'ve", "'ll", "'d", "wo", "ca"})


def habitual_present(head) -> bool:  # type: ignore[no-untyped-def]
    """A verb in the simple present (not progressive, not perfect, not passive): what someone does as a rule.
    News tells incidents in the past, the perfect or the progressive; headlines (skipped before) aside."""
    if head.pos_ != "VERB":
        return False
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.tag_ in ("VBZ", "VBP"):
        # the tagger calls unknown past forms ("retook") and same-form pasts ("hit") present: trust the form
        form, lem = head.lower_, head.lemma_.lower()
        present = (form == lem if head.tag_ == "VBP" else form.endswith("s")) and not form.endswith("ed")
        # (an "aux" that is no auxiliary word is the parser's slip: "Road crashes kill", "crashes" as aux of "kill")
        return not [a for a in aux if a.lemma_.lower() in AUX_WORDS] and present and lem not in sense_cue("same_past")
    if head.tag_ == "VB":
        if not aux and head.dep_ == "conj" and head.head.tag_ in ("VBZ", "VBP") and not any(
                c.dep_.startswith("nsubj") for c in head.children):
            return habitual_present(head.head)  # "groups mine the roads and shoot at anyone": the base form shares it
        return len(aux) == 1 and aux[0].lemma_.lower() == "do" and aux[0].tag_ in ("VBZ", "VBP")
    return False


def rate_of_deeds(trig, times: list[TimeExpr]) -> bool:  # type: ignore[no-untyped-def]
    """A deed verb in the simple present whose clause's only times are sets ("kill 1,000 people a year", "attack
    convoys every week"): a rate, not an incident (also where the parser hung the verb under another one: "Road
    crashes kill": "crashes" read as the verb, "kill" its complement)."""
    return trig.pos_ == "VERB" and bool(times) and all(t.type == "SET" for t in times) and habitual_present(trig)


def habitual_passive(head) -> bool:  # type: ignore[no-untyped-def]
    """A verb in the simple present passive ("is shelled", "are attacked"; not "is being shelled", "has been hit"):
    with a frequency ("every day", "weekly") it tells what happens as a rule, not one incident."""
    if head.tag_ != "VBN" or any(c.dep_ == "aux" for c in head.children):
        return False
    return any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in head.children)


def _repeated_deed(verb, times_tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether "N times" on ``verb`` tells a deed done again and again ("molested her 50 times", "beaten three
    times a week") rather than the shots or blows of one incident ("shot eight times", "stabbed 20 times")."""
    freq = sense_cue("frequency_words")
    if any(t.lemma_.lower() in freq for t in times_tok.subtree) or any(
            c.dep_ == "npadvmod" and any(t.lemma_.lower() in freq for t in c.subtree) for c in verb.children):
        return True
    if active_perfect(verb):
        return True  # "has struck the ports several times": a record of strikes up to now, not one incident's blows
    return verb.lemma_.lower() not in sense_cue("wound_verbs")


def active_perfect(verb) -> bool:  # type: ignore[no-untyped-def]
    """A verb in the active present perfect ("has struck", "have attacked"; not "has been shot", "had fired")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in _PRESENT_TAGS for c in verb.children) \
        and not any(c.dep_ == "auxpass" for c in verb.children)


# verbs whose relative clause on a deed noun makes the deed a plan: "a rally they had planned", "the attack the cell
# was plotting" (the noun is the verb's own object: the clause has none other)
_PLANNING_VERBS = frozenset({"plan", "plot", "intend", "schedule", "prepare"})


def planned_by_relative(trig) -> bool:  # type: ignore[no-untyped-def]
    """A deed noun whose relative clause says someone planned it ("detained them before a rally they had planned",
    "foiled the attack the cell was plotting"), and that is no verb's subject ("the rally they had planned went
    ahead" is told by its own verb): a plan, not a deed held."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ in ("nsubj", "nsubjpass"):
        return False
    # the parser may hang the clause on a noun above ("a day before a rally they had planned": on "day"); a
    # clause that starts right after the noun is still the noun's
    nxt = trig.doc[trig.right_edge.i + 1] if trig.right_edge.i + 1 < len(trig.doc) else None
    clauses = [c for c in trig.children if c.dep_ == "relcl"]
    if nxt is not None and nxt.dep_ in ("nsubj", "nsubjpass") and nxt.head.dep_ == "relcl" \
            and nxt.head.left_edge.i == nxt.i and trig.i in {a.i for a in nxt.head.head.subtree}:
        clauses.append(nxt.head)
    return any(c.lemma_.lower() in _PLANNING_VERBS and not any(x.dep_ in ("dobj", "xcomp", "ccomp") for x in c.children)
               for c in clauses)


def feared_deed(trig) -> bool:  # type: ignore[no-untyped-def]
    """A deed noun that is the object of a verb of fearing (cue ``possibility_verbs``: "they feared artillery fire
    would follow", "villagers dread more air strikes"): what may come, not what was done (as "fears of an
    offensive")."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    base = _conj_root(trig)
    return base.dep_ == "dobj" and base.head.lemma_.lower() in sense_cue("possibility_verbs")


_FEUD_VERBS = frozenset({"fight", "clash", "battle", "feud"})


def _feud_record(head, times: list[TimeExpr]) -> bool:  # type: ignore[no-untyped-def]
    """A verb of fighting in the perfect, in a relative clause on the people who fight, with no time of its own:
    "two clans whose militias have fought over grazing land", "groups that have clashed with the army": who they
    are (a standing feud), no incident."""
    if head.dep_ != "relcl" or head.lemma_.lower() not in _FEUD_VERBS or head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
    return not any(tm.span is not None and lo <= tm.span.start < hi for tm in times)


def _stretch_preps(head):  # type: ignore[no-untyped-def]
    """The verb's own children, and a "for" phrase of a plural the parse hung on the object of one of its
    prepositions ("has fought the army in the marshland for years": "for years" under "marshland"; branch
    precision16)."""
    out = list(head.children)
    if not any(c.dep_ in ("dobj", "prep") for c in head.children):
        # "had killed or captured more than 400 fighters in the past twelve months": a verb with no object of its
        # own shares its conjunct's object and phrases (branch precision17, quiet_reports11 x08)
        out += [g for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" for g in c.children
                if g.dep_ == "prep"]
    for c in head.children:
        if c.dep_ == "prep":
            out += [g for o in c.children if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep"
                    and g.lower_ == "for" and any(x.dep_ == "pobj" and x.tag_ == "NNS" for x in g.children)]
    return out


def is_background(head, onto: Ontology, times: list[TimeExpr], published: Optional[_dt.date]) -> bool:  # type: ignore[no-untyped-def]
    """A clause restating old context: "since 2012", "have consistently broken", a date long before publication."""
    for c in head.children:
        if c.lemma_.lower() in onto.cue("background_preps") and c.dep_ in ("prep", "mark"):
            return True
        if c.dep_ == "advmod" and c.lemma_.lower() in onto.cue("background_adverbs"):
            perfect = any(a.lemma_.lower() == "have" and a.dep_ == "aux" for a in head.children)
            if perfect or c.lemma_.lower() not in ("already", "once", "ever"):
                return True
        if c.dep_ == "advmod" and c.lemma_.lower() in onto.cue("background_perfect_adverbs") and any(
                a.lemma_.lower() == "have" and a.dep_ == "aux" for a in head.children):
            return True  # "investigators have since arrested four men", "have increasingly used drones"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lemma_.lower() in onto.cue("background_preps")
                                     for m in c.children) and any(
                a.lemma_.lower() == "have" and a.dep_ == "aux" for a in head.children):
            return True  # "has struck the suburbs several times since a ceasefire took effect": a run of deeds
    if head.dep_ in ("relcl", "acl") and any(c.dep_ == "advmod" and c.lemma_.lower() in onto.cue(
            "background_relcl_adverbs") for c in head.children):
        return True  # "retook a town that was recently captured by the army": the capture is the town's past
    perfect = any(a.lemma_.lower() == "have" and a.dep_ == "aux" for a in head.children)
    if perfect and _feud_record(head, times):
        return True  # "elders of two clans whose militias have fought over grazing land signed a truce": their record
    if perfect and since_on_object(head, onto):
        return True  # "have killed 100 vaccinators and police guarding them since 2012": "since" hung on the object
    if perfect:
        for c in _stretch_preps(head):  # "have been advancing for weeks", "has ... over the past months"
            if c.dep_ == "prep" and c.lower_ in ("for", "over", "during", "throughout"):
                if any(x.lemma_.lower() in onto.cue("duration_units") for x in c.subtree):
                    return True
            if c.dep_ == "prep" and c.lower_ == "in" and any(  # "has detained dozens in recent months"
                    o.dep_ == "pobj" and o.lemma_.lower() in onto.cue("duration_units") and o.lemma_.lower() != "day"
                    and any(d.lower_ in onto.cue("recent_stretch_words") for d in o.children) for o in c.children):
                return True
    for c in head.children:  # "has attacked our interests in the past", "in those days": the past, not news
        if c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in sense_cue("past_nouns") and (
                    (o.lemma_.lower() == "past" and any(d.lower_ == "the" for d in o.children) and not any(
                        d.dep_ in ("amod", "compound", "nummod") for d in o.children))
                    or any(d.lower_ in ("that", "those") for d in o.children)) for o in c.children):
            return True
    if any(c.dep_ == "advmod" and c.lower_ == "ago" and any(
            u.dep_ == "npadvmod" and u.lemma_.lower() in YEARS_BACK for u in c.children) for c in head.children):
        return True  # "shelled the port three years ago": past the 60-day mark under any publication date
    if published is not None:
        for t in times:
            if t.end is not None and (published - t.end).days > BACKGROUND_AGE_DAYS:
                return True
            if t.precision == "year" and t.relative and t.start is not None \
                    and (published - t.start).days > BACKGROUND_AGE_DAYS \
                    and not any(u.precision in ("day", "week", "month", "quarter") for u in times):
                return True  # "seized the towns earlier this year": a deed dated to no day of a long stretch is
                # the story's past, not the report's news (a report tells when its news happened)
    elif any(t.end is not None and t.end.year <= _dt.date.today().year - HISTORY_YEARS for t in times):
        return True  # no publication date, but "ending in April 1951": history under any reading of "now"
    return False


def since_on_object(head, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """A "since" phrase that the parser hung on a participle after the verb's object ("have killed 100 vaccinators
    and police guarding them since 2012", "guarding" read on the police or on the verb): for a perfect verb it
    dates the whole run of deeds, as on the verb."""
    parts = [c for c in head.children if c.dep_ == "advcl"]
    parts += [x for o in head.children if o.dep_ in ("dobj", "obj") for x in o.subtree if x.dep_ == "acl"]
    for p in parts:
        if p.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in p.children):
            continue
        if any(x.dep_ == "prep" and x.lemma_.lower() in onto.cue("background_preps")
               and any(c.dep_ == "pobj" for c in x.children) for x in p.children):
            return True
    return False


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


# plan verbs whose object deed may have been held ("the union called a strike that shut the port", "agreed a
# ceasefire"): only their infinitive complement is a plan
NOUN_PLAN_EXCEPT = frozenset({"call", "agree"})
USE_VERBS = frozenset({"use", "employ", "deploy", "fire", "launch"})  # "the army does not use such missiles"
PROMISE_VERBS = frozenset({"promise", "pledge", "offer"})


def called_for_day(trig, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """A noun trigger that a verb of setting (cue ``prospective_participles``: "call", "announce", "set") takes as
    its object, with a day it is set "for" on the verb or the noun: "the union called a national demonstration in
    Rome for Saturday, July 12", "announced a march for Friday" (branch protests7)."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "dobj" or trig.head.pos_ != "VERB" \
            or trig.head.lemma_.lower() not in onto.cue("prospective_participles"):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in p.children)
               for h in (trig, trig.head) for p in h.children)


def present_with_weekday(head, times: list[TimeExpr]) -> bool:  # type: ignore[no-untyped-def]
    """A main-clause verb of violence in the simple present beside a day ("Fans skirmish in the port on Saturday",
    a caption or headline): the time is read as future only for the present tense, but nobody schedules a
    clash; a time that says the future itself ("next Saturday", "tomorrow") or a modal keeps it planned."""
    if head.pos_ != "VERB" or head.tag_ not in ("VBZ", "VBP") or head.dep_ != "ROOT" or not times:
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in head.children):
        return False
    words = sense_cue("future_words")
    return not any(w.lower() in words for t in times for w in t.span.text.split())


def _shared_subject_verb(verb):  # type: ignore[no-untyped-def]
    """The verb whose subject ``verb`` shares: itself, or the first of the verbs it is joined to with no subject of
    its own ("nobody was killed or injured" -> killed)."""
    cur = verb
    for _ in range(4):
        if cur.dep_ != "conj" or cur.head.i == cur.i or cur.head.pos_ not in ("VERB", "AUX") \
                or any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in cur.children):
            break
        cur = cur.head
    return cur


def _conj_root(tok):  # type: ignore[no-untyped-def]
    """The first of a list the token is in ("the repression, kidnapping and torture" -> repression)."""
    cur = tok
    for _ in range(8):
        if cur.dep_ != "conj" or cur.head is cur:
            break
        cur = cur.head
    return cur


_UP_DEPS = frozenset({"acl", "ccomp", "xcomp", "advcl", "conj", "pcomp", "prep", "agent", "pobj", "relcl", "nsubj", "nsubjpass",
                      "dobj", "auxpass"})


def ruled_out(noun) -> Optional[bool]:  # type: ignore[no-untyped-def]
    """Whether ``noun`` is the object of "rule out": None when it is not, False when ruled out ("police ruled out an
    attack": it did not happen), True when the ruling out is negated ("have not ruled out an attack": only possible;
    branch precision15, quiet_reports9 v11)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() != "rule" or not any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    return any(negation(c) for c in verb.children)


def _report_noun(n) -> bool:  # type: ignore[no-untyped-def]
    """A word of ``report_nouns`` used as a noun, or as a clause's subject or object whatever its tag ("that
    reports of a shooting ... were false": the tagger may call a plural "reports" a verb)."""
    return n.lemma_.lower() in sense_cue("report_nouns") and (
        n.pos_ in ("NOUN", "PROPN") or n.dep_ in ("nsubj", "nsubjpass", "dobj"))


_TELLING_PARTICIPLES = frozenset({"say", "claim", "allege", "show", "suggest", "purport"})


def _telling_noun(n) -> bool:  # type: ignore[no-untyped-def]
    """A report noun (:func:`_report_noun`), or any noun that a participle of telling describes ("posts saying",
    "a video claiming", "messages alleging"): what it tells is a telling, whatever the noun (branch precision17,
    quiet_reports11 x13)."""
    return _report_noun(n) or (n.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in _TELLING_PARTICIPLES for c in n.children))


def _taken_back(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` (whose passive subject is a report) is a verb of ``discredit_verbs``, or is joined to one ("was
    not confirmed and is withdrawn"), not negated (branch precision16)."""
    words = sense_cue("discredit_verbs")
    return any(v.lemma_.lower() in words and not any(negation(c) for c in v.children)
               for v in [verb, *(c for c in verb.children if c.dep_ == "conj")])


def discredited(trig) -> bool:  # type: ignore[no-untyped-def]
    """A deed told inside a report that the sentence calls false ("the report that the envoy's daughter was
    wounded is unfounded", "rumours of an attack on the convoy are untrue", "police denied reports that fighters
    had attacked a checkpoint", "rejected posts saying soldiers had opened fire"): the deed did not happen (MUC-4's
    rule 5: a story the article discredits is no incident)."""
    cur = climb_to(trig, _UP_DEPS, 6, _telling_noun)
    if cur is None:
        return False
    if cur.dep_ == "dobj" and cur.head.lemma_.lower() in sense_cue("discredit_verbs") and not any(
            negation(c) for c in cur.head.children):
        return True  # "police denied reports that fighters had attacked a checkpoint", "dismissed rumours of a raid"
    if cur.dep_ == "nsubjpass" and _taken_back(cur.head):
        return True  # "the statement, which said 15 fighters had been killed, was not confirmed and is withdrawn"
    if cur.dep_ == "appos" and cur.head.dep_ in ("nsubj", "nsubjpass"):
        cur = cur.head  # a dateline the parse took for the subject ("Lima, 3 May -- the report that ... is false")
    if cur.dep_ not in ("nsubj", "nsubjpass") or cur.head.lemma_.lower() not in ("be", "prove", "remain", "turn"):
        return False
    cop = cur.head
    words = sense_cue("discredit_words")
    for c in cop.children:
        if c.dep_ in ("acomp", "attr", "oprd") and (c.lemma_.lower() in words or any(
                a.dep_ in ("amod", "compound") and a.lemma_.lower() in words for a in c.children)):
            return True
        if c.dep_ == "neg" and any(a.dep_ == "acomp" and a.lemma_.lower() in ("true", "accurate", "correct")
                                   for a in cop.children):
            return True  # "the report is not true"
    return False


def stopped_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    """An event noun under "a suspension of", "a halt to", "a moratorium on": the deeds stop, none is told."""
    cur = tok
    for _ in range(6):  # up through "of", "to", "on" and lists ("a halt to its attacks and of its sabotage operations")
        if cur.dep_ not in ("compound", "pobj", "prep", "conj") or cur.head is cur:
            return False
        if cur.dep_ == "prep" and cur.lower_ not in ("of", "to", "on", "in"):
            return False
        cur = cur.head
        if cur.pos_ in ("NOUN", "PROPN") and cur.lemma_.lower() in sense_cue("stop_nouns"):
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return False
    return False


def state_of_war(trig, head, place, clause_times: list, figs: list) -> bool:  # type: ignore[no-untyped-def]
    """ "Turkey is fighting the PKK", "the government is battling the group", "it fights the cartel":
    a side's war told in the present with no place finer than a country, no date and no count is a state of
    affairs, not an incident (ACLED codes one clash at one place and time). Live reports keep their place
    ("rebels are fighting troops in the old city") and stay incidents."""
    if trig.i != head.i or trig.pos_ != "VERB" or trig.lemma_.lower() not in sense_cue("war_state_verbs"):
        return False
    if clause_times or figs:
        return False
    if place is not None and getattr(place, "precision", None) != "country":
        return False
    aux = [c for c in trig.children if c.dep_ in ("aux", "auxpass")]
    progressive = trig.tag_ == "VBG" and any(a.lemma_.lower() == "be" and a.tag_ in ("VBZ", "VBP") for a in aux)
    continuing = trig.tag_ == "VBG" and trig.dep_ == "xcomp" and trig.head.lemma_.lower() == "continue" \
        and trig.head.tag_ in ("VBZ", "VBP")
    present = trig.tag_ in ("VBZ", "VBP") and not aux and trig.lower_.endswith("s") == (trig.tag_ == "VBZ") \
        and not trig.lower_.endswith("ed")
    if not (progressive or continuing or present):
        return False
    obj = next((c for c in trig.children if c.dep_ == "dobj"), None)
    if obj is None:
        obj = next((o for c in trig.children if c.dep_ == "prep" and c.lower_ == "against"
                    for o in c.children if o.dep_ == "pobj"), None)
    subj = next((c for c in trig.children if c.dep_ == "nsubj"), None)
    if subj is None and continuing:
        subj = next((c for c in trig.head.children if c.dep_ == "nsubj"), None)
    # whole sides ("Russia", "it", "ISIS"), not units in the field ("government forces are fighting U.S. units")
    return obj is not None and subj is not None and all(_whole_side(x) for x in (subj, obj))


def _incident_toll(fig) -> bool:  # type: ignore[no-untyped-def]
    """A count of dead told as one incident's ("left 30 dead on Monday"), not a running one ("since December")."""
    return fig is not None and not fig.background and fig.since is None


def _whole_side(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("ORG", "GPE", "NORP") \
        or tok.lemma_.lower() in sense_cue("whole_sides")


def definite_reference(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "the strike", "this attack", "Friday's shelling": a noun that points back to an event already told
    (not "a strike", "strikes", "an attack by X on Y")."""
    if tok.tag_ in ("NNS", "NNPS"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("by", "on", "against", "in") for c in tok.children):
        return False  # "the shelling by X of Y", "the attack on Z": a full description, likely new
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in tok.children)


def killing_relative(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """The event noun ``tok`` carries a relative clause that tells whom it killed or hurt ("the shooting that killed
    two men"): news of the deed itself, not a reference to one told before."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in onto.cue("kill_lemmas") for c in tok.children)


def in_case_of(tok) -> bool:  # type: ignore[no-untyped-def]
    """A noun under "in case of" or "in the event of": what may happen, not what did."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    n = tok.head.head
    return n.lower_ in ("case", "event") and n.dep_ == "pobj" and n.head.lower_ == "in"


# nouns of news whose "no" denies what they would tell: "there were no reports of shooting", "no sign of a struggle"
_NEWS_NOUNS = frozenset({"report", "sign", "word", "evidence", "indication", "trace"})


def no_report_of(tok) -> bool:  # type: ignore[no-untyped-def]
    """The deed is told only under "no reports of" ("There were no reports of shooting", "it had no reports of
    anyone killed"): its absence is told, not the deed."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _NEWS_NOUNS:
            return any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in cur.head.head.children)
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("acl", "relcl"):
            return False  # a clause of its own: "no reports said how many were killed" is left alone
        cur = cur.head
    return False


_SPAN_NOUNS = frozenset({"year", "decade", "month"})  # plural spans over a run of deeds ("years of fighting")


def series_span(trig, times: list[TimeExpr]) -> bool:  # type: ignore[no-untyped-def]
    """A plural deed noun with a span of months or years of its own ("following attacks by the group in Lamu in
    recent years", "killings over the past decade"; the span may hang on the verb whose "following" / "after" phrase
    holds the noun; or the noun is what "years of", "decades of" count): many deeds over a stretch of time, not one
    incident (a verb so told is read by :func:`is_background`). ``times``: the sentence's times (a span on the verb lies outside the noun's clause)."""
    if trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.tag_ == "NNS" \
            and trig.head.head.lemma_.lower() in _SPAN_NOUNS and not any(c.dep_ in ("det", "poss") for c in trig.children):
        return True  # "the state has seen years of fighting between the cartels": many deeds over a stretch of time
    if trig.pos_ != "NOUN" or trig.tag_ != "NNS" or any(c.dep_ == "nummod" for c in trig.children):
        return False  # "three attacks in the past two months": counted deeds, each an incident
    if trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lemma_.lower() in _SPAN_NOUNS:
        return True  # "after years of offensives", "decades of attacks": the span is the noun's own head
    spans = [trig]
    if trig.dep_ == "pobj" and trig.head.dep_ == "prep" and trig.head.head.pos_ in ("VERB", "AUX"):
        # "stepped up recruitment following attacks by the group in recent years": the span hangs on the verb
        spans += [c for c in trig.head.head.children if c.dep_ == "prep" and c.i != trig.head.i]
    ranges = [(min(t.idx for t in x.subtree), max(t.idx + len(t.text) for t in x.subtree)) for x in spans]
    return any(t.type == "DURATION" and t.value[-1:] in ("Y", "M") and "T" not in t.value
               and any(lo <= t.span.start < hi for lo, hi in ranges) for t in times)


@dataclasses.dataclass
class EventClause:
    """What :func:`event_modality` reads of one event's clause (each stage below takes it and the modality so far)."""
    g: Any
    primary: Any
    tdef: Any
    onto: Ontology
    clause_times: list
    time: Optional[TimeExpr]
    clause_figs: list
    actor1: Any
    published: Optional[_dt.date]
    anchor: bool = False

    @property
    def trig(self):  # type: ignore[no-untyped-def]
        return self.primary.tok


def event_modality(g, primary, tdef, onto: Ontology, clause_times: list[TimeExpr], time: Optional[TimeExpr],  # type: ignore[no-untyped-def]
                   clause_figs: list, actor1, published: Optional[_dt.date]) -> str:
    """The modality of a clause's event: :func:`modality` of its head, then what the event's own words
    say about it: a reference to an old agreement or an event told before, a humanitarian toll, a running
    toll, a promise, a threat or a denial. Each stage below makes one of these decisions, in this order."""
    c = EventClause(g, primary, tdef, onto, clause_times, time, clause_figs, actor1, published)
    # "after the strike": the clause's own head, or its only trigger under a verb that is no event ("showed off
    # missiles at a parade, the first since last year's clashes")
    c.anchor = time_anchor(c.trig) and (g.head.i == c.trig.i or all(t.tok.i == c.trig.i for t in g.triggers))
    mod = _head_modality(c)
    mod = _done_deed_modality(mod, c)
    mod = _feared_or_standing(mod, c)
    mod = _negated_deed(mod, c)
    mod = _contingent_or_planned(mod, c)
    mod = _told_as_setting(mod, c)
    mod = _reference_or_tally(mod, c)
    return _running_toll_or_promise(mod, c)


def _head_modality(c: EventClause) -> str:
    """The modality the clause's head verb gives (:func:`modality`), unless a time anchor or a caption's present
    says the deed is told as done."""
    g, trig = c.g, c.trig
    # "urged residents to leave, two days after the strike": the anchor is not what the plan verb asks for
    habit = (trig.i == g.head.i and trig.pos_ == "VERB") or g.head.lemma_.lower() in USE_VERBS or (
        g.head.lemma_.lower() == "come" and any(x.lower_ == "under" for x in g.head.children))  # "comes under fire"
    mod = "asserted" if c.anchor else modality(g.head, c.onto, c.clause_times, c.published, habit)
    if c.anchor and _dated_long_before(c.time, c.published):
        mod = "background"  # "tightened the rules after a blaze ... killed 56 people in September 2023": an old deed
    if mod == "asserted" and not c.anchor and rate_of_deeds(trig, c.clause_times):
        mod = "background"  # "Road crashes kill more than 1,000 people a year": a yearly rate, no incident
    if mod == "planned" and (c.tdef.event_type in VIOLENT or c.tdef.sub_event_type == "Mob violence") \
            and present_with_weekday(g.head, c.clause_times):
        mod = "asserted"  # "Fans skirmish in the port on Saturday": a caption's present, not a plan (nor a mob's)
    return mod


def _dated_long_before(t: Optional[TimeExpr], published: Optional[_dt.date]) -> bool:
    """The deed's own time ended more than :data:`BACKGROUND_AGE_DAYS` before the report (not a length)."""
    return t is not None and published is not None and t.end is not None and not t.future \
        and t.type != "DURATION" and (published - t.end).days > BACKGROUND_AGE_DAYS


def _done_deed_modality(mod: str, c: EventClause) -> str:
    """A denied, planned or conditional head whose deed is nonetheless done: counted, presupposed or cleared of."""
    trig, g, tdef, published = c.trig, c.g, c.tdef, c.published
    if mod in ("denied", "planned", "conditional", "threatened") and counted_deed(trig, c.clause_figs):
        mod = "asserted"  # "will investigate the killing of three hikers": the killing is done (toll_counted_deeds.py)
        if published is not None and any(t.end is not None and (published - t.end).days > BACKGROUND_AGE_DAYS
                                          for t in c.clause_times):
            mod = "background"  # "the murder of five monks last year was never solved": done, but long ago
    if mod == "planned" and ordered_result_told(trig, c.clause_figs):
        mod = "asserted"  # "ordered his men to open fire ..., killing three people": the order was carried out
    if mod in ("denied", "planned", "conditional") and presupposed(trig, g, tdef):
        # "declined to indict the officer for the fatal shooting": the shooting is not denied; "told them not
        # to speak about the Kelso attack": a known incident named in passing, with no news of its own
        mod = "background" if definite(trig) and c.time is None and not described(trig) else "asserted"
    if mod == "denied" and cleared_of(trig, g, tdef):
        # "X was not behind the attack", "no arrests have been made in the killing": the part or the arrests
        # are denied, the deed the sentence names is taken as done
        mod = "background" if definite(trig) and c.time is None and not described(trig) else "asserted"
    return mod


def _feared_or_standing(mod: str, c: EventClause) -> str:
    """An asserted deed that is only feared, a state, a standing pact or a reference back (:func:`reference_kind`)."""
    trig, tdef = c.trig, c.tdef
    if mod == "asserted" and _threat_content(trig, c.onto) and not counted_deed(trig, c.clause_figs):
        mod = "conditional"  # "warnings of attacks on hotels", "alerts continued, about attacks on bases": feared
        # (as "the threat of air strikes", "fears of an offensive" read later here: what may happen)
    if mod == "asserted" and feared_deed(trig) and not counted_deed(trig, c.clause_figs):
        mod = "conditional"  # "residents feared artillery fire would follow": what may come
    if mod == "asserted" and tdef.event_type == "Strategic developments" and tdef.sub_event_type != "Agreement" \
            and topic_of_talks(trig, c.onto):
        mod = "planned"  # "talks on merging the group into the army": a step under discussion, not taken
    if mod == "asserted" and state_participle(trig):
        mod = "background"  # "the besieged city": the city's state, not a new incident
    if mod == "asserted" and tdef.sub_event_type == "Agreement":
        mod = pact_setting(trig, c.onto) or mod  # "despite a ceasefire agreed in 2020", "talks on a truce": no new pact
    counted = any(f.what in KILLED_WHAT for f in c.clause_figs)
    ref = reference_kind(trig, c.g.head, c.anchor, counted)
    if mod == "asserted" and ref:
        mod = ref
    return mod


def _negated_deed(mod: str, c: EventClause) -> str:
    """An asserted deed that its words deny: befell no one, stopped, discredited, prevented, nearly done, unreported
    (and "such as" examples, which are background)."""
    trig, onto = c.trig, c.onto
    if mod == "asserted" and trig.i == c.g.head.i and trig.pos_ == "VERB" and any(nobody(x) for x in _shared_subject_verb(trig).children):
        mod = "denied"  # "no one was killed", "nobody was hurt": the deed told befell no one ("no one claimed it" is no deed)
        # ("nobody was killed or injured": the joined verb shares the first one's "nobody")
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and any(
            (x.dep_ in ("det", "neg") and x.lower_ in ("no", "never")) or x.dep_ == "neg" for x in trig.children):
        mod = "denied"  # "no agreement emerged", "there was no attack"
    base = _conj_root(trig)
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and base.dep_ in ("dobj", "nsubjpass") \
            and base.head.lemma_.lower() in onto.cue("negating_verbs"):
        mod = "denied"  # "halt airstrikes", "halt the arrests, abductions and beatings": the deed stopped, not done
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and ruled_out(base) is not None:
        mod = "conditional" if ruled_out(base) else "denied"  # "police ruled out an attack"; "have not ruled out"
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and base.dep_ == "pobj" and base.head.lower_ == "as" \
            and any(x.lower_ == "such" for x in base.head.children):
        mod = "background"  # "operations such as attacks on garrisons": examples of a kind of deed
    if (mod == "asserted" and stopped_noun(base)) or (mod in ("asserted", "claimed") and discredited(trig)):
        mod = "denied"  # "the report that X was shot is unfounded", "a suspension of its sabotage operations"
    if mod == "asserted" and trig.dep_ == "acl" and trig.head.dep_ == "dobj" \
            and trig.head.head.lemma_.lower() in onto.cue("negating_verbs"):
        mod = "denied"  # "stopping the militia seizing territory": the deed prevented
    if mod == "asserted" and trig.pos_ == "VERB" and trig.lemma_.lower() not in onto.cue("kill_lemmas") and any(
            x.dep_ == "advmod" and x.lower_ in sense_cue("near_miss_adverbs") for x in trig.children):
        mod = "denied"  # "very nearly invaded", "almost captured the town": it did not happen
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and base.dep_ == "pobj" and base.head.lower_ == "without":
        mod = "denied"  # "the gathering ended without arrests", "passed without incident": the deed's absence told
    if mod == "asserted" and no_report_of(trig):
        mod = "denied"  # "there were no reports of shooting": the deed's absence told
    if mod in ("asserted", "claimed") and first_account(trig):
        mod = "denied"  # "at first believed the grove had come under artillery fire, but ... found a mine": corrected
    return mod


def _contingent_or_planned(mod: str, c: EventClause) -> str:
    """An asserted deed told as a contingency, a hypothetical, or one expected, set, banned or plotted."""
    trig, onto, tdef = c.trig, c.onto, c.tdef
    base = _conj_root(trig)
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and in_case_of(base):
        mod = "conditional"  # "a supply route in case of invasion", "in the event of an attack": a contingency
    if mod == "asserted" and trig.dep_ == "relcl" and (any(
            x.dep_ == "det" and x.lower_ in ("any", "every", "whatever") for x in trig.head.children)
            or trig.head.lower_ in ANY_ONE):
        mod = "conditional"  # "any planes that attack", "hunt down anyone who attacked aviation": a hypothetical deed
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and any(
            x.dep_ == "amod" and x.lower_ in onto.cue("prospective_adjectives") for x in trig.children):
        mod = "planned"  # "an expected offensive", "a looming attack"
    if mod == "asserted" and pending_clause(c.g.head):
        mod = "conditional"  # "searches take blades off the streets before someone is stabbed": not (yet) done
    if mod == "asserted" and (planned_by_relative(trig) or permit_for(trig)):
        mod = "planned"  # "before a rally they had planned", "refused permission for Tuesday's rally": to come
    if mod == "asserted" and predicted_deed(trig, onto):
        mod = "conditional"  # "warning that an attack was likely", "an assault is imminent": foreseen, not done
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and any(
            x.dep_ == "acl" and x.tag_ == "VBN" and x.lemma_.lower() in onto.cue("prospective_participles")
            and any(p.dep_ == "prep" and p.lower_ == "for" for p in x.children) for x in _noun_modifiers(trig)):
        mod = "planned"  # "a march planned for Thursday", "a strike called for Monday": set, not yet held
    if mod == "asserted" and called_for_day(trig, onto):
        mod = "planned"  # "called a national demonstration in Rome for Saturday": set, not yet held
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "dobj" \
            and trig.head.lemma_.lower() in onto.cue("ban_verbs"):
        mod = "planned"  # "police banned a march by students": forbidden before it was held
    if mod == "asserted" and trig.pos_ in ("NOUN", "PROPN") and tdef.event_type != "Political" \
            and base.dep_ == "dobj" and base.head.lemma_.lower() in onto.cue("plan_verbs") \
            and base.head.lemma_.lower() not in NOUN_PLAN_EXCEPT:
        mod = "planned"  # "suspected of plotting a bomb attack", "ordered the arrest of the commander": the deed
        # wanted, not told done
    return mod


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


def _reference_or_tally(mod: str, c: EventClause) -> str:
    """An asserted nominal deed that refers back to an old agreement or an event told before, or a humanitarian
    toll; an undated deed told as a kind, a trend, a habit, or a whole conflict's toll."""
    trig, g, onto, tdef, primary, time = c.trig, c.g, c.onto, c.tdef, c.primary, c.time
    fatalities_in_clause = next((f for f in c.clause_figs if f.what in KILLED_WHAT), None)
    humanitarian = [f for f in c.clause_figs if f.what in HUMANITARIAN_WHAT]
    nominal = all(t.tok.pos_ != "VERB" for t in g.triggers)
    if mod == "asserted" and nominal and tdef.code == "sd.agreement" and definite(primary.tok):
        mod = "background"  # "under the Sochi deal", "the 2018 ceasefire": a reference to an old agreement
    if mod == "asserted" and nominal and tdef.event_type != "Political" and (humanitarian or (
            g.head.lemma_.lower() in onto.cue("consequence_verbs") and not _incident_toll(fatalities_in_clause))):
        mod = "background"  # "the fighting has displaced 900,000": a humanitarian toll, not a new event
        # ("clashes left 30 dead on Monday": the dead of one incident, told without a displaced count, are its toll)
    if mod == "asserted" and nominal and (definite_reference(primary.tok) or judged_deeds(primary.tok)) and time is None \
            and fatalities_in_clause is None \
            and not killing_relative(primary.tok, onto) \
            and g.head.lemma_.lower() not in onto.cue("kill_lemmas") and tdef.event_type != "Political" \
            and not (primary.tok.dep_ == "nsubj" and primary.tok.head.lemma_.lower() in sense_cue("occurrence_verbs")):
        mod = "background"  # "said the strike showed ...", "called the attack despicable": a reference to an event told before
    if mod == "asserted" and tdef.event_type in VIOLENT and time is None and not c.clause_times \
            and fatalities_in_clause is None and generic_plural(trig, g):
        mod = "background"  # "investigating attacks on shopkeepers": a kind of deed, not an incident
    if mod == "asserted" and not c.clause_times and (displacement_cause(trig, onto) or reported_topic(trig)):
        mod = "background"  # "families displaced by fighting", "reported on protests by miners": a cause of
        # flight or a topic of reporting, no incident (events/setting_cause)
    if mod == "asserted" and tdef.event_type in VIOLENT and (share_of_deeds(trig) or (
            time is None and not c.clause_times and share_of_victims(trig))):
        mod = "background"  # "used in about half of the murders", "two-thirds of the victims were shot": a share
        # of many deeds counted, no incident
    if mod == "asserted" and time is None and fatalities_in_clause is None and told_as_trend(trig):
        mod = "background"  # "kidnapping has become common", "stepped up arrests of critics": a trend, no incident
    if mod == "asserted" and tdef.event_type in VIOLENT and time is None and not c.clause_times and kind_or_repeat(trig):
        mod = "background"  # "have killed dozens with such bombs", "has seen repeated fighting": a kind or a series
    if mod == "asserted" and tdef.event_type in VIOLENT and time is None and not c.clause_times \
            and fatalities_in_clause is None and weapon_use_habit(trig):
        mod = "background"  # "Both groups have used bombs in crowded places": a habit or a capability, no incident
    if mod == "asserted" and tdef.event_type in VIOLENT and not c.clause_times and fatalities_in_clause is not None \
            and (fatalities_in_clause.low or 0) >= CONFLICT_TOLL and trig.lemma_.lower() in TOLL_TRIGGERS:
        mod = "background"  # "blamed for the murder of 80,000 villagers", "90,000 were killed under the junta": a whole
        # conflict's toll, told with no date of its own, not one incident
    return mod


def _running_toll_or_promise(mod: str, c: EventClause) -> str:
    """An asserted killing told as a running toll or a period's tally; a promise (planned); a threat (threatened)."""
    trig, g, onto, tdef, time = c.trig, c.g, c.onto, c.tdef, c.time
    only_kill = all(t.tok.lemma_.lower() in onto.cue("kill_lemmas") and t.pattern.deps != ("wound",) for t in g.triggers)
    # ("X has died of gunshot wounds" is one death by a weapon, toll_wound_deaths.died_of_wounds, not a running toll)
    perfect = any(a.lemma_.lower() == "have" and a.dep_ == "aux" for a in g.head.children) or gapped_perfect(g.head)
    if mod == "asserted" and only_kill and perfect and (time is None or war_toll(g.head)) and (c.actor1 is None or war_toll(g.head)):
        mod = "background"  # "at least 120 have been killed", "a revolt which has killed hundreds": a running toll
    if mod == "asserted" and tdef.event_type in VIOLENT and period_tally(trig, g.head, onto.cue("kill_lemmas")):
        mod = "background"  # "police killed 340 people in 2024", "strikes that had killed hundreds over the past
        # year": a tally of a period's many incidents (nlp/period_tally.py)
    if mod == "asserted" and tdef.plover != "THREATEN" and trig.lemma_.lower() in PROMISE_VERBS:
        mod = "planned"  # "promised more military aid": not delivered yet
    if tdef.plover == "THREATEN" and mod == "asserted":
        mod = "threatened"
    return mod


def gapped_perfect(verb) -> bool:  # type: ignore[no-untyped-def]
    """ "12 million have been uprooted and tens of thousands killed in the war": a bare participle on a count joined
    to a perfect verb shares its "have" (the parser hangs it on the count as a modifier; branch precision19,
    quiet_reports13 z02)."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    noun = verb.head
    joined = noun.dep_ == "conj" or any(c.dep_ == "conj" and c.i == verb.i - 1 for c in noun.children)
    above = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None) if joined else None
    # (the count is joined to the verb itself or, misparsed, to a noun of its phrase, the participle then hung on
    # that noun: "driven from their homes and thousands killed")
    return above is not None and any(a.lemma_.lower() == "have" and a.dep_ == "aux" for a in above.children)


def _noun_modifiers(noun) -> list:  # type: ignore[no-untyped-def]
    """The words under a noun and under the nouns of its phrases ("a march by students planned for Thursday": the
    participle parsed onto "students" describes the march)."""
    out = list(noun.children)
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in ("by", "of"):
            out.extend(c for o in p.children if o.dep_ == "pobj" for c in o.children)
    return out
