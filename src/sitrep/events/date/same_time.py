"""Decides a protest's or violent deed's time from a deed it happened with: "as/while" clauses
(:func:`simultaneous_time`), a relative clause of its object (:func:`relative_clause_time`: "detained 400 activists
on Saturday who sat down"), a deed it happened during (:func:`during_time`: "exploded as a convoy passed on
Sunday").
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.date.report_day import after_report, usable_time
from sitrep.events.date.since import since_time
from sitrep.events.date.tense import past_clause
from sitrep.events.date.verbs import _own_verb, _verb_of
from sitrep.model import TimeExpr


_AT_THE_SAME_TIME = frozenset({"as", "while"})


def simultaneous_time(doc, trig, tok_of_time, sent_idx: set[int], published: Optional[_dt.date]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The day of the clause the trigger's clause is told as happening during: "Flights were cancelled on
    Thursday as the union staged a general strike", "Shops stayed shut on Monday while traders marched" (an
    adverbial clause opened by "as" or "while", past, with no time of its own: its head clause's one day). Not a
    day after the report, nor "as" of a comparison or a cause told with another tense ("as the army has
    done"). Asked for protests and riots only (a strike or a march told beside its day's effects): "a missile
    struck the station as crowds waited for evacuation trains" tells no evacuation of its own."""
    v = _own_verb(trig)
    if v.dep_ != "advcl" or v.pos_ not in ("VERB", "AUX") or not past_clause(v) or not any(
            c.dep_ == "mark" and c.lower_ in _AT_THE_SAME_TIME for c in v.children):
        return None
    head = v.head
    days = [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and _verb_of(doc, ts).i == head.i
            and usable_time(t) and t.precision == "day" and not since_time(doc, ts) and not after_report(t, published)]
    return days[0] if len(days) == 1 else None


def relative_clause_time(doc, trig, tok_of_time, sent_idx: set[int], published: Optional[_dt.date]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The day of the clause whose people a relative clause tells protesting, when the relative clause has no time
    of its own: "police detained more than 400 climate activists on Saturday who sat down on the A12 motorway"
    (past, the head verb's one day; branch protests7). Asked for protests and riots only."""
    v = _own_verb(trig)
    if v.dep_ != "relcl" or v.pos_ not in ("VERB", "AUX") or not past_clause(v):
        return None
    head = _own_verb(v.head)
    if head.i == v.i or head.pos_ not in ("VERB", "AUX"):
        return None
    days = [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and _verb_of(doc, ts).i == head.i
            and usable_time(t) and t.precision == "day" and not since_time(doc, ts) and not after_report(t, published)]
    return days[0] if len(days) == 1 else None


def during_time(doc, trig, tok_of_time, sent_idx: set[int], published: Optional[_dt.date]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The day of the clause a violent deed is told as happening during, when the deed's own clause has none: "A car
    bomb exploded as the convoy of a provincial official passed through Aden on Sunday", "was shot while he walked
    home on Friday" (an adverbial clause under the deed's verb, opened by "as" or "while", past: its one day; a
    "when" clause may tell a later step, as on MUC-4 dev). Not a day after the report (the converse of
    :func:`simultaneous_time`)."""
    v = _own_verb(trig)
    if v.i != trig.i and trig.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "a plan that includes the murder of officials, as the president charged on 14 October"
    for c in v.children:
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX") or not past_clause(c) or not any(
                m.dep_ == "mark" and m.lower_ in _AT_THE_SAME_TIME for m in c.children):
            continue
        days = [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and _verb_of(doc, ts).i == c.i
                and usable_time(t) and t.precision == "day" and not since_time(doc, ts) and not after_report(t, published)]
        if len(days) == 1:
            return days[0]
    return None
