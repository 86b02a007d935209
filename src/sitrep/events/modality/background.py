"""Background: a clause restating old context, not news: "since 2012", "have been advancing for weeks", "in the
past", "three years ago", a date more than :data:`BACKGROUND_AGE_DAYS` before publication, "years of fighting",
"groups that have clashed with the army".

Decides ``background`` from the clause's own time words and dates (:func:`is_background`, read by :mod:`.head`)
and for a plural deed noun over a span (:func:`series_span`, read by events/extract). Evidence: the clause's
times against the publication date; cues ``background_preps``, ``background_adverbs``,
``background_perfect_adverbs``, ``background_relcl_adverbs``, ``duration_units``, ``recent_stretch_words``
(data/ontology.json), ``past_nouns``, ``feud_verbs`` (data/event_sense_cues.tsv). Tests: tests/test_other_wars_dates.py,
tests/test_since_on_object.py, tests/test_quiet_precision6.py (a run of deeds over years).
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.ontology import Ontology
from sitrep.model import TimeExpr


BACKGROUND_AGE_DAYS = 60
YEARS_BACK = frozenset({"year", "decade", "century"})  # "two years ago", "a decade ago": background whatever the date
HISTORY_YEARS = 30  # a report with no publication date: a clause dated this many years back is history, not news


def _feud_record(head, times: list[TimeExpr]) -> bool:  # type: ignore[no-untyped-def]
    """A verb of fighting in the perfect, in a relative clause on the people who fight, with no time of its own:
    "two clans whose militias have fought over grazing land", "groups that have clashed with the army": who they
    are (a standing feud), no incident."""
    if head.dep_ != "relcl" or head.lemma_.lower() not in sense_cue("feud_verbs") \
            or head.head.pos_ not in ("NOUN", "PROPN"):
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


def _dated_long_before(t: Optional[TimeExpr], published: Optional[_dt.date]) -> bool:
    """The deed's own time ended more than :data:`BACKGROUND_AGE_DAYS` before the report (not a length)."""
    return t is not None and published is not None and t.end is not None and not t.future \
        and t.type != "DURATION" and (published - t.end).days > BACKGROUND_AGE_DAYS


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
