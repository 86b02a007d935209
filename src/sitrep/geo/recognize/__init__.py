"""Toponym recognition: which stretches of a text name places in the gazetteer.

spaCy's entity labels are hints only (Aleppo comes out NORP, Saraqeb ORG): the
candidates are gazetteer matches over runs of capitalised tokens (with the
``al-``/``el-`` particles and hyphens of Arabic names), over every entity span of
any label, and over the actors annotator's GPE/LOC mentions, then filtered by
rules: not inside an organisation name or a person's name, not a demonym, not a
common word, and with some support (an entity label, a locative context such as
"the town of X" / "in X" / "X province", or a prominent gazetteer entry).

Where each decision lives: what the entities and the actor dictionary say of a span before any lookup (blocked
spans, entity labels, persons' and organisations' names), geo/span_evidence.py; which place one span names, with
the kind word after it, geo/span_reader.py; the kind words themselves, geo/kind_words.py; the capitalised runs a
name may be in, geo/name_runs.py; which words around a name say it is a place, geo/context_cue.py; the evidence a
name is something else, one module a kind: a person's name (geo/person_evidence.py), a common word, count,
disease, address or institution (geo/word_evidence.py), part of a longer name or organisation
(geo/name_evidence.py), a region or unit the gazetteer lacks or a vague one (geo/region_evidence.py); datelines,
geo/datelines.py; demonyms, geo/demonym_words.py; other spellings, geo/spelling_variants.py; the word lists read
from data/, geo/recognition_lists.py; rejected names revived (one sense per article), geo/revival.py.

Here, one module per decision of the recognizer; where a name was (or was not) taken as a place, look in the module
that decides it (start at ``recognizer.Recognizer.candidates``, the entry point, which runs the steps in order).
:class:`Recognizer` gathers the steps: each module defines one base class of it holding its methods, so
``Recognizer._reject`` and the rest are where they were.

=================  =================================================================================================
module             decides
=================  =================================================================================================
``recognizer``     the entry point: which spans are tried, in which order (:meth:`Recognizer.candidates`)
``lookup``         which gazetteer entries a name as written has, exact or a close spelling (:meth:`lookup`,
                   :meth:`_doc_lookup`)
``dateline_head``  an upper-case dateline read whole before the entity spans cut it (:meth:`_dateline_head`)
``entity_names``   candidate spans from the model's entity labels, two entities joined into one name
                   (:meth:`_entity_names`, :meth:`_split_name`)
``joined_names``   a country or unit named "X and Y" (:meth:`_joined_names`, :meth:`_joined`)
``run_names``      candidate spans from the capitalised runs, particles, ``sub_run`` (:meth:`_run_names`,
                   :meth:`_particle_name`)
``contained``      a state's abbreviation after its town; a town followed by its state or country gets the
                   'context' cue (:meth:`_containers`)
``keep``           merging and dedup of overlapping candidates, their context cues, the order of the checks, revival
                   of rejected names, blanks and demonyms added (:meth:`_keep`)
``people_cue``     locative evidence from a noun of people, "a Dunmore woman" (:meth:`_people_cue`)
``reject``         whether a candidate is no place: the rejections in their order (:meth:`_reject`)
``in_a_name``      person and organisation exclusions: a name inside another's name, or the place it is named
                   after, ``embedded`` (:meth:`_in_a_name`, :meth:`_inside`)
``longer_name``    a piece of a longer capitalised name (:meth:`_piece_of_a_longer_name`)
``not_a_town``     street, person and clutter exclusions of names listed as towns (:meth:`_not_a_town`)
``blank``          a place named with no point to give it: companies, facilities, vague regions (:meth:`_blank`)
``adjectives``     adjectives standing for their country, "Russian troops" (:meth:`_demonyms`, :meth:`_starts_name`,
                   :meth:`_demonym_entry`)
``people_unit``    a people's adjective naming a unit, "the Somali region" (:meth:`_people_unit`,
                   :meth:`_country_after`)
=================  =================================================================================================

Every name of the former ``geo/recognize.py`` stays importable from here, the ones it only imported too (other
modules and the tests import ``is_dateline``, ``Candidate``, ``not_towns``, ``demonyms``, ``blank_words`` ... from
here). Its code moved verbatim (split15).
"""

from __future__ import annotations

