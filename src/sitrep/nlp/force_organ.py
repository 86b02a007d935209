"""A force word before a government noun: "the regional military administration" (issue 16, branch stories24). One
reading of such a pair, for :meth:`ActorResolver._resolve_head`:

* :func:`local_administration`: a local level's word before the pair ("the regional military administration", "the
  city's military administration"; only the nouns of ``data/local_organ_words.tsv``: "district police officials" stay
  the police): Ukraine's regional, city and district state administrations have been
  "military administrations" since 2022, the local civil government that counts the dead of a Russian strike,
  never the military. The resolver read the government noun as a formation of the force word ("a police patrol"),
  so the phrase named the military forces of the report's focus country (often Russia, the side that struck: its
  count of the dead was then taken as the doer's own claim, never a low). Such a phrase names no actor of the
  dictionary (blank beats a wrong side): its words stay the claimant. The local words: ``data/local_organ_words.tsv``.
"""
from __future__ import annotations

import functools
from typing import Any, Sequence

from sitrep.resources import words_by_kind

__all__ = ["local_administration"]

_FORCE_TARGETS = frozenset({"MIL", "POLICE"})


@functools.lru_cache(maxsize=1)
def _local_words() -> dict[str, frozenset[str]]:
    """data/local_organ_words.tsv by kind: ``level`` ("regional", "city") and ``organ`` ("administration")."""
    return words_by_kind("local_organ_words.tsv")


def _pair(head: Sequence[Any]) -> bool:
    """The last two head matches are a force word and, right after it, a government noun."""
    if len(head) < 2:
        return False
    gov, force = head[-1], head[-2]
    return gov.what == "phrase" and gov.target == "GOV" and force.what == "phrase" \
        and force.target in _FORCE_TARGETS and force.j == gov.i


def local_administration(units: Sequence[Any], covered: set[int], head: Sequence[Any]) -> bool:
    """The pair, its government noun one of the ``organ`` words, right after a ``level`` word no match takes ("the
    regional military administration"): a local civil body (module doc)."""
    if not _pair(head):
        return False
    words = _local_words()
    gov, force = head[-1], head[-2]
    return gov.j - gov.i == 1 and units[gov.i].raw.lower() in words.get("organ", ()) and force.i > 0 \
        and (force.i - 1) not in covered and units[force.i - 1].raw.lower() in words.get("level", ())
