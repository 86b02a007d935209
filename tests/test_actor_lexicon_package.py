"""nlp/actor_lexicon is a package of one module per decision (branch split10); every name of the former
nlp/actor_lexicon.py stays importable from ``sitrep.nlp.actor_lexicon`` and is the one object its module defines, so
that importers (nlp/actors, nlp/attribution, events/*, stories/*, the tests that monkeypatch ``get_resolver``) and the
functions of the package read the same functions and word lists; the lists moved to data/actor_cues.tsv hold the old
words. Structure only: the outputs are checked by the benches (bench/README.md, split10)."""
from __future__ import annotations

from package_split import assert_modules_documented_and_small, assert_one_object_each

import sitrep.nlp.actor_lexicon as lexicon

# every name the former module defined (adbafb46:src/sitrep/nlp/actor_lexicon.py)
OLD_NAMES = """
ActorResolver LEADER_ROLES MINISTRY_ROLES Match PREPOSITIONS UNK_PREFIX Unit _APOS _ARABIC_ARTICLE _ARMED_TYPES
_DETERMINERS _DROP _GENERIC_TAIL _HYPHENS _JOIN_GAP _MEMBER_ROLES _NAME_LINKS _NOT_OWNER _OPPOSITION_WORDS
_OTHER_PLACE_WORDS _POSS _SPELL _SPONSOR _STATE_OUTLETS _TIED _WORD _acronym_only _bracket_offsets _case_ok _exact
_formation_of_whom _group_before_members _hyphen_name_tail _joined _joined_as _joining_gap _keys_at
_linked_group_members _lower_tails _names_other_place _party_opposition _people_after _people_nouns _phrase_cut _plain
_prefixes _read_tsv fold_word get_resolver iter_units_text people_noun prefix_owner to_units unit_keys unknown_id
""".split()

# the methods of the former class ActorResolver, now in its mixins
OLD_METHODS = """
__init__ forget_article _add_alias _load _complete get country_iso3 role_actor _synth _pick_in_office match_units
_alias_keys _alias_at _phrase_at _match_at fuzzy resolve_match _applies civil_body_end _international_at
names_civil_body has_bare_army resolve _resolve_head
""".split()


def test_every_old_name_is_importable_from_the_package_as_the_one_object_its_module_defines():
    assert sorted(lexicon.__all__) == sorted([*OLD_NAMES, "actor_cue"])  # actor_cue: the reader of the moved lists
    assert [n for n in OLD_NAMES if not hasattr(lexicon, n)] == []
    assert_one_object_each(lexicon, OLD_NAMES)


def test_the_resolver_keeps_every_method_of_the_old_class():
    assert [m for m in OLD_METHODS if not callable(getattr(lexicon.ActorResolver, m, None))] == []
    assert lexicon.get_resolver() is lexicon.get_resolver()


def test_importers_read_the_package_objects():
    import sitrep.nlp.actors as actors
    import sitrep.nlp.attribution as attribution

    assert actors.get_resolver is lexicon.get_resolver is lexicon.resolver.get_resolver
    assert attribution._read_tsv is lexicon._read_tsv is lexicon.words._read_tsv
    # the functions of the package read the package's one copy of each shared list and helper
    assert lexicon.owner.prefix_owner.__globals__["_SPONSOR"] is lexicon._SPONSOR
    assert lexicon.phrase_head.PhraseHead.resolve.__globals__["_SPONSOR"] is lexicon._SPONSOR
    assert lexicon.phrase_head.PhraseHead._resolve_head.__globals__["prefix_owner"] is lexicon.prefix_owner


def test_word_lists_moved_to_data_keep_their_words():
    assert lexicon._SPONSOR == {"backed", "led", "allied", "aligned", "supported", "sponsored", "linked", "affiliated",
                                "funded", "armed"}
    assert lexicon._OTHER_PLACE_WORDS == {"state", "city", "river", "delta", "valley", "basin", "road", "street",
                                          "avenue", "boulevard", "highway", "county", "bay", "lake", "creek"}
    assert lexicon._STATE_OUTLETS == {"media", "television", "tv", "news", "radio", "broadcaster", "agency", "run",
                                      "owned"}
    assert lexicon._OPPOSITION_WORDS == {"opposition", "oppositions"}
    assert lexicon._NOT_OWNER == {"pro", "anti", "non", "ex"}
    assert lexicon._GENERIC_TAIL == {"group", "militia", "movement", "faction", "brigade", "brigades", "organisation",
                                     "organization", "network", "battalion", "forces", "fighters"}
    assert lexicon._TIED == {"linked", "affiliated"}
    # read once from data/actor_cues.tsv: the constant is the list the file gives, not a copy
    assert lexicon._TIED is lexicon.actor_cue("tied")
    assert lexicon.unknown._GENERIC_TAIL is lexicon.actor_cue("generic_tail")


def test_each_module_says_what_it_decides_and_stays_small():
    assert_modules_documented_and_small(lexicon)
