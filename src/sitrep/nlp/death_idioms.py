"""Deaths told in a force's own idiom (``data/death_idioms.tsv``): "two soldiers paid the supreme price", "three
policemen embraced shahadat", "five soldiers laid down their lives", "made the ultimate sacrifice", "lost their
lives". A verb of the list with its object (carrying the qualifier and the particle the row asks for) says its
subject died; the figure scanner and the victim counter read it like "died"."""
from __future__ import annotations

import functools
from typing import Any

from sitrep.resources import data_rows


@functools.lru_cache(maxsize=1)
def _idioms() -> dict[str, list[tuple[frozenset[str], frozenset[str], str]]]:
    out: dict[str, list[tuple[frozenset[str], frozenset[str], str]]] = {}
    for row in data_rows("death_idioms.tsv", needs=("verb", "object", "qualifier", "particle", "why")):
        objs = frozenset(w.strip() for w in row[1].split("|") if w.strip())
        quals = frozenset(w.strip() for w in row[2].split("|") if w.strip())
        out.setdefault(row[0].strip(), []).append((objs, quals, row[3].strip()))
    return out


def death_idiom_verb(lem: str) -> bool:
    """A lower-case lemma that is the verb of a death idiom (:func:`death_idiom` reads no other verb)."""
    return lem in _idioms()


def death_idiom(v: Any) -> bool:
    """``v`` is the verb of a death idiom with its object: its subject died."""
    rows = _idioms().get(v.lemma_.lower())
    if not rows or v.pos_ not in ("VERB", "AUX"):
        return False
    objs = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    prts = {c.lower_ for c in v.children if c.dep_ in ("prt", "advmod")}
    for words, quals, prt in rows:
        if prt and prt not in prts:
            continue
        for o in objs:
            if o.lemma_.lower() not in words and o.lower_ not in words:
                continue
            if quals and not any(c.dep_ == "amod" and c.lower_ in quals for c in o.children):
                continue
            return True
    return False
