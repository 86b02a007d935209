"""Entity mentions resolved to canonical actors.

Candidates come from three places, in this order of trust:

1. the actor dictionary and generic agent phrases, matched over folded words
   (:mod:`sitrep.nlp.actor_lexicon`): "Hayat Tahrir Al Sham", "Turkey's defence ministry",
   "Assad's forces", "regime forces", "a war monitor";
2. spaCy's named entities of any label (labels are hints: the small model calls Aleppo NORP and
   Saraqeb ORG), for names the dictionary lacks;
3. article-local links: "Long Name (ACR)" binds an acronym to its name, a lone surname
   ("Mayoub") joins the full name seen earlier ("Ali Mayhoub").

Generic phrases ("the army", "the regime", "rebels") are resolved with the article's country
focus: ``ctx.country_focus`` when given, else the countries the article talks about most (with
a bonus for "in Syria"-like mentions). A country or capital used as an agent ("Turkey
retaliated", "tension between Moscow and Ankara") is its government; used as a place it stays a
place (a capital then gets no actor id: the places layer decides where it is).

One module per decision; where a mention came out as it did, look in the module that decides it (start at
``extract.extract_entities``, the entry point, which runs the steps in the order above):

===================  ===============================================================================================
module               decides
===================  ===============================================================================================
``extract``          the entry point: the steps in their order of trust (:func:`extract_entities`)
``builder``          the mentions of one article as they are collected, the antecedent a ministry phrase points
                     back to (:class:`_Builder`); the mention kind of a dictionary entry (:func:`_kind_for`)
``focus``            which countries an article is about, most prominent first (:func:`country_focus`,
                     :class:`Focus`, :func:`focus_of_text`)
``speaker``          a phrase that only says who speaks or is spoken to (:func:`speaker`, :func:`speaks`)
``language``         a demonym that names a language (:func:`language_word`)
``dropped_article``  a country's name without its article ("Salvador" is no "El Salvador": :func:`_article_dropped`)
``person_names``     a country that is only part of a person's name (:func:`_outside_person_names`)
``dictionary``       which kind of mention each dictionary match makes (:func:`_add_dictionary_matches`)
``listed_actor``     a listed actor's name, unless a common noun only sounds like it (:func:`_add_listed_actor`)
``state_word``       a country, capital or demonym: its government, the place or the people (:func:`_add_state_word`)
``state_agent``      a country's or capital's name used as an agent, not a place, by the parse (:func:`_is_agent`)
``dateline``         a place name that is a report's dateline (:func:`_is_dateline`)
``agent_phrase``     whose an agent phrase ("riot police") is (:func:`_add_agent_phrase`, :func:`_phrase_owner`,
                     :func:`_is_modifier`)
``spacy_entities``   which actor a name the tagger found and the dictionary lacks is (:func:`_add_spacy_entities`)
``place_context``    a name that is a place by the words before it (:func:`_place_context`)
``org_shape``        a name shaped like an organisation's (:func:`_looks_like_org`)
``org_chunks``       capitalised names with an organisation word the tagger missed (:func:`_add_org_chunks`)
``unit_owner``       the state force whose armed unit a name is (:func:`_unit_owner`)
``acronyms``         which name an acronym stands for (:func:`_bind_acronyms`, :func:`_name_before`)
``surnames``         whom a lone surname names (:func:`_link_surnames`)
``span_actor``       which actor mention names a phrase, for the event layer (:func:`actor_for_span`)
``head_token``       no decision: the parse token heading a stretch of characters (:func:`_head_token`)
``words``            no decision: word tables more than one module reads (``LOCATIVE_PREPS``, ``_CONNECTORS``)
===================  ===============================================================================================

Every name of the former ``nlp/actors.py`` stays importable from here (private ones too, which tests and notes name:
``_unit_owner``, ``_article_dropped``), and so does ``get_resolver``, which other modules import from here. Its code
moved verbatim (split13).
"""
from __future__ import annotations

from sitrep.nlp.actor_lexicon import get_resolver
from sitrep.nlp.actors.acronyms import _PAREN_ACR, _bind_acronyms, _name_before
from sitrep.nlp.actors.agent_phrase import _add_agent_phrase, _is_modifier, _phrase_owner
from sitrep.nlp.actors.builder import _Builder, _kind_for
from sitrep.nlp.actors.dateline import _DATELINE_AFTER, _is_dateline
from sitrep.nlp.actors.dictionary import _STATE_WORDS, _add_dictionary_matches
from sitrep.nlp.actors.dropped_article import _article_dropped
from sitrep.nlp.actors.extract import extract_entities
from sitrep.nlp.actors.focus import _COMPASS, _ORIGIN_PREPS, Focus, _dateline_country, country_focus, focus_of_text
from sitrep.nlp.actors.head_token import _head_token
from sitrep.nlp.actors.language import _LANGUAGE_VERBS, language_word
from sitrep.nlp.actors.listed_actor import _add_listed_actor, _letters, _spelled_as_listed
from sitrep.nlp.actors.org_chunks import _CHUNK, _add_org_chunks
from sitrep.nlp.actors.org_shape import _DETERMINERS, _looks_like_org
from sitrep.nlp.actors.person_names import _outside_person_names
from sitrep.nlp.actors.place_context import _PLACE_CUE, _place_context
from sitrep.nlp.actors.spacy_entities import _ENT_LABELS, _NORP_SHAPE, _TITLE_RE, _TITLES, _add_spacy_entities
from sitrep.nlp.actors.span_actor import actor_for_span
from sitrep.nlp.actors.speaker import speaker, speaks
from sitrep.nlp.actors.state_agent import _AGENT_VERBS, _PLACE_NOUNS, _RELATIONAL, _STANCE, _is_agent
from sitrep.nlp.actors.state_word import _add_state_word
from sitrep.nlp.actors.surnames import _link_surnames
from sitrep.nlp.actors.unit_owner import _OWNER_BEFORE, _UNIT_HEADS, _unit_owner
from sitrep.nlp.actors.words import _CONNECTORS, _LOCATIVE_PREP, LOCATIVE_PREPS

__all__ = ["Focus", "LOCATIVE_PREPS", "_AGENT_VERBS", "_Builder", "_CHUNK", "_COMPASS", "_CONNECTORS",
    "_DATELINE_AFTER", "_DETERMINERS", "_ENT_LABELS", "_LANGUAGE_VERBS", "_LOCATIVE_PREP", "_NORP_SHAPE",
    "_ORIGIN_PREPS", "_OWNER_BEFORE", "_PAREN_ACR", "_PLACE_CUE", "_PLACE_NOUNS", "_RELATIONAL", "_STANCE",
    "_STATE_WORDS", "_TITLES", "_TITLE_RE", "_UNIT_HEADS", "_add_agent_phrase", "_add_dictionary_matches",
    "_add_listed_actor", "_add_org_chunks", "_add_spacy_entities", "_add_state_word", "_article_dropped",
    "_bind_acronyms", "_dateline_country", "_head_token", "_is_agent", "_is_dateline", "_is_modifier", "_kind_for",
    "_letters", "_link_surnames", "_looks_like_org", "_name_before", "_outside_person_names", "_phrase_owner",
    "_place_context", "_spelled_as_listed", "_unit_owner", "actor_for_span", "country_focus", "extract_entities",
    "focus_of_text", "get_resolver", "language_word", "speaker", "speaks",
]
