"""Displacement told as people moved out of their homes (``data/displacement_idioms.tsv``): "forced nearly one
million from their homes", "950,000 people have been driven from their homes". A verb of the list with a "from"
phrase whose object is a home of the row's list says that what it acts on (its object, the subject of its
passive) is displaced; the figure scanner reads it like "displaced"."""
from __future__ import annotations

import functools
from typing import Any

from sitrep.resources import data_rows


@functools.lru_cache(maxsize=1)
def _idioms() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for row in data_rows("displacement_idioms.tsv", needs=("verb", "place", "why")):
        out[row[0].strip()] = out.get(row[0].strip(), frozenset()) | frozenset(
            w.strip() for w in row[1].split("|") if w.strip())
    return out


def driven_from_home(v: Any) -> bool:
    """``v`` is a verb of the list with "from" + a home of its row ("forced ... from their homes")."""
    homes = _idioms().get(v.lemma_.lower())
    if not homes or v.pos_ not in ("VERB", "AUX"):
        return False
    for p in v.children:
        if p.dep_ == "prep" and p.lower_ == "from":
            if any(o.dep_ == "pobj" and o.lemma_.lower() in homes for o in p.children):
                return True
    return False
