"""The nouns of a body of people that acts as one ("group", "sect", "movement"), one list for the readings that take
them (``data/group_nouns.tsv``): each reading takes the nouns whose row names it."""
from __future__ import annotations

import functools

from sitrep.resources import data_rows

__all__ = ["READINGS", "group_nouns"]

READINGS = ("named", "pointer", "claimant")  # events/described_group, events/antecedents, nlp/attribution


@functools.lru_cache(maxsize=None)
def group_nouns(reading: str) -> frozenset[str]:
    """The nouns of ``data/group_nouns.tsv`` that ``reading`` (one of :data:`READINGS`) takes, lower case."""
    if reading not in READINGS:
        raise ValueError(f"group_nouns: unknown reading {reading!r}; data/group_nouns.tsv names {', '.join(READINGS)}")
    return frozenset(row[0].strip().lower() for row in data_rows("group_nouns.tsv", needs=("noun", "readings", "source"),
                                                                 header="noun")
                     if reading in {r.strip() for r in row[1].split(",")})
