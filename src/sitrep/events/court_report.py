"""The day of a deed told in a court report (issue 13; trial and sentencing reports, date_reports12 z17 and z18).

A report whose headline or lead tells a hearing or a verdict ("a jury at the Old Bailey heard on Monday", "a court on
Thursday sentenced a man to life"; :func:`verdict_report.verdict_report`, :func:`court_account.court_verb`), or opens
a trial ("Jury selection began Monday in the trial of ..."; :func:`trial_day.proceeding_verb`, branch dates36) is about
a case whose deed lies weeks or years back. The convention (bench/README "dates18"): a hearing, a trial or a sentence
is no new event; the deed, when the report tells it with a day or a month of its own ("attacked ... on 14 May", "for
stabbing two people to death ... in March last year"), is an event of that day, or else nothing. So the deeds the
report leaves undated ("stabbed to death outside a chicken shop, a jury heard", "A third person was seriously
wounded") never take the report's day: they take the case's one dated deed's day (and its toll when they tell
none), and where the report dates no deed (or several), those told as fact are set aside as background.
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.court_account import court_verb
from sitrep.events.cues import sense_cue
from sitrep.nlp.doctext import token_starting_at
from sitrep.events.trial_day import proceeding_verb
from sitrep.events.verdict_report import lead_sentences, verdict_report
from sitrep.model import EventMention, VIOLENT_EVENT_TYPES

__all__ = ["court_report", "date_court_deeds"]


def court_report(doc) -> bool:  # type: ignore[no-untyped-def]
    """``doc``'s headline or lead tells a verdict, or what a court heard or was told."""
    if verdict_report(doc):
        return True
    # "Jury selection began Monday in the trial of ..." (events/trial_day): a trial's day, the deed's lies back
    return any(t.pos_ in ("VERB", "AUX") and (court_verb(t) or proceeding_verb(t, court=True))
               for s in lead_sentences(doc) for t in s)


def _case_days(violent: list[EventMention], published: Optional[_dt.date]) -> set:  # type: ignore[type-arg]
    """The days (first, last) the report tells for its deeds, each before the report's day."""
    return {(m.date_start, m.date_end) for m in violent
            if m.date_precision not in ("reported", "unknown") and m.date_start is not None
            and (published is None or (m.date_end or m.date_start) < published)}


def date_court_deeds(mentions: list[EventMention], doc, published: Optional[_dt.date]) -> None:  # type: ignore[no-untyped-def]
    """In a court report, the undated deeds take the case's one dated deed's day, or are set aside (module
    docstring)."""
    violent = [m for m in mentions if m.event_type in VIOLENT_EVENT_TYPES]
    undated = [m for m in violent if m.date_precision == "reported"]
    if not undated or not court_report(doc):
        return
    days = _case_days(violent, published)
    source = next((m for m in violent if len(days) == 1 and (m.date_start, m.date_end) in days), None)
    for m in undated:
        if source is not None:
            m.time, m.date_start, m.date_end, m.date_precision = source.time, source.date_start, source.date_end, \
                source.date_precision
            if m.fatalities is None:
                m.fatalities = source.fatalities  # the case's deed: "for stabbing two people to death", its toll
        elif m.modality == "asserted" and not _sentencers_deed(m, doc):
            m.modality = "background"  # the case's past with no day of its own: no event of the report's day


def _sentencers_deed(m: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """``m``'s trigger is coordinated with a verdict verb ("the rebels kidnapped and sentenced him to death"): the
    one who "sentenced" did the deed too, so no court weighs it; the deed is news of its own (MUC-4 DEV-0283)."""
    tok = token_starting_at(doc, m.trigger.start) if m.trigger is not None else None
    return tok is not None and any(c.lemma_.lower() in sense_cue("verdict_verbs") for c in tok.conjuncts)
