"""The nouns a force calls the armed men it fights ("terrorists", "bandits", "raiders"; ``data/enemy_nouns.tsv``),
plural and singular, lower case. Read by the figure reader (whose "them" a count is: nlp/figure_what) and by the story
layer (a side's count of the enemy it killed: stories/own_losses, stories/force_claim)."""
from __future__ import annotations

import functools

from sitrep.resources import data_rows

__all__ = ["enemy_nouns"]


@functools.lru_cache(maxsize=1)
def enemy_nouns() -> frozenset[str]:
    """Every noun of ``data/enemy_nouns.tsv`` and its singular ("gunmen" -> "gunman", "enemies" -> "enemy")."""
    plural = {r[0].strip().lower() for r in data_rows("enemy_nouns.tsv", needs=("noun", "why"))}
    singular = {"gunman" if p == "gunmen" else "enemy" if p == "enemies" else p[:-1] for p in plural}
    return frozenset(plural | singular)
