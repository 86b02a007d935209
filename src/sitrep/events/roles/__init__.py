"""Who acts and who is acted on: actor phrases read off the dependency parse.

Noun phrases become :class:`ActorRef` through, in order: the actor dictionary's
resolver (``sitrep.nlp.actors.get_resolver()``, when it exists), the entity
mentions already in the analysis, and finally a normalised id for an
unresolved agent phrase ("x:government-troops") when its head is an agent noun
("forces", "rebels", "civilians"...) or a name.

One module per decision; :class:`ActorFinder` (``finder``) is put together from the parts that the modules below define,
each a class of methods that reads the finder's analysis, resolver and mentions. Where an actor was read, or not, start
at ``finder.ActorFinder.actor``, then ``phrase_actor`` (the order for a whole phrase) and ``head_actor`` (the order for
its head); the module named there decides the step:

================== =====================================================================================================
module             decides
================== =====================================================================================================
``finder``         :class:`ActorFinder`, put together from the parts below, and its entry ``actor``: what a question
                   asks names no one, then the readings of the phrase, an "X-backed" phrase whole, a weapon alone no
                   actor, a coined name without its hedge
``phrase_actor``   the order of the readings of one phrase (a splinter, troops of an operation, the head, a message's
                   sender, a unit, a named group, a tie, a belief, membership, a side's group); "X-backed <noun>" as a
                   whole
``head_actor``     the order of the readings by the head: no one, a name cut short, a gang, a unit's members, civilians
                   or armed men, the possessor, the dictionary, the mentions, the report's country, an agent noun's
                   phrase, the modifier
``group_named``    the named group a phrase of men or of a group noun stands for: a name given or apposed, sworn to,
                   named beside, believed to be
``possessor``      a named group after a country's "'s"; "its forces": the forces of the state named before
``dictionary``     the phrase as the actor dictionary reads it; "the government of <leader>"; a state's or not
                   (``is_state``, ``named_group``, ``state_country``)
``mentions``       the entity mention a phrase holds; a lone surname; a word of a group's name no civilians;
                   ``is_person``
``agent_phrase``   an agent noun's own phrase as the actor, or no one (a relation, both sides, a weapon, a bare
                   "forces"); "members of X"; the group a modifier names
``report_country`` the report's one country, and the forces it gives "police" or "soldiers" that nothing else names
``coordination``   "Turkish and Syrian forces": two actors; the heads coordinated with a head
``associates``     a group's backers ("backed by X", "X-backed") and commanders
``ties``           what a phrase of men says of whose they are: "loyal to X", "linked to X" (also misparsed), "troops of
                   X", "known as X", "the X Brigade"
``people``         people of a nation, not its state ("a Palestinian", "a Syrian teenager"); men described as armed
``no_one``         a phrase naming no one: what a question asks, a craft with no owner, a mention of common words
``phrase``         which words make an actor's noun phrase (``np_tokens``)
``hyphen_names``   which hyphens belong to a proper name before the head ("Tehreek-i-Taliban Pakistan")
``words``          no decision: shared lists and tables (data/role_cues.tsv and five other files under data/)
``common``         no decision: lemma, span, slug, a preposition's object, unquoting
================== =====================================================================================================

Sibling modules of events/ decide the other steps these readings ask: splinters, operation_troops, message_sender,
described_group, membership, backed_by, machine_agents, bare_state, irregulars, leader_led, leader_loyal, commanders,
generic_relation, norp_modifier, members_plural, compound_doer, bracketed_name.

The names of the former ``events/roles.py`` stay importable from here, private ones too (other modules and tests import
_DET, _GROUP_NOUNS, _slug, _np_tokens, _unquote); its lists _BARE_FORCES, _CAPITAL_FORCES, _DASH_NOUNS, _BELONGING,
_GROUP_NOUNS, _MEMBER_HEADS, _NAME_PARTICLES, _STATE_BODY_WORDS and _NAMING are now lists of data/role_cues.tsv, read
once at import.
"""
from __future__ import annotations

from sitrep.events.roles.agent_phrase import _BARE_STATE, _BOTH, _INDEFINITE
from sitrep.events.roles.common import _DOUBLE_QUOTES, _SINGLE_PAIR, _slug, _unquote, coined_id, lemma, pobj_as, span_of
from sitrep.events.roles.dictionary import NONSTATE_TYPES, STATE_TYPES, _resolver, state_country
from sitrep.events.roles.finder import ActorFinder, _HEDGE_START, _POSSESSIVE_END
from sitrep.events.roles.head_actor import _CAPITAL_FORCES
from sitrep.events.roles.hyphen_names import (_NAME_PARTICLES, _STATE_BODY_WORDS, _TIES, _name_hyphen,
                                              _particle_name_front)
from sitrep.events.roles.mentions import is_person
from sitrep.events.roles.no_one import QUESTION_DETS, _CREW_WORDS, asked_phrase, common_phrase, unowned_craft
from sitrep.events.roles.people import _COUNTING_DETS, armed_phrase, nationals
from sitrep.events.roles.phrase import (_NP_DROP, _NP_KEY, _QUOTES, _described_pair, _descriptive, _held_to_account,
                                        _name_quotes, _np_tokens, _postnominal_phrase, _self_styled, np_tokens,
                                        self_styled)
from sitrep.events.roles.report_country import _CROSSING_TYPES, _NO_COUNTRY_TYPES
from sitrep.events.roles.ties import (_BELONGING, _DASH_NOUNS, _NAMING, _describes_named_host, _named_beside, _own_name,
                                      armed_name, misread_tie, name_given, sworn_preps)
from sitrep.events.roles.words import (CIVILIANS, SIDE_LABELS, _BARE_FORCES, _DET, _GROUP_NOUNS, _MEMBER_HEADS,
                                       armed_modifiers, armed_name_words, bare_forces, forces_words, relation_nouns,
                                       role_cue)

__all__ = [
    "ActorFinder", "CIVILIANS", "NONSTATE_TYPES", "QUESTION_DETS", "SIDE_LABELS", "STATE_TYPES", "_BARE_FORCES",
    "_BARE_STATE", "_BELONGING", "_BOTH", "_CAPITAL_FORCES", "_COUNTING_DETS", "_CREW_WORDS", "_CROSSING_TYPES",
    "_DASH_NOUNS", "_DET", "_DOUBLE_QUOTES", "_GROUP_NOUNS", "_HEDGE_START", "_INDEFINITE", "_MEMBER_HEADS",
    "_NAME_PARTICLES", "_NAMING", "_NO_COUNTRY_TYPES", "_NP_DROP", "_NP_KEY", "_POSSESSIVE_END", "_QUOTES",
    "_SINGLE_PAIR", "_STATE_BODY_WORDS", "_TIES", "_described_pair", "_describes_named_host", "_descriptive",
    "_held_to_account", "_name_hyphen", "_name_quotes", "_named_beside", "_np_tokens", "_own_name",
    "_particle_name_front", "_postnominal_phrase", "_resolver", "_self_styled", "_slug", "_unquote", "armed_modifiers",
    "armed_name", "armed_name_words", "armed_phrase", "asked_phrase", "bare_forces", "coined_id", "common_phrase",
    "forces_words", "is_person", "lemma", "misread_tie", "name_given", "nationals", "np_tokens", "pobj_as",
    "relation_nouns", "role_cue", "self_styled", "span_of", "state_country", "sworn_preps", "unowned_craft",
]
