"""Date: when an event happened, from the time expression of its clause, then its sentence, then one
carried from the sentence that told the same event, and only then the report's date (precision "reported").

One module per decision; where an event's date was chosen, start at :mod:`.choose` (:func:`choose_date`, the order
of the stages), then look in the module that decides the step:

=================  ====================================================================================================
module             decides
=================  ====================================================================================================
``choose``         where the date is chosen: the order of the stages below, and the interval (else the report's date)
``times``          no decision: the sorted times of a trigger's sentence
``sort_times``     which of the sentence's times may date the event (none after the report, of the telling, borrowed)
``clause_time``    the time of the trigger's own clause, else one a link gives it (means, antecedent, when, conjunct)
``sentence_time``  the sentence's time when the clause tells none; a day carried from the event told before
``clock``          the hour: the chosen day at the clause's clock time, else the day told before; a cut-off line end
``hour``           a bare clock time tells the hour, not the day
``report_day``     a time against the report's date: after it, one past day, no year (last year's), usable, recent
``carried``        a dateless sentence takes the day of the event told just before it (unless it shifts away)
``tense``          the tense a deed is told in: past clause, simple past, present perfect record
``since``          "since Tuesday" starts a period; "since Monday's attack" is the attack's day
``telling``        a time that dates the telling, not the deed ("said today that ..."); a fronted time; pluperfect
``verbs``          no decision: the verb a time hangs from, lemmas, violent/event/support verbs and nouns
``borrowed``       a time that belongs to another deed: a later verb's, the governing verb's, a violent noun's
``conjunct``       the time a joined deed shares (subjectless conjunct; a protest's opening day)
``found``          a death found, and its day (that day or the night before)
``antecedent``     a relative clause's act takes the day of the event noun it describes
``offset``         "a day after/before" counted from the sentence's day (relative anchors, OFFSET_ANCHOR)
``ranges``         "from Friday to Sunday": one range of days
``same_time``      a deed's time from one it happened with ("as", "while", "during", a relative clause)
``toll``           the trigger in a count verb's subject: the count's day is not the deed's
``later_death``    the trigger in a death verb's subject: the death's day is not the deed's ("who was shot ... died")
``cause``          a protest's "after ..." clauses tell its cause, not its day
``after_now``      "Three weeks after gunmen shot ..., families are still afraid": N days before the report
=================  ====================================================================================================

Order for one event (:func:`.choose.choose_date`): :mod:`.toll` (else :mod:`.later_death`), :mod:`.sort_times`, the
restated or after-deed offset (events/restated_offset, events/date_after_deed, :mod:`.after_now`), :mod:`.clause_time`,
else :mod:`.sentence_time` (ending with :mod:`.carried`), then :mod:`.ranges`, :mod:`.clock`, and the interval (:func:`.choose._interval`).

The names of the former ``events/date.py`` stay importable from here (private ones too, which other modules and
tests import).
"""
from __future__ import annotations

from sitrep.events.date.antecedent import (_RELATIVE_PRONOUNS, _prepositional_antecedent, _pronoun_antecedent,
                                           _violent_noun_before, antecedent_time)
from sitrep.events.date.borrowed import (_DAY_NOUNS, _TIME_PREPS, _other_deed_between, after_violent_noun,
                                         borrowed_time, day_of_noun, in_protest, later_deed)
from sitrep.events.date.carried import (CARRY_CHARS, CARRY_TYPES, INCIDENT_CHARS, INCIDENT_TYPES, _SHIFT, carried_time,
                                        one_incident_day, shifts_away)
from sitrep.events.date.cause import CAUSE_MARKS, DEMO_TYPES, cause_clause_tokens
from sitrep.events.date.choose import _interval, choose_date
from sitrep.events.date.clause_time import _clause_time
from sitrep.events.date.clock import _END, _LEADS, _clock_time, at_clock, cut_off, reference_day
from sitrep.events.date.conjunct import conjunct_time, fronted_conjunct_time
from sitrep.events.date.found import found_before, found_death
from sitrep.events.date.hour import _BARE_CLOCK, bare_clock
from sitrep.events.date.offset import OFFSET_ANCHOR, _DAYS, _OFFSET, _SOME_HOURS, _offset_n, offset_dated, offset_time
from sitrep.events.date.ranges import RANGE_DAYS, _RANGE_TO, range_time
from sitrep.events.date.report_day import (HOURS_BACK_DAYS, RECENT_DAYS, _HOURS, _RELATIVE_OK, _YEAR_WORD,
                                           after_report, no_year, recent_hours, single_past_day, usable_time,
                                           weekday_told, year_before)
from sitrep.events.date.same_time import _AT_THE_SAME_TIME, during_time, relative_clause_time, simultaneous_time
from sitrep.events.date.sentence_time import _sentence_time
from sitrep.events.date.since import deed_day, since_deed_day, since_time
from sitrep.events.date.sort_times import _sort_times
from sitrep.events.date.telling import (_after_source, _belief_of_subject, _of_event_noun, _right_after_telling,
                                        _telling, _told_deed, fronted_time, speech_time, told_earlier)
from sitrep.events.date.tense import past_clause, perfect_present, told_by_verb
from sitrep.events.date.times import _Times
from sitrep.events.date.toll import toll_verb_over
from sitrep.events.date.verbs import (_event_verb, _own_verb, _span_head, _verb_of, _violent_noun, _violent_verb,
                                      lemmas, support_verb)
