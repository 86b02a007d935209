"""nlp/actors is a package of one module per decision (branch split13); every name of the former nlp/actors.py stays
importable from ``sitrep.nlp.actors`` and is the one object its module defines, so that importers (nlp/annotate,
events/bare_state, events/told_by_forces, events/roles, bench/geo.py, the tests) and the functions of the package
read the same functions and word lists. Structure only: the outputs are checked by the benches (bench/README.md,
split13)."""
from __future__ import annotations

from package_split import assert_modules_documented_and_small, assert_one_object_each

import sitrep.nlp.actors as actors

# every name the former module defined (c93fc73b:src/sitrep/nlp/actors.py)
OLD_NAMES = """
Focus LOCATIVE_PREPS _AGENT_VERBS _Builder _CHUNK _COMPASS _CONNECTORS _DATELINE_AFTER _DETERMINERS _ENT_LABELS
_LANGUAGE_VERBS _LOCATIVE_PREP _NORP_SHAPE _ORIGIN_PREPS _OWNER_BEFORE _PAREN_ACR _PLACE_CUE _PLACE_NOUNS _RELATIONAL
_STANCE _STATE_WORDS _TITLES _TITLE_RE _UNIT_HEADS _add_agent_phrase _add_dictionary_matches _add_listed_actor
_add_org_chunks _add_spacy_entities _add_state_word _article_dropped _bind_acronyms _dateline_country _head_token
_is_agent _is_dateline _is_modifier _kind_for _letters _link_surnames _looks_like_org _name_before
_outside_person_names _phrase_owner _place_context _spelled_as_listed _unit_owner actor_for_span country_focus
extract_entities focus_of_text language_word speaker speaks
""".split()


def test_every_old_name_is_importable_from_the_package_as_the_one_object_its_module_defines():
    assert sorted(actors.__all__) == sorted([*OLD_NAMES, "get_resolver"])  # get_resolver: imported from here
    assert [n for n in OLD_NAMES if not hasattr(actors, n)] == []
    assert_one_object_each(actors, OLD_NAMES)


def test_importers_and_the_package_read_the_same_objects():
    import sitrep.events.bare_state as bare_state
    import sitrep.events.told_by_forces as told_by_forces
    import sitrep.nlp.actor_lexicon as lexicon

    assert actors.get_resolver is lexicon.get_resolver
    assert bare_state.LOCATIVE_PREPS is actors.LOCATIVE_PREPS
    assert told_by_forces.speaker is actors.speaker
    # the steps the entry point runs, and the shared tables, are the package's one copy
    steps = actors.extract.extract_entities.__globals__
    for name in ("country_focus", "_add_dictionary_matches", "_add_org_chunks", "_add_spacy_entities",
                 "_bind_acronyms", "_link_surnames", "_outside_person_names", "_Builder"):
        assert steps[name] is getattr(actors, name), name
    assert actors.focus.country_focus.__globals__["_LOCATIVE_PREP"] is actors._LOCATIVE_PREP
    assert actors.place_context._place_context.__globals__["_LOCATIVE_PREP"] is actors._LOCATIVE_PREP
    assert actors.acronyms._name_before.__globals__["_CONNECTORS"] is actors._CONNECTORS
    assert actors.spacy_entities._add_spacy_entities.__globals__["_CONNECTORS"] is actors._CONNECTORS
    assert actors.LOCATIVE_PREPS == frozenset(actors._LOCATIVE_PREP)


def test_each_module_says_what_it_decides_and_stays_small():
    assert_modules_documented_and_small(actors)
