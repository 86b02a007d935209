"""geo/recognize is a package of one module per decision (branch split15); every name of the former geo/recognize.py
stays importable from ``sitrep.geo.recognize`` and is the one object its home module defines, so that importers
(geo/places, geo/local_story, geo/feature_towns, events/participants, cli, bench/geo.py, the tests) and the
recognizer read the same functions and word lists; each step of :class:`Recognizer` is a method of one base class
defined in the module that decides it. Structure only: the outputs are checked by the benches (bench/README.md,
split15)."""
from __future__ import annotations

import inspect

from package_split import assert_modules_documented_and_small, assert_one_object_each, package_modules

import sitrep.geo.recognize as recognize

# every name the former module held (80a80336:src/sitrep/geo/recognize.py) but the standard library's
OLD_NAMES = """
ADMIN_PLURAL ADMIN_SUFFIX CITY_SUFFIX COARSE COMMON_PHRASE CONNECTORS Candidate DATELINE_HEAD Entry FACILITY_TOWN_MIN
Gazetteer INSIDE_BIG_TOWN MAX_TOKENS NAME_LABELS PEOPLE_UNIT_WORDS PLACE_LABELS REGION_WORDS Recognizer SpanIndex
SpanReader TYPE_BEFORE _ARTICLES _COMMA_NAME _NUMBER_LABELS _caps _is_cap _name_runs a_disease_or_word
a_given_name_or_age a_persons_name abbrev_re after_a_title_or_prefix alias_town an_address article_led before_a_force
blank_words blocked_spans city_not_person common_word context_cue continent_part demonym_entry demonym_last_words
demonyms dictionary_org doc_attr doc_ents doc_text entity_evidence facility_building_words far_alias fold_name
fuzzy_close head_word heading_name heads_a_facility_or_count in_field_label institution_after_the is_dateline
known_unambiguous lacks_evidence named_inside names_a_force_at not_places not_towns people_of person_surnames
persons_name placed_by_text precision_of qualifies region_gazetteer_lacks revive_rejected spelling spelling_only
spelling_only_abroad state_abbrevs state_dateline_towns strict_key titled_surname town_heads_a_name town_sized
unit_missing unit_of_the_country_before units_over_their_aliases unknown_whole upper_case_no_place
upper_dateline_head usual_name_of_unit vague_compass_region variants without_forces without_lists
""".split()
DEFINED_HERE = ["MAX_TOKENS", "NAME_LABELS", "Recognizer", "_ARTICLES", "_COMMA_NAME", "_NUMBER_LABELS"]
# the methods of the former class, and the module whose base class of Recognizer holds each
STEPS = {
    "__init__": "recognizer", "candidates": "recognizer", "lookup": "lookup", "_doc_lookup": "lookup",
    "_dateline_head": "dateline_head", "_entity_names": "entity_names", "_split_name": "entity_names",
    "_joined_names": "joined_names", "_joined": "joined_names", "_run_names": "run_names",
    "_particle_name": "run_names", "_containers": "contained", "_keep": "keep", "_people_cue": "people_cue",
    "_reject": "reject", "_in_a_name": "in_a_name", "_inside": "in_a_name", "_piece_of_a_longer_name": "longer_name",
    "_not_a_town": "not_a_town", "_blank": "blank", "_demonyms": "adjectives", "_starts_name": "adjectives",
    "_demonym_entry": "adjectives", "_people_unit": "people_unit", "_country_after": "people_unit",
}


def test_every_old_name_is_importable_from_the_package_as_the_one_object_its_module_defines():
    from sitrep.geo import datelines, demonym_words, kind_words, recognition_lists

    assert sorted(recognize.__all__) == sorted(OLD_NAMES)
    assert [n for n in OLD_NAMES if not hasattr(recognize, n)] == []
    assert_one_object_each(recognize, DEFINED_HERE)
    # the names other modules import from here are their home module's objects (no submodule shadows one:
    # ``from sitrep.geo.recognize import demonyms`` is the function, not a module)
    assert recognize.demonyms is demonym_words.demonyms
    assert recognize.is_dateline is datelines.is_dateline
    assert recognize.not_towns is kind_words.not_towns and recognize.blank_words is kind_words.blank_words
    assert recognize.not_places is recognition_lists.not_places
    assert not any(inspect.ismodule(getattr(recognize, n)) for n in OLD_NAMES)


def test_each_step_of_the_recognizer_is_defined_once_in_the_module_that_decides_it():
    modules = package_modules(recognize)
    owners: dict[str, list[str]] = {}
    for base in recognize.Recognizer.__mro__[:-1]:
        for name in base.__dict__:
            if name in STEPS:
                owners.setdefault(name, []).append(base.__module__.rsplit(".", 1)[1])
    assert owners == {name: [mod] for name, mod in STEPS.items()}
    for name, mod in STEPS.items():
        raw = inspect.getattr_static(recognize.Recognizer, name)
        fn = getattr(raw, "__func__", raw)
        assert fn.__module__ == modules[mod].__name__, name
    # the steps read the package's one copy of its tables
    assert recognize.run_names._RunNames._particle_name.__globals__["MAX_TOKENS"] is recognize.MAX_TOKENS
    assert recognize.contained._Contained._containers.__globals__["_COMMA_NAME"] is recognize._COMMA_NAME


def test_each_module_says_what_it_decides_and_stays_small():
    assert_modules_documented_and_small(recognize)
