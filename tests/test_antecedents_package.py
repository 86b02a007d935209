"""events/antecedents is a package of one module per decision (branch split8); every name of the former
events/antecedents.py stays importable from ``sitrep.events.antecedents`` and is the one object its module defines, so
that importers (events/participants, claims, member_doer, described_doer, doer_antecedent, reported_pronoun,
victim_nouns, victim_pronoun, when_doer, prepared_deed, speaker_doers, the tests) and the functions of the package read
the same functions and constants. The word lists the module wrote in code are now data/antecedent_cues.tsv, with the
same words. Structure only: the outputs are checked by the benches (bench/README.md, split8)."""
from __future__ import annotations

import importlib
import pkgutil
import types

import sitrep.events.antecedents as antecedents
from sitrep.resources import data_rows

# every name the former module defined (7b142eed:src/sitrep/events/antecedents.py)
OLD_NAMES = """
ANTECEDENT_CHARS CLOSE_QUOTES HOST_LINKS LEADER_NOUNS OBJECT_PRONOUNS OPEN_QUOTES POSSESSIVE PRONOUNS PRONOUN_KINDS
RECIPROCAL_DEEDS RETURN_VERBS SIDE_NOUNS UNNAMED_ROLES WHERE_PREPS _WHILE_MARKS _agrees _host_verb _in_noun_clause
_name_words _named_by _rival_between _verb_argument _where anaphoric_forces answers antecedent armed_side
both_sides_before claimant_person coordinated coordinates deed_doer_before described_by describes_other descriptions
earlier_actor group_antecedent held_object host_subject leader_forces many_or_body members_of_told_group
mention_antecedent named_in_own_clause named_outside_description names_acted_on only_person_before other_person_beside
own_unit_name owned_forces plural_doer_before plural_doers pointing_group_noun previous_subject pronoun_patient
pronoun_speaker quoted_speaker said_of speaker_antecedent speaker_noun speaker_nouns speaker_principal
surname_told_before told_clause topic_person unarmed_speaker when_clause_subject
""".split()
# names the package adds: the reader of data/antecedent_cues.tsv and the two lists the old module wrote inline
NEW_NAMES = ["GROUP_MODIFIERS", "POINTING_FORCE_NOUNS", "antecedent_cue"]

# the lists as the former module wrote them in code
OLD_LISTS = {
    "RECIPROCAL_DEEDS": {"clash", "clashes", "clashed", "clashing", "fight", "fights", "fought", "fighting", "battle",
                         "battles", "battled", "battling", "skirmish", "skirmishes", "skirmished", "firefight",
                         "firefights", "gunfight", "gunfights", "gunbattle", "gunbattles", "shootout", "shootouts",
                         "exchange", "exchanged", "exchanges", "confrontation", "confrontations", "combat"},
    "RETURN_VERBS": {"retaliate", "respond", "reply"},
    "WHERE_PREPS": {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within"},
    "SIDE_NOUNS": {"militant", "insurgent", "jihadist", "extremist", "terrorist", "rebel", "fighter", "gunman"},
    "_WHILE_MARKS": {"when", "as", "while"},
    "LEADER_NOUNS": {"commander", "leader", "chief", "head"},
    "POINTING_FORCE_NOUNS": {"force", "troop", "soldier", "fighter", "unit"},
    "GROUP_MODIFIERS": {"armed", "militant", "jihadist", "same"},
}


def _modules() -> dict[str, types.ModuleType]:
    return {m.name: importlib.import_module(f"sitrep.events.antecedents.{m.name}")
            for m in pkgutil.iter_modules(antecedents.__path__)}


def test_every_old_name_is_importable_from_the_package():
    assert sorted(antecedents.__all__) == sorted(OLD_NAMES + NEW_NAMES)
    for name in OLD_NAMES:
        assert hasattr(antecedents, name), name


def test_each_name_is_the_one_object_its_module_defines():
    owners: dict[str, list[str]] = {}
    for mod_name, mod in _modules().items():
        for name in OLD_NAMES + NEW_NAMES:
            value = mod.__dict__.get(name)
            if value is None:
                continue
            assert value is getattr(antecedents, name), (mod_name, name)  # imported or defined: never a copy
            if callable(value) and getattr(value, "__module__", None) == mod.__name__:
                owners.setdefault(name, []).append(mod_name)
    functions = [n for n in OLD_NAMES + NEW_NAMES if callable(getattr(antecedents, n))]
    assert all(len(owners.get(n, [])) == 1 for n in functions), {n: owners.get(n) for n in functions}


def test_importers_read_the_package_objects():
    import sitrep.events.claims as claims
    import sitrep.events.participants.doer_told_before as doer_told_before
    import sitrep.events.participants.target_actor as target_actor

    assert claims.UNNAMED_ROLES is antecedents.UNNAMED_ROLES
    assert doer_told_before.antecedent is antecedents.antecedent
    assert doer_told_before.group_antecedent is antecedents.group_antecedent
    assert target_actor.pronoun_patient is antecedents.pronoun_patient


def test_the_word_lists_are_the_former_ones():
    for name, words in OLD_LISTS.items():
        assert getattr(antecedents, name) == frozenset(words), name


def test_every_cue_row_has_a_source():
    rows = list(data_rows("antecedent_cues.tsv", needs=("word", "kind", "source")))
    assert rows
    kinds = {r[1] for r in rows}
    assert all(antecedents.antecedent_cue(k) for k in kinds)
    assert all(r[0] == r[0].strip().lower() for r in rows)
