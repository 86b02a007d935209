"""Demonyms (peoples' and countries' adjectives) for recognition: the list, the country each names, and whether
one qualifies a noun after it ("Turkish troops"), split out of geo/recognize.py.
"""

from __future__ import annotations

import functools
from typing import Any, Optional

from sitrep.geo.gazetteer import Entry, Gazetteer
from sitrep.resources import data_path


@functools.lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym ("syrian") -> the ISO code of its country, from data/geo_not_places.tsv."""
    out = {}
    with open(data_path("geo_not_places.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 4 and cols[1] == "demonym" and cols[3]:
                out[cols[0].lower()] = cols[3]
    return out


def demonym_entry(gaz: Gazetteer, code: str) -> Optional[Entry]:
    """The place a demonym's code names: "SY" a country, ":Europe" a continent, "GB:England" a first-level unit."""
    if code.startswith(":"):
        return next((x for x in gaz.lookup(code[1:]) if x.fcode == "CONT"), None)
    cc, _, region = code.partition(":")
    if region:
        return next((x for x in gaz.lookup(region) if x.fcode == "ADM1" and x.country == cc), None)
    return gaz.country_entry(cc)


# words after a people's adjective that call it a unit of a country ("the Somali region", "Afar state")
PEOPLE_UNIT_WORDS = frozenset({"region", "state", "province", "zone"})


@functools.lru_cache(maxsize=1)
def demonym_last_words() -> frozenset[str]:
    """The last words of the list's two-word demonyms ("korean" of "south korean")."""
    return frozenset(k.rsplit(" ", 1)[1] for k in demonyms() if " " in k)


_LIST_WORDS = frozenset({"and", "or", "&", ","})
_HYPHENS = frozenset({"-", "‑"})
# an adjective before one of these after a hyphen is an ethnic or national compound ("Mexican-American"), not its country
_COMPOUND_NOUNS = frozenset({"american", "americans", "canadian", "canadians", "australian", "australians"})


def qualifies(doc: Any, t: Any) -> bool:
    """A country adjective that qualifies a noun after it: right before the noun ("Turkish troops"), before a list
    of such adjectives that ends at one ("British and American politicians"; the list's later members by their
    conjunction), or before a hyphen ("Russian-backed", "Syrian-Turkish"; not "Mexican-American")."""
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is None:
        return False
    after = doc[t.i + 2] if t.i + 2 < len(doc) else None
    if nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
        return t.head.i > t.i or t.dep_ in ("amod", "compound", "conj")
    if nxt.text in _HYPHENS:
        return (not t.whitespace_ and not nxt.whitespace_ and after is not None and after.is_alpha
                and after.lower_ not in _COMPOUND_NOUNS and t.head.i > t.i)
    if nxt.lower_ in _LIST_WORDS and after is not None and after.text[:1].isupper():
        # the list's common noun comes after it: the first member's head (the later members are its conjuncts)
        head = t
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        return head.head.i > t.i and head.head.pos_ == "NOUN" and head.head.text.islower()  # not "Austrian German"
    return False
