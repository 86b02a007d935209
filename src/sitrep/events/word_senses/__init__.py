"""Word senses of trigger words that are not their event sense, decided from the parse (issue 15).

The fixed phrases of ``data/non_event_phrases.tsv`` catch idioms by their words; the modules of this package read the
words around a trigger in the parse, with the cue lists of ``data/event_sense_cues.tsv``. One module per decision;
where a word was not read as an event, look in the module that decides it:

===================  ===============================================================================================
module               decides
===================  ===============================================================================================
``sense``            the order of the checks (:func:`not_event_sense`, read by ``triggers.violent_sense``)
``labour_strike``    a strike that is a stoppage of work ("went on strike", "a general strike"), called, not held
``attack_targets``   an attack of an illness, on a website, on a budget or a plan; a deed "in" a law
``harm_not_deed``    a killing by a storm or disease, a court's sentence, animals killed, harm by a fall, "its wounded"
``weapon_things``    a mine as a pit, a weapon tested or traded, a "bomber" as a person, shots in the air, an aircraft
                     fired on, a deal to buy weapons
``fights``           a fight against corruption, to topple a government, alongside allies, with a weapon
``crowds_forces``    people or troops marched, a crowd pushed back, crowd-control kit, a skill shown, relief troops,
                     joining an action, an armed occupation: no protest
``words_not_deeds``  a deed talked about, words withdrawn, a word defined, a simile, a task executed
``common``           no decision: the lower-cased lemma
===================  ===============================================================================================

Sibling modules of events/ decide the other checks that :func:`not_event_sense` asks (in its order): cyber_deed,
market_move, sports_idiom, showbiz_idiom, depicted, debate_idiom, handed_goods, mining_report, campaign_rally,
spent_shells, building_shells, weapon_test, scare_quoted, blast_traces, weapon_kind, post_picket, ordnance_cleared,
body_senses; a drill (events/drill) rules out only the violent readings, in ``triggers``.

The names of the former ``events/word_senses.py`` stay importable from here (its lists _PROTEST_ACTIONS,
_SWARM_NOUNS, _PACT_NOUNS, _SIGN_VERBS, _ROUNDS, _STRIKE_NOT_HELD, _COGNATE_FIGHTS, _FIGHT_WITH, _FIGHT_VERBS,
_HURT_VERBS, _ON_STRIKE_HEADS and _CONTEST_NOUNS are now cues of data/event_sense_cues.tsv, read once at import).
"""
from __future__ import annotations

from sitrep.events.word_senses.attack_targets import (_ATTACK, _CONTEST_NOUNS, _called_an_attack, _illness, _target,
                                                      attack_on_thing, cyber_attack, deed_in_document, illness_attack)
from sitrep.events.word_senses.common import _lem
from sitrep.events.word_senses.crowds_forces import (_BLOW_VERBS, _PEOPLE_PRONOUNS, _PROTEST_ACTIONS, _passive,
                                                     action_joined, armed_occupation, crowd_moved, forced_march,
                                                     forces_marched, police_pushing, relief_deployment, skill_shown,
                                                     struck_by_kit)
from sitrep.events.word_senses.fights import (_ALLY_PREPS, _COGNATE_FIGHTS, _FIGHT_VERBS, _FIGHT_WITH, _NOUN_PATH,
                                              _SWARM_NOUNS, _foes_against, _swarm_of, aided_fight, fight_against_thing,
                                              fight_for_aim, fight_instrument, fought_alongside)
from sitrep.events.word_senses.harm_not_deed import (_HURT_VERBS, _POSSESSORS, _doer, animals_killed,
                                                     bombarded_with_words, hazard_killed, hurt_by_falling, sentenced,
                                                     the_wounded)
from sitrep.events.word_senses.labour_strike import (_GRIEVANCE_PREPS, _JOINED_PREPS, _ON_STRIKE_HEADS, _SPELL_NOUNS,
                                                     _STRIKE, _STRIKE_NOT_HELD, _labour_strike_here, _strike_day,
                                                     _strike_joined, _workers_strike, labour_strike, strike_called,
                                                     strike_no_protest)
from sitrep.events.word_senses.sense import not_event_sense
from sitrep.events.word_senses.weapon_things import (_FIRING, _LOSS_VERBS, _MINE, _PACT_NOUNS, _ROUNDS, _SIGN_VERBS,
                                                     _SKY_PREPS, _SKY_WORDS, _TARGET_PREPS, _into_sky,
                                                     aircraft_not_instrument, bomber_aircraft, dug_mine, hyphen_held,
                                                     purchase_deal, shots_in_air, weapon_dealt)
from sitrep.events.word_senses.words_not_deeds import (_stance_verb, deed_as_topic, defined_kind, likeness_clause,
                                                       simile, task_carried_out, words_withdrawn)

__all__ = [
    "_ALLY_PREPS", "_ATTACK", "_BLOW_VERBS", "_COGNATE_FIGHTS", "_CONTEST_NOUNS", "_FIGHT_VERBS", "_FIGHT_WITH",
    "_FIRING", "_GRIEVANCE_PREPS", "_HURT_VERBS", "_JOINED_PREPS", "_LOSS_VERBS", "_MINE", "_NOUN_PATH",
    "_ON_STRIKE_HEADS", "_PACT_NOUNS", "_PEOPLE_PRONOUNS", "_POSSESSORS", "_PROTEST_ACTIONS", "_ROUNDS", "_SIGN_VERBS",
    "_SKY_PREPS", "_SKY_WORDS", "_SPELL_NOUNS", "_STRIKE", "_STRIKE_NOT_HELD", "_SWARM_NOUNS", "_TARGET_PREPS",
    "_called_an_attack", "_doer", "_foes_against", "_illness", "_into_sky", "_labour_strike_here", "_lem", "_passive",
    "_stance_verb", "_strike_day", "_strike_joined", "_swarm_of", "_target", "_workers_strike", "action_joined",
    "aided_fight", "aircraft_not_instrument", "animals_killed", "armed_occupation", "attack_on_thing",
    "bombarded_with_words", "bomber_aircraft", "crowd_moved", "cyber_attack", "deed_as_topic", "deed_in_document",
    "defined_kind", "dug_mine", "fight_against_thing", "fight_for_aim", "fight_instrument", "forced_march",
    "forces_marched", "fought_alongside", "hazard_killed", "hurt_by_falling", "hyphen_held", "illness_attack",
    "labour_strike", "likeness_clause", "not_event_sense", "police_pushing", "purchase_deal", "relief_deployment",
    "sentenced", "shots_in_air", "simile", "skill_shown", "strike_called", "strike_no_protest", "struck_by_kit",
    "task_carried_out", "the_wounded", "weapon_dealt", "words_withdrawn",
]
