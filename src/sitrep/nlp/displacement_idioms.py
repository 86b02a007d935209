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
        place = row[1].strip()
        prefix = "obj:" if place.startswith("obj:") else ""  # "obj:home|house": every place of the row
        out[row[0].strip()] = out.get(row[0].strip(), frozenset()) | frozenset(
            prefix + w.strip().removeprefix("obj:") for w in place.split("|") if w.strip())
    return out


def driven_from_home(v: Any) -> bool:
    """``v`` is a verb of the list with "from" + a home of its row ("forced ... from their homes")."""
    homes = _idioms().get(v.lemma_.lower())
    if not homes or v.pos_ not in ("VERB", "AUX"):
        return False
    homes = frozenset(h for h in homes if not h.startswith("obj:"))
    for p in v.children:
        if p.dep_ == "prep" and p.lower_ == "from":
            if any(o.dep_ == "pobj" and o.lemma_.lower() in homes for o in p.children):
                return True
    return False


def left_home(v: Any) -> bool:
    """``v`` is a verb of the list whose own object is a home of its row, possessed ("20,000 people have abandoned
    their homes", "thousands left their villages"): its subject is displaced."""
    homes = {h[4:] for h in _idioms().get(v.lemma_.lower(), ()) if h.startswith("obj:")}
    if not homes or v.pos_ not in ("VERB", "AUX"):
        return False
    return any(o.dep_ == "dobj" and o.lemma_.lower() in homes and any(p.dep_ == "poss" for p in o.children)
               for o in v.children)


# verbs that make people do what the complement verb says ("forced to leave their homes", "obliged to abandon their
# villages"): the Guiding Principles' "forced or obliged to flee or to leave their homes"
_MADE_TO = frozenset({"force", "oblige", "compel"})


def made_to_leave_home(v: Any) -> bool:
    """``v`` is "forced / obliged / compelled" whose complement leaves a home of the list ("1,240 people have been
    forced to leave their homes", "the people forced to leave their homes"): what it acts on is displaced."""
    if v.lemma_.lower() not in _MADE_TO or v.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and left_home(c) for c in v.children)


# the counted people's nouns that cross a border armed, never as refugees ("3,000 troops crossed into the country");
# categories of data/figure_lexicon.tsv
_ARMED_CATEGORIES = frozenset({"fighters", "soldiers", "troops", "police", "peacekeepers", "officials"})


def crossed_border(v: Any, category: str | None = None) -> bool:
    """``v`` is "cross" told of a border: "crossed into Venezuela", "crossed the border", "crossed from Sudan into
    South Sudan" (UNHCR usage: people who cross an international border are refugees); ``category`` is the counted
    noun's (an armed one crosses as a force, not as refugees)."""
    if v.lemma_.lower() != "cross" or v.pos_ not in ("VERB", "AUX") or category in _ARMED_CATEGORIES:
        return False
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "into" and any(o.dep_ == "pobj" for o in c.children):
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() in ("border", "frontier"):
            return True
    return False