from sitrep.geo.candidate import Candidate, SpanIndex
from sitrep.geo.context_cue import TYPE_BEFORE, context_cue
from sitrep.geo.datelines import DATELINE_HEAD, is_dateline, state_dateline_towns, upper_dateline_head
from sitrep.geo.line_heading import heading_name
from sitrep.geo.demonym_words import PEOPLE_UNIT_WORDS, demonym_entry, demonym_last_words, demonyms, qualifies
from sitrep.geo.entity_lists import without_lists
from sitrep.geo.far_aliases import alias_town, far_alias, units_over_their_aliases
from sitrep.geo.force_names import before_a_force, names_a_force_at, without_forces
from sitrep.geo.gazetteer import Entry, Gazetteer, precision_of, spelling
# (ADMIN_PLURAL, ADMIN_SUFFIX, CITY_SUFFIX, blank_words, not_towns: also imported by other modules from here)
from sitrep.geo.kind_words import ADMIN_PLURAL, ADMIN_SUFFIX, CITY_SUFFIX, COARSE, REGION_WORDS, blank_words, not_towns  # noqa: F401
from sitrep.geo.name_evidence import (INSIDE_BIG_TOWN, dictionary_org, head_word, named_inside, town_heads_a_name,
    unknown_whole)
from sitrep.geo.name_runs import CONNECTORS, article_led, caps_of as _caps, is_cap as _is_cap, name_runs as _name_runs
from sitrep.geo.person_evidence import (a_given_name_or_age, a_persons_name, after_a_title_or_prefix,
    city_not_person, person_surnames, persons_name, titled_surname)
from sitrep.geo.recognition_lists import abbrev_re, not_places, state_abbrevs
from sitrep.geo.region_evidence import (continent_part, region_gazetteer_lacks, town_sized, unit_missing,
    unit_of_the_country_before, usual_name_of_unit, vague_compass_region)
from sitrep.geo.revival import known_unambiguous, revive_rejected
from sitrep.geo.span_evidence import PLACE_LABELS, blocked_spans, entity_evidence
from sitrep.geo.span_reader import SpanReader
from sitrep.geo.spelling_variants import fuzzy_close, spelling_only_abroad, strict_key, variants
from sitrep.geo.surname_towns import placed_by_text
from sitrep.geo.word_evidence import (COMMON_PHRASE, a_disease_or_word, an_address, common_word,
    heads_a_facility_or_count, institution_after_the, lacks_evidence, people_of, upper_case_no_place)
from sitrep.nlp.doctext import doc_attr, doc_ents, doc_text
from sitrep.nlp.incident_field import in_field_label
from sitrep.textnorm import fold_name

# names other modules and the tests import from here, now made in the modules above or below
from sitrep.geo.recognition_lists import FACILITY_TOWN_MIN, facility_building_words  # noqa: F401
from sitrep.geo.spelling_variants import spelling_only  # noqa: F401
from sitrep.geo.recognize.entity_names import NAME_LABELS, _NUMBER_LABELS
from sitrep.geo.recognize.contained import _COMMA_NAME
from sitrep.geo.recognize.recognizer import Recognizer
from sitrep.geo.recognize.run_names import _ARTICLES, MAX_TOKENS

__all__ = ["ADMIN_PLURAL", "ADMIN_SUFFIX", "CITY_SUFFIX", "COARSE", "COMMON_PHRASE", "CONNECTORS", "Candidate",
    "DATELINE_HEAD", "Entry", "FACILITY_TOWN_MIN", "Gazetteer", "INSIDE_BIG_TOWN", "MAX_TOKENS", "NAME_LABELS",
    "PEOPLE_UNIT_WORDS", "PLACE_LABELS", "REGION_WORDS", "Recognizer", "SpanIndex", "SpanReader", "TYPE_BEFORE",
    "_ARTICLES", "_COMMA_NAME", "_NUMBER_LABELS", "_caps", "_is_cap", "_name_runs", "a_disease_or_word",
    "a_given_name_or_age", "a_persons_name", "abbrev_re", "after_a_title_or_prefix", "alias_town", "an_address",
    "article_led", "before_a_force", "blank_words", "blocked_spans", "city_not_person", "common_word", "context_cue",
    "continent_part", "demonym_entry", "demonym_last_words", "demonyms", "dictionary_org", "doc_attr", "doc_ents",
    "doc_text", "entity_evidence", "facility_building_words", "far_alias", "fold_name", "fuzzy_close", "head_word",
    "heading_name", "heads_a_facility_or_count", "in_field_label", "institution_after_the", "is_dateline",
    "known_unambiguous", "lacks_evidence", "named_inside", "names_a_force_at", "not_places", "not_towns", "people_of",
    "person_surnames", "persons_name", "placed_by_text", "precision_of", "qualifies", "region_gazetteer_lacks",
    "revive_rejected", "spelling", "spelling_only", "spelling_only_abroad", "state_abbrevs", "state_dateline_towns",
    "strict_key", "titled_surname", "town_heads_a_name", "town_sized", "unit_missing", "unit_of_the_country_before",
    "units_over_their_aliases", "unknown_whole", "upper_case_no_place", "upper_dateline_head", "usual_name_of_unit",
    "vague_compass_region", "variants", "without_forces", "without_lists",
]
