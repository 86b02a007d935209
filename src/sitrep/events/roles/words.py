"""No decision: the word lists and tables several modules of the role reading share. ``SIDE_LABELS`` (actor ids of a
side with no name of its own), ``CIVILIANS``, the determiners ``_DET``; the lists ``_BARE_FORCES``, ``_GROUP_NOUNS``,
``_MEMBER_HEADS`` of data/role_cues.tsv (:func:`role_cue`, read once at import, as are the lists the other modules take
from that file); and the readers of data/bare_forces.tsv, forces_sites.tsv, armed_name_words.tsv, armed_modifiers.tsv
and relation_nouns.tsv (each read once).
"""
from __future__ import annotations

import functools

from sitrep.model import ActorRef
from sitrep.resources import data_rows, words_by_kind


# the word lists of data/role_cues.tsv (word, list, source), read once at import
_ROLE_CUES = words_by_kind("role_cues.tsv")


def role_cue(kind: str) -> frozenset[str]:
    """The words of list ``kind`` of data/role_cues.tsv (a KeyError names a list the file lacks)."""
    return _ROLE_CUES[kind]


# actor ids of a side with no name of its own ("Islamist Militants (Nigeria)", "Opposition Rebels (Colombia)")
SIDE_LABELS = ("_ISLAMIST", "_OPP")


_BARE_FORCES = role_cue("bare_force_nouns")  # "the army" names an army


@functools.lru_cache(maxsize=1)
def bare_forces() -> dict[str, str]:
    """data/bare_forces.tsv: a bare noun of a state's forces -> its role (MIL, POLICE)."""
    rows = data_rows("bare_forces.tsv", needs=("phrase", "role", "source"))
    return {cols[0].strip().lower(): cols[1].strip() for cols in rows}


@functools.lru_cache(maxsize=1)
def forces_words() -> dict[str, str]:
    """data/forces_sites.tsv: a word of the forces' sites and units -> POLICE, MIL (whose forces), SITE or MEMBER."""
    return {c[0].strip().lower(): c[1].strip() for c in data_rows("forces_sites.tsv", needs=("word", "kind", "source"))}


@functools.lru_cache(maxsize=1)
def police_unit_patterns() -> tuple:
    """data/police_units.tsv: (a pattern of a named police unit, a pattern of a word of the army), both matched as
    written, a lower-case entry also capitalized; a unit named "... Police Force" / "... Police Service" is a police unit."""
    import re

    kinds: dict[str, list[str]] = {"POLICE": [], "MIL": []}
    for c in data_rows("police_units.tsv", needs=("phrase", "kind", "source")):
        w = c[0].strip()
        forms = {w, w[:1].upper() + w[1:]}
        kinds[c[1].strip()].extend(re.escape(f) for f in sorted(forms))
    police = r"\b(?:" + "|".join(kinds["POLICE"]) + r"|(?:[A-Z][a-z]+ ){1,3}Police (?:Force|Service))\b"
    return re.compile(police), re.compile(r"\b(?:" + "|".join(kinds["MIL"]) + r")\b")


# generic nouns of a group that an appositive names ("a shadowy organization, the Red Dawn Front")
_GROUP_NOUNS = role_cue("group_nouns")


# nouns of members that name no one alone ("members", "elements"): the phrase with its "of" names them
_MEMBER_HEADS = role_cue("member_heads")


_DET = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "some", "several"}


CIVILIANS = ActorRef(entity_id="CIVILIANS", name="Civilians")


@functools.lru_cache(maxsize=1)
def armed_name_words() -> frozenset[str]:
    """Head words of data/armed_name_words.tsv ("brigade", "front", "legion" ...)."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("armed_name_words.tsv"))


@functools.lru_cache(maxsize=1)
def armed_modifiers() -> frozenset[str]:
    """Words of data/armed_modifiers.tsv ("armed", "masked", "knife-wielding")."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("armed_modifiers.tsv"))


@functools.lru_cache(maxsize=1)
def relation_nouns() -> frozenset[str]:
    """Lemmas of data/relation_nouns.tsv ("husband", "neighbour", "boyfriend")."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("relation_nouns.tsv"))
