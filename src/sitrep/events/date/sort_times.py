"""Decides which of the sentence's times may date the event (:func:`_sort_times`), in this order: a cut-off
end of line joins the sentence (:mod:`.clock`); a past clause's day and month without a year past the report are
last year's (:mod:`.report_day`); no day after the report unless told as still to come; no bracket restating a day
(events/restated_time); no "now" for a past deed; no time that measures a dated phrase (events/counted_from); the day
counted from "a day after" (:mod:`.offset`, events/counted_from); no time that dates the telling (:mod:`.telling`,
kept as ``told_on``) or is borrowed from another clause (:mod:`.borrowed`); no bare clock (:mod:`.hour`, kept as the
hour). Tests: tests/test_dates13.py, tests/test_dates12.py, tests/test_event_dates_incident.py.
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.counted_from import counted_time, measures_dated_phrase
from sitrep.events.court_account import court_verb
from sitrep.events.date.borrowed import after_violent_noun, borrowed_time
from sitrep.events.date.clock import cut_off
from sitrep.events.date.hour import bare_clock
from sitrep.events.date.offset import offset_time
from sitrep.events.date.report_day import after_report, no_year, year_before
from sitrep.events.date.telling import speech_time
from sitrep.events.date.tense import past_clause
from sitrep.events.date.times import _Times
from sitrep.events.date.verbs import _verb_of
from sitrep.events.restated_time import restated
from sitrep.events.trial_day import proceeding_verb
from sitrep.nlp.doctext import doc_text


def _sort_times(doc, trig, sent, sent_idx: set[int], other_clauses: set[int], tok_of_time,  # type: ignore[no-untyped-def]
                published: Optional[_dt.date]) -> _Times:
    """Which of the sentence's times may date the event: none after the report unless told as still to come
    (a past clause's day and month without a year are last year's), none that dates the telling or is borrowed
    from another clause, not a verb's time that dates a violent noun before it, no bare clock time (kept
    apart as the hour)."""
    sent_idx = sent_idx | cut_off(sent, tok_of_time, trig)  # "... WAS SHOT AT" | "0915 THIS MORNING."
    past = past_clause(trig)
    # a past-tense incident never takes a day after its report ("clashes erupted on Friday" in a Thursday report)
    # "supervised a 21 October attack" in an August report: last year's 21 October (a day and month told
    # without a year, read past the report in a past clause)
    tok_of_time = [(year_before(t) if past and after_report(t, published) and no_year(t) else t, ts)
                   for t, ts in tok_of_time]
    # nor does any event take a day after its report that its own clause does not tell as still to come
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not ((past or not t.future) and after_report(t, published))]
    # "on Sunday evening (early Monday morning IST)": the bracket restates the day in another clock's terms
    others = [t for t, _ in tok_of_time]
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not restated(doc_text(doc), t, others)]
    # "now", "currently": the time of the telling, never the day of a deed told in a past tense
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not (past and t.value.endswith("_REF"))]
    # "hours after a car bomb killed five ... on Sunday": "hours" dates the bomb no more than its Sunday does not
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not measures_dated_phrase(trig, t, tok_of_time)]
    # "on Saturday ..., a day after a missile attack killed 52": counted back from the day the sentence tells
    shifted = offset_time(trig, tok_of_time, sent)
    if shifted is None:  # "killed 12 villagers 10 days after a gang abducted 30 on March 4": counted from March 4
        shifted = counted_time(trig, tok_of_time, sent)
    # a time that dates the telling ("said today that ...") does not date what is told; it is the day the
    # event was reported, by that source
    # (not a hearing's day, "a jury heard on Monday": the case's deed was first told long before)
    told_on = [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and speech_time(doc, ts, trig)
               and t.start is not None and t.precision == "day" and not t.future and not court_verb(_verb_of(doc, ts))]
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not (ts and ts[0] in sent_idx and speech_time(doc, ts, trig))]
    # "Jury selection began Monday in the trial of a man charged with killing ...": a proceeding's day, never the
    # deed's told under it (events/trial_day; not a deed the proceeding is part of: "shot mourners attending a funeral")
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not (ts and ts[0] in sent_idx and _proceeding_day(doc, ts, trig))]
    unborrowed = tok_of_time  # (a time of the clause the trigger's is told during is the trigger's too)
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not (ts and ts[0] in sent_idx and borrowed_time(doc, ts, trig))]
    if trig.pos_ in ("VERB", "AUX"):  # "has denied any part in the murder of X 8 days ago": the murder's day, not the denial's
        timed = [ts for _, ts in tok_of_time]
        tok_of_time = [(t, ts) for t, ts in tok_of_time if not (ts and ts[0] in sent_idx and _verb_of(doc, ts).i == trig.i
                                                                 and after_violent_noun(doc, ts, timed))]
    # a bare clock time ("at 1830", "at 2:15 a.m.") tells the hour, not the day: kept as evidence of the hour
    clocks = [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and ts[0] not in other_clauses and bare_clock(t)]
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not bare_clock(t)]
    return _Times(tok_of_time, unborrowed, told_on, clocks, shifted, sent_idx, past)


def _proceeding_day(doc, ts: list[int], trig) -> bool:  # type: ignore[no-untyped-def]
    """The time dates a proceeding about the deed (a trial's, a funeral's day), not a deed that holds it, nor the
    proceeding itself ("A vigil was held on Monday": the vigil's day)."""
    verb = _verb_of(doc, ts)
    return verb.i != trig.i and trig.head.i != verb.i and proceeding_verb(verb) and not trig.is_ancestor(verb)
