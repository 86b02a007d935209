"""Planned: a deed still to come or only intended: "plans to strike", "will keep fighting", "a campaign to retake",
"once the fighting starts", "a march planned for Thursday", "police banned a march", "before a rally they had
planned"; not a deed done that way ("blocked roads to protest", "managed to kill").

Decides ``planned`` (``conditional`` under a condition) for the clause's head (:func:`_still_to_come`,
:func:`_purpose_infinitive`, read by :mod:`.head`) and for a deed noun (the stage :func:`_contingent_or_planned`,
which also reads the contingencies of :mod:`.conditional`). Evidence: cues ``plan_verbs``, ``plan_nouns``,
``modal_future``, ``future_time_marks``, ``prospective_participles``, ``ban_verbs``, ``protest_purpose_verbs``,
``dispersal_purpose_verbs``, ``achieved_verbs``, ``prospective_adjectives``, ``speech_verbs`` (data/ontology.json);
``future_words``, ``planning_verbs`` (data/event_sense_cues.tsv). Tests: tests/test_modality18.py, tests/test_crime_modality.py.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.modality.clause import EventClause
from sitrep.events.modality.conditional import ANY_ONE, _has_condition, in_case_of, pending_clause
from sitrep.events.modality.threat import predicted_deed
from sitrep.events.modality.tree import _conj_root, _noun_modifiers, governors
from sitrep.events.ontology import Ontology
from sitrep.events.permission import permit_for
from sitrep.model import TimeExpr


FUTURE_AUX = frozenset({"will", "shall", "'ll"})


def _purpose(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a purpose infinitive ("stopped work to protest"): an adverbial clause with "to", not the
    complement of the verb ("failed to reach", an xcomp)."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _finite_complement(head, gov) -> bool:  # type: ignore[no-untyped-def]
    """``head`` is a finite clause with a tense of its own under ``gov`` ("people trying to leave were killed",
    misparsed as a complement of "trying"): what a plan verb embeds is an infinitive, not a past deed."""
    return head.dep_ == "ccomp" and head.head.i == gov.i and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in head.children)


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
    achieved = achieved or attempt_with_harm(head)
    purpose = head.dep_ in ("acl", "advcl", "xcomp", "relcl") or (
        head.dep_ == "conj" and head.head.dep_ in ("acl", "advcl", "xcomp", "relcl")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.head.children))  # "prepared to advance and to strike"
    return bool(infinitive and not perfect_inf and not said and not done_protest and not achieved and purpose)


_ATTEMPT_VERBS = frozenset({"try", "attempt"})
_HARM_PARTICIPLES = frozenset({"kill", "wound", "injure"})


def attempt_with_harm(head) -> bool:  # type: ignore[no-untyped-def]
    """"Militants tried to storm a police post, killing four officers": an attempt told in the past with the harm it
    did ("killing", "wounding" hung on the attempt or on the deed tried): the assault happened, though it failed of
    its aim, so it is no purpose still to come ("tried to kill the judge" alone stays planned). Branch types14:
terror_reports15 t13, war_reports15 j03."""
    gov = head.head
    if head.dep_ != "xcomp" or gov.lemma_.lower() not in _ATTEMPT_VERBS or gov.tag_ not in ("VBD", "VBN"):
        return False
    return any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _HARM_PARTICIPLES
               for x in (gov, head) for c in x.children)


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
    return any(c.lemma_.lower() in sense_cue("planning_verbs") and not any(x.dep_ in ("dobj", "xcomp", "ccomp") for x in c.children)
               for c in clauses)


# plan verbs whose object deed may have been held ("the union called a strike that shut the port", "agreed a
# ceasefire"): only their infinitive complement is a plan
NOUN_PLAN_EXCEPT = frozenset({"call", "agree"})


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
