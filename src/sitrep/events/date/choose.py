"""Where an event's date is chosen (:func:`choose_date`), in this order: a count verb over the trigger sets the
count's times aside (:mod:`.toll`); the sentence's times are sorted for the trigger (:mod:`.sort_times`); a day
counted from the deed an "N days after" phrase restates or follows (events/restated_offset, events/date_after_deed);
the time of the trigger's clause (:mod:`.clause_time`), else of its sentence or carried from the event told just
before (:mod:`.sentence_time`); widened to a range (:mod:`.ranges`); set to the hour the clause tells (:mod:`.clock`);
read as an interval (:func:`_interval`: without a time, the day the claim was told on, else the report's date,
precision "reported"). Tests: tests/test_event_dates*.py, tests/test_dates*.py.
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.date.after_now import after_now_time
from sitrep.events.date.clause_time import _clause_time
from sitrep.events.date.clock import _clock_time
from sitrep.events.date.later_death import death_over, death_time, subject_day
from sitrep.events.date.ranges import range_time
from sitrep.events.date.sentence_time import _sentence_time
from sitrep.events.date.sort_times import _sort_times
from sitrep.events.date.toll import subject_time, toll_verb_over
from sitrep.events.date.verbs import _violent_noun
from sitrep.events.date_after_deed import after_deed_time
from sitrep.events.restated_offset import restated_offset_time
from sitrep.model import EventMention, TimeExpr


def choose_date(primary, clause: set[int], other_clauses: set[int], sent, sent_idx: set[int],  # type: ignore[no-untyped-def]
                tok_of_time, toll_verbs: frozenset[str], published: Optional[_dt.date], prev: list[EventMention]):
    """The event's time expression and date interval.

    Returns ``(time, date_start, date_end, precision, toll, clause)``: ``toll`` is the (subject, count)
    token sets when the trigger sits in the subject of a count verb ("the number killed in the strike
    rose to 52 on Saturday": Saturday dates the count, not the strike), and ``clause`` is then widened
    to the count so that its figure becomes the event's toll.

    Stages: the sentence's times sorted for the trigger (:func:`_sort_times`), the time of the trigger's clause
    (:func:`_clause_time`), else of its sentence or the one before (:func:`_sentence_time`), widened to a range
    (:func:`range_time`), set to the hour the clause tells (:func:`_clock_time`), and read as an interval
    (:func:`_interval`)."""
    doc = sent.doc
    trig = primary.tok
    toll = toll_verb_over(primary.tok, toll_verbs)
    dying = None
    if toll is not None:
        subject, counted = toll
        tok_of_time = [(t, ts) for t, ts in tok_of_time if ts and subject_time(doc, ts[0], subject, t.precision)]
        clause = clause | counted
    else:  # "A woman who was shot ... died in hospital on Monday": the death's day is not the shooting's
        dying = death_over(trig)
        if dying is not None:
            tok_of_time = [(t, ts) for t, ts in tok_of_time
                           if not (ts and sent.start <= ts[0] < sent.end and death_time(ts, dying))]
    times = _sort_times(doc, trig, sent, sent_idx, other_clauses, tok_of_time, published)
    if times.shifted is None:  # "The attack came five days after a bomb exploded": counted from the attack's day
        times.shifted = restated_offset_time(trig, times.kept, sent, prev, _violent_noun)
    if times.shifted is None:  # "A day after the attack, jets struck a convoy": the day after the deed told before
        times.shifted = after_deed_time(trig, times.kept, sent, prev, _violent_noun)
    if times.shifted is None:  # "Three weeks after gunmen shot dead 17 people, families are still afraid": N days back
        times.shifted = after_now_time(trig, times.kept, sent, published)
    time = _clause_time(doc, primary, clause, times, published)
    if time is None and dying is not None:  # "A lawyer who was shot ... on Thursday succumbed ... on Saturday"
        time = subject_day(dying, times.kept, trig.i)
    if time is None:
        time = _sentence_time(doc, primary, sent, other_clauses, times, toll, published, prev)
    if time is not None:
        time = range_time(doc, time, times.kept, published) or time  # "fought from Friday to Sunday"
    time, hour_alone = _clock_time(doc, trig, time, times, toll, published)
    if hour_alone:
        # the hour alone: dated by the report (the incident's day, when the report tells one, comes later)
        return time, published, published, "reported" if published is not None else "unknown", toll, clause
    date_start, date_end, precision = _interval(time, times.told_on, toll, published)
    return time, date_start, date_end, precision, toll, clause


def _interval(time: Optional[TimeExpr], told_on: list[TimeExpr], toll,  # type: ignore[no-untyped-def]
              published: Optional[_dt.date]) -> tuple[Optional[_dt.date], Optional[_dt.date], str]:
    """``(date_start, date_end, precision)`` of the chosen time; without one, the day the claim was told on
    (precision "reported"), else the report's date."""
    if time is not None and time.start is None:
        return None, None, "unknown"  # kept as ``time`` so the story layer can resolve it on an inferred anchor
    if time is not None:
        return time.start, time.end or time.start, time.precision
    if told_on and toll is None and (published is None or told_on[0].start <= published):
        return told_on[0].start, told_on[0].start, "reported"  # "..., the army said on Monday": reported on Monday
    # a count's date was set aside (toll): the event is dated by its report, even one still undated
    return published, published, "reported" if published is not None or toll is not None else "unknown"
