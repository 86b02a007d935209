"""Roles: who acted and who was acted on in an event's clause (actor1, actor2, associates).

Read off the parse through voice, prepositions and nominal triggers (:func:`read_roles`), then turned into canonical
actors (:func:`assign_actors`): coordinated agents, appositions, pronouns and "those forces" pointing back to an actor
named before. One module per decision; where a role was read or an actor chosen, look in the module that decides it:

====================  ==============================================================================================
module                decides
====================  ==============================================================================================
``read_order``        the order of :func:`read_roles`' stages; the clause's last-resort doers and targets
``clause``            which verbs of the clause are read (not a verb that only relays the deed); symmetric codes
``nominal_trigger``   the roles a noun trigger carries itself ("a suicide bomber", "the killing of X")
``by_phrase``         the doer a verb's by-phrase names, its own or one shared with a later passive conjunct
``voice``             a verb's doer and undergoer by voice; a reduced passive ("and 30 fighters killed")
``subject``           the acting subject of a verb (:func:`subject_of`), inherited through the clause
``misread_subject``   parses that put the wrong word in the subject: a speech tag, a relative's tense mate
``not_the_doer``      subjects that only name, condemn, deny or blame the deed, and victims' frames
``take_roles``        the doer and undergoer a verb leaves taken into the clause's roles; talks' other side
``frame_sides``       a repelled attack and a force on a crowd tell the sides against the parse
``victim_order``      the killed before the hurt and before a place phrase (:func:`killed_first`)
``place_not_actor``   a phrase that is a place, not an actor; the apposition that acts for a dateline's town
``actor_order``       the order of :func:`assign_actors`' stages
``actor_clause``      what assign_actors reads of one event (:class:`ActorClause`); no decision
``doer_named``        the doer's phrase split into sides; a self-given name; a place acts only through apposition
``doer_told_before``  a pronoun's, "its troops'", "the group's" doer, a doer in the sentence before or a weapon's
``target_actor``      actor2 from the target tokens; a battle's dead are its toll, not its side
``one_side_each``     a person's group acts for him; one phrase is never both sides; no victim's state as doer
``armed_doer``        a violent deed's doer (no news agency, no civilians) and actor1's confidence
``state_forces``      a government that fought is its forces (:func:`armed_branch`)
====================  ==============================================================================================

The names of the former ``events/participants.py`` stay importable from here, private ones included (its lists
SOURCE_VERBS, SPEECH_VERBS, REDUCED_PASSIVE, KILL_VERBS and HARM_VERBS are now cues of data/event_sense_cues.tsv,
read once at import). ``credit_claims`` (events/claims) is re-exported as before.
"""
from __future__ import annotations

from sitrep.events.claims import credit_claims
from sitrep.events.participants.actor_clause import ActorClause
from sitrep.events.participants.actor_order import assign_actors
from sitrep.events.participants.armed_doer import _armed_doer, _confident_doer
from sitrep.events.participants.by_phrase import _by_phrase_doer, gapped_by
from sitrep.events.participants.clause import SOURCE_VERBS, SYMMETRIC, RoleClause, _role_clause
from sitrep.events.participants.doer_named import _named_doer, _split_agents
from sitrep.events.participants.doer_told_before import (_agent_phrase_span, _doer_elsewhere, _forces_of,
                                                         _group_told_before, _pronoun_doer)
from sitrep.events.participants.frame_sides import _attackers_repelled, _force_on_marchers
from sitrep.events.participants.misread_subject import (SAYING, SPEECH_VERBS, _undergoer_verb, of_noun_gerund, said_aux,
                                                        said_between, tense_mate_relative)
from sitrep.events.participants.nominal_trigger import _nominal_trigger_roles
from sitrep.events.participants.not_the_doer import (_blame_frames, _subject_cleared, _subject_says_nothing,
                                                     _victim_frames, condemns)
from sitrep.events.participants.one_side_each import _doer_not_the_victims, _one_side_each, group_of_person, individual
from sitrep.events.participants.place_not_actor import (_bracketed, _placed_agent, _sent_ents, dateline_apposition,
                                                        is_place_tok, place_apposition, place_span)
from sitrep.events.participants.read_order import _clause_doer, _clause_target, _verb_roles, read_roles
from sitrep.events.participants.state_forces import armed_branch
from sitrep.events.participants.subject import (_gerund_subject, _hosted_subject, _inherited_subject, _own_subject,
                                                subject_of)
from sitrep.events.participants.take_roles import _other_side_or_taker, _take_doer, _take_undergoer
from sitrep.events.participants.target_actor import _target_actor, _victim_actor, battle_dead_no_side
from sitrep.events.participants.victim_order import HARM_VERBS, KILL_VERBS, killed_first
from sitrep.events.participants.voice import REDUCED_PASSIVE, _subject_and_undergoer, reduced_passive

__all__ = [
    "ActorClause", "HARM_VERBS", "KILL_VERBS", "REDUCED_PASSIVE", "RoleClause", "SAYING", "SOURCE_VERBS",
    "SPEECH_VERBS", "SYMMETRIC", "_agent_phrase_span", "_armed_doer", "_attackers_repelled", "_blame_frames",
    "_bracketed", "_by_phrase_doer", "_clause_doer", "_clause_target", "_confident_doer", "_doer_elsewhere",
    "_doer_not_the_victims", "_force_on_marchers", "_forces_of", "_gerund_subject", "_group_told_before",
    "_hosted_subject", "_inherited_subject", "_named_doer", "_nominal_trigger_roles", "_one_side_each",
    "_other_side_or_taker", "_own_subject", "_placed_agent", "_pronoun_doer", "_role_clause", "_sent_ents",
    "_split_agents", "_subject_and_undergoer", "_subject_cleared", "_subject_says_nothing", "_take_doer",
    "_take_undergoer", "_target_actor", "_undergoer_verb", "_verb_roles", "_victim_actor", "_victim_frames",
    "armed_branch", "assign_actors", "battle_dead_no_side", "condemns", "credit_claims", "dateline_apposition",
    "gapped_by", "group_of_person", "individual", "is_place_tok", "killed_first", "of_noun_gerund", "place_apposition",
    "place_span", "read_roles", "reduced_passive", "said_aux", "said_between", "subject_of", "tense_mate_relative",
]
