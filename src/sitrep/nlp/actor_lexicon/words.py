"""No decision: the tables several modules of the actor reading share: the reader of the dictionary's tab-separated
files (:func:`_read_tsv`), the prepositions that end a phrase's head part, the dictionary roles of ministries and of
armed bodies a leader's name may prefix, the prefix of an unseen name's id, and the reader of data/actor_cues.tsv
(:func:`actor_cue`, each list read once at import; ``_SPONSOR``, the words of a sponsor, is read by two modules).
"""
from __future__ import annotations

import csv

from sitrep.resources import data_path, words_by_kind

# the word lists of data/actor_cues.tsv (word, kind, source), read once at import
_ACTOR_CUES = words_by_kind("actor_cues.tsv")


def actor_cue(kind: str) -> frozenset[str]:
    """The words of list ``kind`` of data/actor_cues.tsv (a KeyError names a list the file lacks)."""
    return _ACTOR_CUES[kind]


PREPOSITIONS = {"of", "in", "at", "from", "for", "near", "on", "to", "with", "by", "under", "inside", "into", "outside"}
MINISTRY_ROLES = ("MOD", "MFA", "MOI", "MOH")
LEADER_ROLES = ("GOV", "MIL", "MILITIA_PROGOV")  # roles a leader's name may prefix ("Assad's forces")
UNK_PREFIX = "unk:"
_SPONSOR = actor_cue("sponsor")  # "Russian-backed separatists": a sponsor, never the head


def _read_tsv(name: str) -> list[dict[str, str]]:
    with open(data_path(name), encoding="utf-8") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
