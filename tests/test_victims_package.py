"""nlp/victims is a package of one module per decision (branch split9); every name of the former nlp/victims.py
stays importable from ``sitrep.nlp.victims`` and is the one object its module defines, so that importers
(nlp/figure_verbs, figure_actions, figure_unnumbered, events/toll_lists, modality/hedged, ...) and the functions of the
package read the same functions and word lists; the lists moved to data/victim_cues.tsv hold the old words. Structure
only: the outputs are checked by the benches (bench/README.md, split9)."""
from __future__ import annotations

from package_split import assert_modules_documented_and_small, assert_one_object_each

import sitrep.nlp.victims as victims

# every name the former module defined (8b2779f3:src/sitrep/nlp/victims.py)
OLD_NAMES = """
_BODY_PARTS _BROKEN _CARRIED _CLAUSE_POS _CONDITIONS _DEATH_LEMMAS _FATAL_ADVERBS _FATAL_VERBS _GROUP_CATEGORIES
_HOSPITAL_WORDS _INJURIES _LIFE_VERBS _NEXT_RANKS _NOT_PEOPLE_ENTS _ORDINALS _OTHER_ONE _PARTICLE_DEATHS _PASSIVE_ALIVE
_PROJECTILES _REMAINS _SAME_VICTIM _SAME_VICTIMS _SINGLE_DETS _SINGLE_PRONOUNS _STRUCK_VERBS _SUFFERED _SURVIVE
_SURVIVED_VERBS _TAKE_HIT_VERBS _TOLD_APART _TRIED _after_and _after_object _alive_hurt _another_one _apposed
_bare_person _category _clause_victims _condition_phrase _couple _death_noun _died_after_participle _drop_split_titles
_found_dead _gapped_other _heads_by_verb_sense _heads_of_gapped_verb _hung_on_verb _hurt_by_phrase _noun_victims
_numbered _one_more_by_rank _one_told_dead _ordinal_toll _others_dead _own_harm _pair_subject _passer_by _pobj_of
_relative_owner _shared_determiner _single_person _split_list _subject_dies _survival _to_hospital _two_kin
_victim_bounds _victim_heads _violence_cues fatal_phrase found_dead_with has_injury hospitalised_hurt hurt_and_carried
in_condition in_hospital_still injury_noun lost_life objects_on_dead shot_and_survived struck_by_round struck_in_body
suffered_injury survived survived_injury survived_next took_a_bullet tried_deed victim_counts
""".split()


def test_every_old_name_is_importable_from_the_package_as_the_one_object_its_module_defines():
    # victim_cue: the reader of the moved lists; ORDINALS: the public name of _ORDINALS (events/hurt_later reads it)
    assert sorted(victims.__all__) == sorted([*OLD_NAMES, "victim_cue", "ORDINALS"])
    assert victims.ORDINALS is victims._ORDINALS is victims.counts.ORDINALS
    assert_one_object_each(victims, [n for n in OLD_NAMES if hasattr(victims, n)])
    assert [n for n in OLD_NAMES if not hasattr(victims, n)] == []


def test_importers_read_the_package_objects():
    import sitrep.nlp.figure_verbs as figure_verbs
    import sitrep.nlp.figure_unnumbered as figure_unnumbered

    assert figure_verbs.fatal_phrase is victims.fatal_phrase is victims.fatal.fatal_phrase
    assert figure_unnumbered.victim_counts is victims.victim_counts is victims.counts.victim_counts
    # the functions of the package read the package's one copy of each shared list and helper
    assert victims.survival.survived.__globals__["_DEATH_LEMMAS"] is victims._DEATH_LEMMAS
    assert victims.counts.victim_counts.__globals__["_category"] is victims.category._category


def test_word_lists_moved_to_data_keep_their_words():
    assert victims._DEATH_LEMMAS == {"die", "dead", "death", "kill", "fatal", "fatally", "mortally", "murder",
                                     "homicide", "slay", "deadly"}
    assert victims._TRIED == {"attempt", "attempted", "failed", "foiled", "thwarted", "plot", "plotted", "planned",
                              "would-be", "averted", "frustrated"}
    assert victims._NEXT_RANKS == {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                   "tenth"}
    assert all(isinstance(getattr(victims, n), frozenset) for n in ("_CARRIED", "_INJURIES", "_OTHER_ONE", "_REMAINS"))
    # read once from data/victim_cues.tsv: the constant is the list the file gives, not a copy
    assert victims._DEATH_LEMMAS is victims.victim_cue("death_lemmas")
    assert victims.injuries._INJURIES is victims.victim_cue("injuries")


def test_each_module_says_what_it_decides_and_stays_small():
    assert_modules_documented_and_small(victims)
