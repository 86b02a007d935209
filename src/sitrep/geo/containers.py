"""Containers a text gives a name: "X, Y", "X in Y", "the Y capital, X", and names listed as peers rather than one
inside the other; split out of geo/resolve.py.
"""

from __future__ import annotations

import re

from sitrep.geo.candidate import Candidate
from sitrep.geo.gazetteer import precision_of
from sitrep.geo.peers import own_ranks


_LIST_END = re.compile(r"^\s*,?\s*(?:and|or)\s*$", re.I)
_CONTAIN = re.compile(r"^\s*(?:,|,?\s*in(?:\s+the)?|,?\s*of(?:\s+the)?|\()\s*$", re.I)
# "X, in central Mali", "X in north-eastern Nigeria": the same, a part of the container named by its compass side
CONTAIN_PART = re.compile(
    r"^\s*,?\s*in(?:\s+the)?\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west|central|mid)(?:ern)?\s*$", re.I)
# "X, in Y district", "X in Y province": Y named a unit by the kind word after it
IN_UNIT = re.compile(r"^\s*,?\s*in(?:\s+the)?\s*$", re.I)
# "the Seychelles capital, Victoria", "Kenya's capital Nairobi": the name after lies in the country before
_CAPITAL_AFTER = re.compile(r"^(?:'s)?\s+(?:capital|capital\s+city)\s*,?\s*$", re.I)
# "Victoria, the capital of the Seychelles", "Suva, Fiji's capital": the name before lies in the country after
_CAPITAL_OF = re.compile(r"^\s*,\s*(?:the\s+)?(?:\w+\s+)?capital(?:\s+city)?\s+of(?:\s+the)?\s*$", re.I)


def containers_named(text: str, cands: list[Candidate]) -> dict[int, int]:
    """Index of each candidate's container candidate ("X in Y province", "X, Y")."""
    out = {}
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        gap = text[(a.suffix_end or a.end):b.start]
        if _capital_of(a, gap, b):
            out[i + 1] = i
            continue
        if _capital_of(b, gap, a, after=False):
            out[i] = i + 1
            continue
        near = len(gap) <= 12 and _CONTAIN.match(gap) or CONTAIN_PART.match(gap)  # "X, in central Y" too
        if near and "demonym" not in (a.cue, b.cue):
            if gap.strip() == "," and i + 2 < len(cands) and _LIST_END.match(text[b.end:cands[i + 2].start]):
                continue  # "X, Y and Z": a list of places, not X in Y
            if gap.strip() == "," and i + 2 < len(cands) and text[b.end:cands[i + 2].start].strip() == "," \
                    and not _holds(cands[i + 2], b):
                continue  # "X, Y, Z, ...": a list too, unless Z holds Y ("Stroud, Ontario, Canada" is an address)
            if gap.strip() == "," and _siblings(a, b):
                continue  # "Illinois, Missouri", "Mexico, China": two units of one rank listed, not X in Y
            out[i] = i + 1
    return out


def _capital_of(country: Candidate, gap: str, town: Candidate, after: bool = True) -> bool:
    """``country`` (a country by its own name or its people's adjective) is said to have ``town`` as its capital:
    "the Seychelles capital, Victoria", "the Ukrainian capital Kyiv" (``after``), or "Victoria, the capital of
    the Seychelles"."""
    if not (_CAPITAL_AFTER if after else _CAPITAL_OF).match(gap) or town.cue == "demonym":
        return False
    return any(precision_of(e) == "country" and (e.primary or country.cue == "demonym") for e in country.entries)


def _holds(z: Candidate, b: Candidate) -> bool:
    """Some entry of ``z`` is a country or first-level unit by its own name that holds some entry of ``b`` (the end
    of an address "Town, State, Country"), not one more member of a list."""
    countries = {e.country for e in b.entries}
    units = {(e.country, e.admin1) for e in b.entries if e.fcode != "ADM1"}
    return any(e.primary and (precision_of(e) == "country" and e.country in countries
                              or e.fcode == "ADM1" and (e.country, e.admin1) in units) for e in z.entries)


def _siblings(a: Candidate, b: Candidate) -> bool:
    """"X, Y" where X and Y are both countries or both first-level units by their own names: a list, not X in Y
    ("Illinois, Missouri", "Mexico, China"). A name that is also a city's keeps the reading ("Paris, Texas",
    "Washington, D.C."), and so does a unit lying in the other ("Ontario, Canada": a province and a country)."""
    if not own_ranks(a) & own_ranks(b):  # "Georgia, Oklahoma": Georgia is a state too
        return False
    # the city's own name, not an alternate one ("Oklahoma" is an alternate name of Oklahoma City)
    return not any(e.primary and e.fclass == "P" and e.population >= 100_000 for e in a.entries)
