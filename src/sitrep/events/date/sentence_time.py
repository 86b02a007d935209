"""Decides the time of the trigger's sentence when its clause tells none (:func:`_sentence_time`): the nearest
usable time outside other clauses (no "since", none after the report, none of a later deed, :mod:`.borrowed`), a
going-on "since"; for a protest or riot a deed's time it happened with (:mod:`.same_time`); for past violence the day
a death was found (:mod:`.found`); and for a sentence with no date of its own, the day carried from the event told
just before (:mod:`.carried`).
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.date.borrowed import later_deed
from sitrep.events.date.carried import carried_time
from sitrep.events.date.found import found_before, found_death
from sitrep.events.date.hour import bare_clock
from sitrep.events.date.report_day import after_report, single_past_day, usable_time
from sitrep.events.date.same_time import relative_clause_time, simultaneous_time
from sitrep.events.date.since import since_time
from sitrep.events.date.tense import told_by_verb
from sitrep.events.date.times import _Times
from sitrep.events.date.verbs import _verb_of, _violent_noun
from sitrep.events.since_span import continuing_since
from sitrep.model import EventMention, TimeExpr, VIOLENT_EVENT_TYPES


def _sentence_time(doc, primary, sent, other_clauses: set[int], times: _Times, toll,  # type: ignore[no-untyped-def]
                   published: Optional[_dt.date], prev: list[EventMention]) -> Optional[TimeExpr]:
    """A time of the trigger's sentence outside other clauses (the nearest usable one); for a protest or riot, a
    deed's time it happened with; for past violence, the day a death was found after it; and for a sentence with
    no date of its own (and no count), the day carried from the event told just before it."""
    trig = primary.tok
    tok_of_time, sent_idx = times.kept, times.sent_idx
    violent = primary.tdef.event_type in VIOLENT_EVENT_TYPES
    # a day after the report outside the trigger's clause belongs to another clause's plan, not this event;
    # a day told after the trigger by another deed dates that deed ("was murdered and his body was found today")
    loose = [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and ts[0] not in other_clauses
             and usable_time(t) and not since_time(doc, ts) and not after_report(t, published)
             and not (violent and later_deed(doc, ts, trig))]
    # "Fighting ... has gone on since Friday": the clause of the going on tells the fight's own span
    loose = loose or [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and usable_time(t)
                      and since_time(doc, ts) and continuing_since(doc, ts, trig)]
    time = min(loose, key=lambda t: (t.start is None, abs(t.span.start - trig.idx))) if loose else None
    if time is None and primary.tdef.event_type in ("Protests", "Riots"):
        time = simultaneous_time(doc, trig, [(t, ts) for t, ts in times.unborrowed if not bare_clock(t)], sent_idx,
                                 published)
    if time is None and primary.tdef.event_type in ("Protests", "Riots"):  # "detained 400 activists on Saturday
        time = relative_clause_time(doc, trig, [(t, ts) for t, ts in times.unborrowed if not bare_clock(t)],  # who
                                    sent_idx, published)  # sat down on the motorway": the detention's day
    if time is None and violent and times.past:
        # "he was murdered and his body was found today": the day the death was found, or the night before
        found = [found_before(t) for t, ts in tok_of_time if ts and ts[0] in sent_idx and ts[0] not in other_clauses
                 and ts[0] > trig.i and single_past_day(t, published) and found_death(_verb_of(doc, ts))]
        time = found[0] if found else None
    # a sentence with a date of its own (in another clause) tells another time; a duration ("for 12 days") does not
    if time is None and toll is None and not any(ts and ts[0] in sent_idx and t.type in ("DATE", "TIME")
                                                 for t, ts in tok_of_time) and not fronted_telling(sent, times.told_on):
        # (a present perfect, "the rebels have killed dozens", is a record, not the incident told just before)
        time = carried_time(primary.tdef, sent, prev, verb=told_by_verb(trig))  # "Turkey struck on Monday. It said 40 targets were hit."
    return time


def fronted_telling(sent, told_on: list[TimeExpr]) -> bool:  # type: ignore[no-untyped-def]
    """The sentence opens on the day of its telling ("On Sunday, the army said it had killed eight rebels"): a
    claim of that day, told apart from the incident before it, so it carries no day from that incident (the claim's
    day dates it, precision "reported"); not where the sentence names that incident again ("On Tuesday the group
    said it was behind the attack": :func:`names_incident`)."""
    return bool(opening_times(sent.start_char, sent.text, told_on)) and not names_incident(sent)


def opening_times(start: int, text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """The days and times (not spans of time: "Hours later the group said ...") among ``times`` that open the sentence
    at char ``start`` with text ``text`` (within three characters of its first one)."""
    lead = start + len(text) - len(text.lstrip())
    return [t for t in times if t.span is not None and t.type in ("DATE", "TIME") and 0 <= t.span.start - lead <= 3]


_DEFINITE = frozenset({"the", "this", "that"})


def names_incident(sent) -> bool:  # type: ignore[no-untyped-def]
    """The sentence names an incident told before by a definite singular noun of violence ("the attack", "this
    raid", "its bombing")."""
    return any(t.pos_ == "NOUN" and t.tag_ == "NN" and _violent_noun(t)
               and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in t.children)
               for t in sent)
