"""Trigger sense: which words of a sentence name an event, and how they group into clauses.

A trigger is a word of the ontology (``data/ontology.json``) in its event sense; the triggers of one
clause form a :class:`Group` (one event): a generic "killed" joins the weapon that killed ("shelling ...
killed four"), and a threatened or denied action joins the threat or denial that embeds it.

One module per decision; where a word was or was not taken as a trigger, look in the module that decides it:

=================  =================================================================================================
module             decides
=================  =================================================================================================
``find``           the order of the decisions for a sentence: candidates, fixed reading, patterns, dear vetoes last
``fixed_reading``  a construction's event without patterns: a condemnation, a physical charge, found slain, rammed
``pattern``        what one pattern makes of a word; no pattern fits: a labour strike, "took/entered" a place
``early_veto``     a pattern's sense the word lacks: "fired him", "came under fire for", a police raid
``late_veto``      a pattern's dependents on the wrong side, an agent, the deed as object, no place reached
``taking``         what a verb of taking takes: ground, or a thing, a person, an office, a building's part
``violent_sense``  no violent sense (asked last): no place entered, no people harmed, word_senses
``not_event_use``  no event use (asked last): imperative, modifier, a name, a weapon as a thing, a month
``weapon_things``  a weapon noun as a thing: supplied, held or made, counted as booty
``month``          "March"/"May" the month
``attacked``       a deployment or protester noun that a violent deed acts on is its target, no trigger
``phrases``        fixed phrases and metaphors naming no event (data/non_event_phrases.tsv)
``grouping``       how triggers group into events: clause heads, generic killings, shared assaults, speech acts
``separate``       a nominal trigger that is an event of its own ("after the shelling", "the shooting sparked")
``timing``         two deeds apart in time ("a day after", each dated on its own)
``clause``         no decision: a trigger's clause head and a group's clause tokens
``model``          no decision: Trigger, Group (and shots_fired, which Group.primary reads)
``sides``          no decision: where a dependent stands relative to a verb
``words``          no decision: shared words and kinds, the sentence's word kit
=================  =================================================================================================

Order of the checks for one word (:mod:`.find`): :func:`could_trigger` (a pattern under the lemma or form), the
fixed phrases (:mod:`.phrases`) blocked first; then :func:`.fixed_reading._fixed_reading`, else the word's patterns
(:mod:`.pattern`, its early veto, the taking checks, its late veto); only a word that would be a trigger is then
asked the two dearest vetoes, :mod:`.violent_sense` and :mod:`.not_event_use` (in that order).

The names of the former ``events/triggers.py`` stay importable from here (its lists DEBRIS, BACKING, CAMPAIGN_NOUNS,
SETTLEMENT_WORDS, CLAIMED_DEEDS, SUPPLY_VERBS, ARMED_CREW and CONSEQUENCE_VERBS are now cues of
data/event_sense_cues.tsv, read once at import).
"""
from __future__ import annotations

from sitrep.events.triggers.attacked import attacked_thing
from sitrep.events.triggers.clause import _FINITE, clause_head, clause_tokens, shared_time
from sitrep.events.triggers.early_veto import STREET_PREPS, _early_pattern_veto, _to_the_streets
from sitrep.events.triggers.find import (_blocked_chars, _most_specific, _patterned_trigger, _word_trigger,
                                         could_trigger, find_triggers, near_lemmas)
from sitrep.events.triggers.fixed_reading import (_PERSON_PRONOUNS, _fixed_reading, intercepted_person,
                                                  physical_charge)
from sitrep.events.triggers.grouping import (CAUSE_TYPES, cause_type, denied_deed, embed_in_speech_acts,
                                             group_triggers, join_generic_killings, join_shared_assaults,
                                             killing_host, told_apart, trigger_head)
from sitrep.events.triggers.late_veto import (CREATE_VERBS, DESTINATION_PREPS, DROPPED_LOADS, _late_pattern_veto,
                                              _modifier_destroyed, by_agent, deed_object, ground_reached)
from sitrep.events.triggers.model import Group, Trigger, shots_fired
from sitrep.events.triggers.month import DATE_PREPS, MONTH_WORDS, month_name
from sitrep.events.triggers.not_event_use import (BACKING, CAMPAIGN_NOUNS, DEBRIS, _not_event_use, exhortation,
                                                  place_subject, struck_deal)
from sitrep.events.triggers.pattern import (_NEXT, _movement_reading, _pattern_trigger, _unpatterned_trigger,
                                            deed_after_entry)
from sitrep.events.triggers.phrases import (_alternation, _ascii_needs, _patterns_by_range, _phrase_list,
                                            _phrase_regexes, _ranges_holding, idiom_only_lemmas, idiom_spans,
                                            non_event_phrases, phrase_spans)
from sitrep.events.triggers.separate import CONSEQUENCE_VERBS, SEQUENCE_PREPS, consequence_subject, sequenced
from sitrep.events.triggers.sides import _SETTING_PREPS, in_phrase_of, in_setting_phrase, on_object_side
from sitrep.events.triggers.taking import (ARMED_CREW, SEIZE_VERBS, _bare_control, _pair_objects, _taken,
                                           building_part_taken, not_territory, nothing_taken, taken_person,
                                           task_taken, zero_relative_object)
from sitrep.events.triggers.timing import (CAUSE_MARKS, _GAP_UNITS, _own_date, apart_in_time, dated_apart,
                                           measured_after)
from sitrep.events.triggers.violent_sense import _no_violent_sense, enters_place
from sitrep.events.triggers.weapon_things import (CLAIMED_DEEDS, SUPPLY_VERBS, _LIST_DEPS, held_weapon,
                                                  listed_weapon, supplied)
from sitrep.events.triggers.words import (DRILL_STAGED_CODES, SETTLEMENT_WORDS, SPEECH_ACTS, TAKE_VERBS,
                                          VIOLENT_TYPES, _WordKit)

__all__ = [
    "ARMED_CREW", "BACKING", "CAMPAIGN_NOUNS", "CAUSE_MARKS", "CAUSE_TYPES", "CLAIMED_DEEDS", "CONSEQUENCE_VERBS",
    "CREATE_VERBS", "DATE_PREPS", "DEBRIS", "DESTINATION_PREPS", "DRILL_STAGED_CODES", "DROPPED_LOADS", "Group",
    "MONTH_WORDS", "SEIZE_VERBS", "SEQUENCE_PREPS", "SETTLEMENT_WORDS", "SPEECH_ACTS", "STREET_PREPS",
    "SUPPLY_VERBS", "TAKE_VERBS", "Trigger", "VIOLENT_TYPES", "apart_in_time", "attacked_thing",
    "building_part_taken", "by_agent", "cause_type", "clause_head", "clause_tokens", "consequence_subject",
    "could_trigger", "dated_apart", "deed_after_entry", "deed_object", "denied_deed", "embed_in_speech_acts",
    "enters_place", "exhortation", "find_triggers", "ground_reached", "group_triggers", "held_weapon",
    "idiom_only_lemmas", "idiom_spans", "in_phrase_of", "in_setting_phrase", "intercepted_person",
    "join_generic_killings", "join_shared_assaults", "killing_host", "listed_weapon", "measured_after", "month_name",
    "near_lemmas", "non_event_phrases", "not_territory", "nothing_taken", "on_object_side", "phrase_spans",
    "physical_charge", "place_subject", "sequenced", "shared_time", "shots_fired", "struck_deal", "supplied",
    "taken_person", "task_taken", "told_apart", "trigger_head", "zero_relative_object",
]
