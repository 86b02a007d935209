"""Names listed with their peers: in "Alberta, Manitoba, Ontario and New Brunswick" or "Liberia, Mauritania,
Mali and Niger" each name is the same kind of place as its neighbours in the list (a province of the same
country, a country), not a town that shares the name (Ontario, California; New Brunswick, New Jersey; a
district of Guinea called Mali).

One decision: which entries a listed name keeps. A list is two candidates separated by a comma, "and" or "or"
only. The rule applies when a neighbour is unambiguously of the rank (a country's own name; a first-level
unit's own name that no big city has as its own name) and the name itself is no big city's own name, so "New
York, Washington" (two cities, each also a state) is left to the ranker. A count by place ("eight in Alberta and one
in Quebec", :data:`COUNT_GAP`) lists too, and there a big city's name is its unit's all the same: a tally by
province or state counts by provinces or states.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.geo.gazetteer import Entry, precision_of
from sitrep.geo.recognize import Candidate

LIST_GAP = re.compile(r"^\s*(?:,|,?\s*(?:and|or))\s*$", re.I)  # between two names of a list
# between two items of a count by place: "three in Yukon, two in Manitoba, one in Quebec", "2 cases in Texas
# and 3 in New York"
COUNT_GAP = re.compile(r"^\s*[,;]?\s*(?:and\s+)?(?:\d[\d,]*|another|eight|eighteen|eleven|fifteen|five|four|fourteen|"
                       r"nine|nineteen|one|seven|seventeen|six|sixteen|ten|thirteen|three|twelve|twenty|two)"
                       r"(?:\s+(?:more|new|other|further))?(?:\s+[a-z]+)?\s+in\s*$", re.I)
BIG_CITY = 500_000  # inhabitants: a city this big is what its bare name means (resolve uses it too)


def own_ranks(c: Candidate) -> set[tuple[str, str]]:
    """The ranks the name is the own name of: ('country', '') and/or ('state', country code)."""
    if c.match != "exact":
        return set()
    out = set()
    for e in c.entries:
        if not e.primary:
            continue
        if precision_of(e) == "country" and e.fcode.startswith("PCL"):
            out.add(("country", ""))
        elif e.fcode == "ADM1":
            out.add(("state", e.country))
    return out


def _unambiguous(c: Candidate, rank: tuple[str, str]) -> bool:
    """The name is of that rank and no big city has it as its own name ("Manitoba", "Oregon", "Mali")."""
    return rank in own_ranks(c) and not _big_city(c)


def _big_city(c: Candidate) -> bool:
    return any(e.primary and e.fclass == "P" and e.population >= BIG_CITY for e in c.entries)


def _fits(e: Entry, rank: tuple[str, str]) -> bool:
    if not e.primary:
        return False
    if rank[0] == "country":
        return precision_of(e) == "country" and e.fcode.startswith("PCL")
    return e.fcode == "ADM1" and e.country == rank[1]


def listed_ranks(text: str, cands: list[Candidate]) -> dict[int, tuple[str, str]]:
    """Index of each candidate listed next to an unambiguous peer of a rank it also has -> that rank."""
    out: dict[int, tuple[str, str]] = {}
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        gap = text[a.end:b.start]
        if "demonym" in (a.cue, b.cue):
            continue
        # a count by place ("eight in Alberta and one in Quebec") counts by units of one rank, the province even where
        # a big city has the name
        count = len(gap) <= 40 and bool(COUNT_GAP.match(gap))
        if not count and (len(gap) > 6 or not LIST_GAP.match(gap)):
            continue
        for x, y, ix in ((a, b, i), (b, a, i + 1)):
            if ix in out or _big_city(x) and not count:  # "Florida and Washington, D.C.": the capital's own name
                continue
            shared = sorted(r for r in own_ranks(x) & own_ranks(y) if _unambiguous(y, r))
            if shared:
                out[ix] = shared[0]
    return out


def keep_listed(es: list[Entry], rank: Optional[tuple[str, str]]) -> list[Entry]:
    """The entries of that rank (all of them when none is, or without a rank)."""
    if rank is None:
        return es
    kept = [e for e in es if _fits(e, rank)]
    return kept or es
