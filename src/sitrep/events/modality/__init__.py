"""Modality of an event clause: did it happen (``asserted``), or was it ``denied``, ``claimed``, ``threatened``,
``planned``, ``conditional``, or restated ``background``?

One module per decision; where a wrong modality was chosen, look in the module that decides it:

==================  ============================================================================================
module              decides
==================  ============================================================================================
``head``            the order in which the clause's head verb is read (the first decision that speaks wins)
``event``           the order of the event-level stages after the head, and the done-deed and feared stages
``negated``         denied by grammar: "not", "never", "no one was killed", "called off"
``denial``          denied by the deed's words: ruled out, stopped, called false, "no reports of", nearly done
``hedged``          claimed: "allegedly", "alleged that", "a doctor suggested that"
``questions``       conditional, asked: "Have the bridges been bombed?", "whether the army shelled"
``conditional``     conditional: "if", "in case of", "any planes that attack", "would", "before someone is stabbed"
``planned``         planned: plan verbs and nouns, modals and future times, purposes, bans, "planned for Thursday"
``threat``          threatened or feared; a warning that only reports; a promise
``setting``         a deed told as the setting of another (a landmark, an anniversary, a life's past, a campaign)
``habit``           background: a habit or a rate ("attack convoys", "is shelled every day", "50 times")
``background``      background: old context ("since 2012", "for weeks", a date long before publication)
``tally``           background: a running toll, a period's tally, a reference back, a kind, a trend
``war_state``       background: a side's war told as a state ("Turkey is fighting the PKK")
``tree``            no decision: the parse walks the others share (:func:`governors`)
``clause``          no decision: :class:`EventClause`, what the event stages read
==================  ============================================================================================

Confidence: each decision is a rule and gives none of its own; the event's confidence is
:func:`sitrep.events.extract._confidence`'s.

The public names of the former ``events/modality.py`` stay importable from here (its word lists WARN_VERBS and
PROMISE_VERBS are now the cues ``warn_verbs`` and ``promise_verbs`` of data/event_sense_cues.tsv).
"""
from __future__ import annotations

from sitrep.events.modality.background import (BACKGROUND_AGE_DAYS, HISTORY_YEARS, YEARS_BACK, is_background,
                                               series_span, since_on_object)
from sitrep.events.modality.clause import EventClause
from sitrep.events.modality.conditional import ANY_ONE, HYPOTHETICAL_AUX, in_case_of, pending_clause
from sitrep.events.modality.denial import discredited, no_report_of, ruled_out, stopped_noun
from sitrep.events.modality.event import USE_VERBS, event_modality
from sitrep.events.modality.habit import (AUX_WORDS, active_perfect, habitual_passive, habitual_present,
                                          rate_of_deeds)
from sitrep.events.modality.head import modality
from sitrep.events.modality.negated import FOCUS_ADVERBS, called_off, negation, nobody
from sitrep.events.modality.planned import (FUTURE_AUX, NOUN_PLAN_EXCEPT, called_for_day, future_time_clause,
                                            planned_by_relative, present_with_weekday)
from sitrep.events.modality.questions import WH_TAGS, open_question, wh_question, yes_no_question
from sitrep.events.modality.setting import LONG_UNITS, SETTING_MARKS, lasted_long, lived_through, past_setting
from sitrep.events.modality.tally import (CONFLICT_TOLL, TOLL_TRIGGERS, definite_reference, gapped_perfect,
                                          killing_relative)
from sitrep.events.modality.threat import feared_deed, predicted_deed, warning_report
from sitrep.events.modality.tree import EMBED_DEPS, child_dep, governors
from sitrep.events.modality.war_state import state_of_war

__all__ = [
    "ANY_ONE", "AUX_WORDS", "BACKGROUND_AGE_DAYS", "CONFLICT_TOLL", "EMBED_DEPS", "EventClause", "FOCUS_ADVERBS",
    "FUTURE_AUX", "HISTORY_YEARS", "HYPOTHETICAL_AUX", "LONG_UNITS", "NOUN_PLAN_EXCEPT",
    "SETTING_MARKS", "TOLL_TRIGGERS", "USE_VERBS", "WH_TAGS", "YEARS_BACK", "active_perfect",
    "called_for_day", "called_off", "child_dep", "definite_reference", "discredited", "event_modality", "feared_deed",
    "future_time_clause", "gapped_perfect", "governors", "habitual_passive", "habitual_present", "in_case_of",
    "is_background", "killing_relative", "lasted_long", "lived_through", "modality", "negation", "no_report_of",
    "nobody", "open_question", "past_setting", "pending_clause", "planned_by_relative", "predicted_deed",
    "present_with_weekday", "rate_of_deeds", "ruled_out", "series_span", "since_on_object", "state_of_war",
    "stopped_noun", "wh_question", "warning_report", "yes_no_question",
]
