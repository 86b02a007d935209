"""The kind of place the text calls a name ("X province", "the town of X", "the state of X") and how an entry's
kind agrees with it; split out of geo/resolve.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.geo.candidate import Candidate
from sitrep.geo.gazetteer import Entry, precision_of
from sitrep.geo.kind_words import ADMIN_SUFFIX, CITY_SUFFIX
from sitrep.geo.peers import BIG_CITY


_ADMIN_OF = re.compile(r"\b(?:state|province|governorate|region|oblast|district|department|countryside)\s+of\s+(?:the\s+)?$", re.I)
# "the northern state of X": the unit word after a lower-case word is the kind of the name after "of"
_UNIT_OF_NAME = re.compile(r"\b[a-z]+\s+(?:state|province|governorate|region|oblast|district|department)\s+of\s+"
                           r"(?:the\s+)?$")
# "the municipality of Hidalgo": a municipality is never a first-level unit (the Mexican state of Hidalgo)
_CITY_OF = re.compile(r"\b(?:city|town|village|municipality)\s+of\s+(?:the\s+)?$", re.I)


def _kinds_named(text: str, cands: list[Candidate]) -> dict[str, tuple[str, list[Entry]]]:
    """The kind of place ('admin' or 'city') the article gives each name, where it gives only one,
    with the entries found for the name where the article said it."""
    seen: dict[str, set[str]] = {}
    entries: dict[str, list[Entry]] = {}
    for c in cands:
        kind = _own_kind(text, c)
        if kind:
            name = bare_name(c.text)
            seen.setdefault(name, set()).add(kind)
            entries.setdefault(name, []).extend(c.entries)
    return {name: (next(iter(kinds)), entries[name]) for name, kinds in seen.items() if len(kinds) == 1}


def _own_kind(text: str, c: Candidate) -> str:
    """The kind of place ('admin' or 'city') the words at the mention give it ("Idlib province", "the town of
    Sagaing"), else ''."""
    before = text[max(0, c.start - 32):c.start]
    return ("admin" if c.cue == "admin" or _ADMIN_OF.search(before)
            else "city" if c.cue == "city" or _CITY_OF.search(before) else "")


def with_kind(cands: list[Candidate], text: str) -> tuple[list[Candidate], list[str]]:
    """Each candidate, with the entries of the kind its name is given elsewhere in the article, and that kind.

    "Idlib" alone looks up the town; where the article says "Idlib province" and never "Idlib city",
    the province's entries join the bare mention's and the kind leans to them. A big city keeps its name:
    "Aleppo" alone is the city even in an article that also speaks of "the Aleppo countryside". The kind a mention's
    own words give it wins over the article's: "the town of Sagaing" after "Sagaing region" is the town."""
    kinds = _kinds_named(text, cands)
    named = {e.id for c in cands for e in c.entries if e.primary}  # the places some mention calls by their own name
    out, implied = [], []
    for c in cands:
        kind, extra = kinds.get(bare_name(c.text), ("", []))
        own = _own_kind(text, c)
        if own and own != kind:  # "the town of Sagaing" is the town, also where "Sagaing region" came before
            kind, extra = own, []
        if kind == "admin" and not _unit_of_name(text, c) and any(_big_city_meant(e, named) for e in c.entries):
            kind = ""
        if kind and c.cue in ("", "context"):
            ids = {e.id for e in c.entries}
            more = list({e.id: e for e in extra if e.id not in ids}.values())
            if more:
                c = replace(c, entries=c.entries + more)
        out.append(c)
        implied.append(kind)
    return out, implied


def _unit_of_name(text: str, c: Candidate) -> bool:
    """The mention's own words call it a unit: "the state of X", "Brazil's northern state of X" (a lower-case word
    before the unit word); not "the Sur district of X", whose unit word is Sur's."""
    return bool(_UNIT_OF_NAME.search(text[max(0, c.start - 40):c.start]))


def _big_city_meant(e: Entry, named: set[int]) -> bool:
    """A city so big that a bare name it bears means it, whatever kind the article gives the name elsewhere
    ("Aleppo" beside "the Aleppo countryside"); not where the name is only an other name of the city and the article
    calls the city by its own name too ("Pará", an old name of Belém, in a report that also names Belém: the state;
    own words that call the mention a unit, "the northern state of Pará", are read before, in the caller)."""
    return e.fclass == "P" and e.population >= BIG_CITY and (e.primary or e.id not in named)


def bare_name(name: str) -> str:
    """The name without its type word: "Idlib province" -> "idlib"."""
    words = name.lower().split()
    if len(words) > 1 and words[-1] in ADMIN_SUFFIX | CITY_SUFFIX:
        words.pop()
    return " ".join(words)


def kind_sign(cand: Candidate, e: Entry, implied: str = "") -> float:
    """+1 when the text calls the name the entry's kind of place, -1 another kind, 0 when it says nothing."""
    prec = precision_of(e)
    cue = implied if implied and cand.cue in ("", "context") else cand.cue
    if cue == "admin":
        return 1.0 if prec in ("province", "district") else -1.0
    if cue == "city":
        return 1.0 if prec == "town" else -1.0
    if cue == "point":
        return 1.0 if e.fclass in ("R", "S", "H", "T") else -0.5
    return 0.0
