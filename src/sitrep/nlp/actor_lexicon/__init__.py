"""The actor dictionary and the matcher over folded words; the reusable :class:`ActorResolver`.

Data (reviewed like code, each line with its source):

- ``data/actors.jsonl``: canonical actors with aliases, type, ACLED inter code, country, parent.
- ``data/agent_phrases.tsv``: generic agent phrases ("regime forces", "rebels") mapped to roles.
- ``data/actor_roles.tsv``: how a role plus a country becomes an actor (``SYR_MIL``, ``MLI_OPP``).
- ``data/org_words.tsv``: head words that mark an unseen name as an organisation.
- ``data/actor_cues.tsv``: the plain word lists of the modules below (word, kind, source).

Text is compared as a sequence of *units*: words folded with :func:`sitrep.textnorm.fold_name`
(so al-/el-, q/k, e/i, doubled letters and apostrophes do not matter), with the Arabic article
and English determiners dropped and a possessive "'s" remembered rather than kept. Matching is a
longest-match walk over a dict of unit tuples: linear in the length of the text.

One module per decision; where an actor came out as it did, look in the module that decides it (start at
``phrase_head.PhraseHead.resolve``, the entry point of a phrase, which asks the others in this order):

================  ==================================================================================================
module            decides
================  ==================================================================================================
``resolver``      what the dictionary holds, read once (:class:`ActorResolver`, which mixes in the classes below;
                  :func:`get_resolver`)
``units``         how a text splits into folded word units (:func:`to_units`, :func:`fold_word`, :func:`unit_keys`)
``stretch``       whether units form one stretch of text, brackets of an alias allowed (:func:`_joined`,
                  :func:`_joined_as`)
``letter_case``   whether a text's letters fit an alias's (:func:`_case_ok`, :func:`_exact`)
``other_place``   a country's name that names another place or ends a longer name (:func:`_names_other_place`,
                  :func:`_hyphen_name_tail`)
``matching``      which stretches name an actor, a prefixed role or a generic phrase (``Matching.match_units``;
                  :class:`Match`)
``fuzzy``         which actor a misspelt name is (``Fuzzy.fuzzy``)
``entries``       which entry an id or a country's role is, who is in office, a country's army
                  (``Entries.get``, ``role_actor``, ``has_bare_army``)
``civil_bodies``  a country, capital or demonym leading a civil body's name (``CivilBodies.civil_body_end``)
``match_actor``   the canonical actor of one match (``MatchActor.resolve_match``)
``phrase_head``   which actor a phrase names, by its head (``PhraseHead.resolve``, ``_resolve_head``,
                  :func:`_phrase_cut`)
``people``        nouns of people after a demonym: people of a nation, not its state (:func:`people_noun`)
``members``       armed men who are a named group's members (:func:`_group_before_members`,
                  :func:`_linked_group_members`)
``opposition``    "opposition" before another word: the political opposition (:func:`_party_opposition`)
``formation``     a generic formation owned by the match before it (:func:`_formation_of_whom`)
``owner``         whose body a generic role phrase is by the words before it (:func:`prefix_owner`)
``unknown``       the stable id of an unseen name (:func:`unknown_id`)
``words``         no decision: shared tables, the reader of the data files and of data/actor_cues.tsv
================  ==================================================================================================

Every name of the former ``nlp/actor_lexicon.py`` stays importable from here (private ones too, which other modules
and tests import: ``_read_tsv``, ``_case_ok``, ``_JOIN_GAP``). Its code moved verbatim; the methods of
:class:`ActorResolver` are those of the old class, grouped by decision in the mixin classes above. Its plain word lists
are in ``data/actor_cues.tsv``, read once at import; grammar words (determiners, prepositions, the articles dropped,
the links of a name), dictionary roles and types stay in code.
"""
from __future__ import annotations

from sitrep.nlp.actor_lexicon.civil_bodies import _NAME_LINKS
from sitrep.nlp.actor_lexicon.formation import _formation_of_whom
from sitrep.nlp.actor_lexicon.letter_case import _acronym_only, _case_ok, _exact, _lower_tails, _plain
from sitrep.nlp.actor_lexicon.matching import Match, _keys_at, _prefixes
from sitrep.nlp.actor_lexicon.members import (_ARMED_TYPES, _group_before_members, _linked_group_members,
                                              _MEMBER_ROLES, _TIED)
from sitrep.nlp.actor_lexicon.opposition import _OPPOSITION_WORDS, _party_opposition
from sitrep.nlp.actor_lexicon.other_place import (_hyphen_name_tail, _names_other_place, _OTHER_PLACE_WORDS,
                                                  _STATE_OUTLETS)
from sitrep.nlp.actor_lexicon.owner import _DETERMINERS, _NOT_OWNER, prefix_owner
from sitrep.nlp.actor_lexicon.people import _people_after, _people_nouns, people_noun
from sitrep.nlp.actor_lexicon.phrase_head import _phrase_cut
from sitrep.nlp.actor_lexicon.resolver import ActorResolver, get_resolver
from sitrep.nlp.actor_lexicon.stretch import _bracket_offsets, _joined, _joined_as
from sitrep.nlp.actor_lexicon.units import (_APOS, _ARABIC_ARTICLE, _DROP, _HYPHENS, _JOIN_GAP, _POSS, _SPELL, _WORD,
                                            Unit, fold_word, iter_units_text, _joining_gap, to_units, unit_keys)
from sitrep.nlp.actor_lexicon.unknown import _GENERIC_TAIL, unknown_id
from sitrep.nlp.actor_lexicon.words import (LEADER_ROLES, MINISTRY_ROLES, PREPOSITIONS, _read_tsv, _SPONSOR, UNK_PREFIX,
                                            actor_cue)

__all__ = ["ActorResolver", "LEADER_ROLES", "MINISTRY_ROLES", "Match", "PREPOSITIONS", "UNK_PREFIX", "Unit", "_APOS",
    "_ARABIC_ARTICLE", "_ARMED_TYPES", "_DETERMINERS", "_DROP", "_GENERIC_TAIL", "_HYPHENS", "_JOIN_GAP",
    "_MEMBER_ROLES", "_NAME_LINKS", "_NOT_OWNER", "_OPPOSITION_WORDS", "_OTHER_PLACE_WORDS", "_POSS", "_SPELL",
    "_SPONSOR", "_STATE_OUTLETS", "_TIED", "_WORD", "_acronym_only", "_bracket_offsets", "_case_ok", "_exact",
    "_formation_of_whom", "_group_before_members", "_hyphen_name_tail", "_joined", "_joined_as", "_joining_gap",
    "_keys_at", "_linked_group_members", "_lower_tails", "_names_other_place", "_party_opposition", "_people_after",
    "_people_nouns", "_phrase_cut", "_plain", "_prefixes", "_read_tsv", "actor_cue", "fold_word", "get_resolver",
    "iter_units_text", "people_noun", "prefix_owner", "to_units", "unit_keys", "unknown_id",
]
