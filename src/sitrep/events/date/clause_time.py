"""Decides the time of the trigger's own clause (:func:`_clause_time`): the nearest usable one (a protest's
cause clause and a "since" period aside, :mod:`.cause`, :mod:`.since`), the day counted from an offset first; else,
in this order, one a link in the sentence gives it: its means (events/means_time), its antecedent
(:mod:`.antecedent`), a "where" or "when" clause (events/where_time, events/when_time), a conjunct verb
(:mod:`.conjunct`), a purpose, a protest turned violent, a result, a deed it happened during (:mod:`.same_time`), a
participle, the victims' doing (events/participle_time, events/victims_doing).
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.date.antecedent import antecedent_time
from sitrep.events.date.cause import DEMO_TYPES, cause_clause_tokens
from sitrep.events.date.conjunct import conjunct_time, fronted_conjunct_time
from sitrep.events.date.report_day import single_past_day, usable_time
from sitrep.events.date.same_time import during_time
from sitrep.events.date.since import deed_day, since_deed_day, since_time
from sitrep.events.date.times import _Times
from sitrep.events.date.verbs import _own_verb, _verb_of, _violent_noun
from sitrep.events.means_time import means_time
from sitrep.events.participle_time import participle_time, result_time
from sitrep.events.purpose_time import purpose_time
from sitrep.events.since_span import continuing_since
from sitrep.events.turned_time import turned_time
from sitrep.events.victims_doing import victims_doing_time
from sitrep.events.when_time import when_after, when_time
from sitrep.events.where_time import where_time
from sitrep.model import TimeExpr, VIOLENT_EVENT_TYPES


def _clause_time(doc, primary, clause: set[int], times: _Times, published: Optional[_dt.date]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The time the trigger's own clause tells (the nearest to the trigger, a resolved one first; one counted
    from an "N days after" phrase before it), else one that a link in the sentence gives the trigger: its means,
    its antecedent, a "when" clause, a conjunct verb, a deed it happened during (violence only)."""
    trig = primary.tok
    tok_of_time, sent_idx = times.kept, times.sent_idx
    cause = cause_clause_tokens(trig, clause) if primary.tdef.event_type in DEMO_TYPES else set()
    dated = [t if not since_time(doc, ts) or continuing_since(doc, ts, trig) else deed_day(t) for t, ts in tok_of_time
             if ts and ts[0] in clause and usable_time(t) and ts[0] not in cause
             and (not since_time(doc, ts) or since_deed_day(doc, ts, trig) or continuing_since(doc, ts, trig))]
    time: Optional[TimeExpr] = min(dated, key=lambda t: (t.start is None, abs(t.span.start - trig.idx))) if dated else None
    time = times.shifted if times.shifted is not None else time
    if time is None:
        time = means_time(trig, tok_of_time, sent_idx)  # "were wounded in a drive-by shooting ... late Friday"
    if time is None:
        time = antecedent_time(doc, trig, tok_of_time)  # "the 12 May raid in which a grenade went off"
    if time is None:  # "happened on 9 April at a stop, where a man was shot": the happening's day
        time = where_time(trig, _own_verb(trig), [(t, ts) for t, ts in tok_of_time if usable_time(t)], _violent_noun)
    if time is None:  # "in the early hours of 21 October, when fighters fired mortars": the firing's day
        time = when_time(trig, _own_verb(trig), [(t, ts) for t, ts in tok_of_time if usable_time(t)])
    if time is None:  # "buried three workers killed when militants raided their camp on Sunday night": the Sunday
        time = when_after(trig, [(t, ts) for t, ts in tok_of_time if ts and ts[0] in sent_idx and usable_time(t)])
    if time is None:
        time = conjunct_time(doc, trig, tok_of_time, sent_idx)  # "beheaded three men and set fire to ... on Friday"
    if time is None and primary.tdef.event_type in DEMO_TYPES:  # "On Monday, traders shut their shops and held a
        time = fronted_conjunct_time(doc, trig, times.unborrowed, sent_idx)  # demonstration": the opening day
    if time is None:  # "used water cannon to break up a rally late on Tuesday": the deed on the rally's day
        time = purpose_time(_own_verb(trig), [(t, ts) for t, ts in tok_of_time if ts and ts[0] in sent_idx
                                              and single_past_day(t, published)])
    if time is None and primary.tdef.event_type in DEMO_TYPES:  # "set fire to shops on Monday night after a protest
        time = turned_time(trig, [(t, ts) for t, ts in tok_of_time if ts and ts[0] in sent_idx  # turned violent"
                                  and single_past_day(t, published)])
    if time is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:  # "set fire to houses on Tuesday night, killing seven"
        # (the outcome on the deed's day; a deal's terms, "signed a truce on Tuesday, agreeing to ...", are no deed)
        time = result_time(_own_verb(trig), [(t, ts) for t, ts in tok_of_time if ts and ts[0] in sent_idx
                                             and single_past_day(t, published)])
    if time is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        time = during_time(doc, trig, tok_of_time, sent_idx, published)  # "exploded as a convoy passed on Sunday"
    if time is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:  # "attacked ... on Thursday, killing two
        time = participle_time(trig, [(t, ts) for t, ts in tok_of_time  # officers in a shootout": the Thursday's
                                      if ts and ts[0] in sent_idx and usable_time(t)], _verb_of)
    if time is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:  # "shot dead four members of a family who
        time = victims_doing_time(  # were visiting relatives on Saturday": the Saturday's
            _own_verb(trig), [(t, ts) for t, ts in tok_of_time if ts and ts[0] in sent_idx],
            lambda ts: _verb_of(doc, ts), lambda t: single_past_day(t, published))
    return time
