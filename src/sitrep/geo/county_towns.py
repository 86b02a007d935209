"""A county the gazetteer lacks is no town of its name abroad.

"Colchester County RCMP" of a Nova Scotia report: the recogniser finds the unit by its short name and kind word
("Colchester" + "County"), and where the gazetteer has no unit of the name (Nova Scotia's counties are not in it)
the ranker may give it the biggest town of the name, Colchester, England, 4,600 km off. A county's name that is a
town's is most often its seat's, so a town of the name is kept where it lies in one of the article's countries
(a ``focus`` weight of ``HOME_FOCUS`` or more: not only the first, as "Alexandria" may put Egypt first in a
Virginia report); anywhere else the mention keeps no point (blank beats wrong). Only the kind word
"County" written capitalised after the name, and only where none of the name's entries is an administrative unit
(a US county is its ADM2 entry, a Kenyan county its ADM1 one: the ranker's, as before).

A canton or a municipality is a country's small unit in the same way ("members of the Santo Domingo canton civil
defense" in a Salvadoran report is no province of the Dominican Republic, "Chiapas canton" no Mexican state):
after those words (any case) the entry left once every other story rule has run, a unit or a town, keeps its point
only in one of the article's countries (:func:`small_units_abroad`, the last story rule).
"""
from __future__ import annotations

from sitrep.geo.resolve import Scored

__all__ = ["counties_abroad", "small_units_abroad"]

_COUNTY = "County"
_SMALL_UNITS = frozenset({"canton", "municipality"})  # a country's small units, written after the name
HOME_FOCUS = 0.5  # a country this strong among the article's (the first has 1) holds the county's seat


def counties_abroad(scored: list[Scored], text: str) -> None:
    """See the module's doc (in place: the mention's confidence is set to 0, under any threshold)."""
    for sc in scored:
        c = sc.cand
        if c.cue != "admin" or c.suffix_end is None or text[c.end:c.suffix_end].strip() != _COUNTY \
                or sc.city is not None or any(e.fclass == "A" for e in sc.entries) or not sc.focus:
            continue
        if sc.focus.get(sc.entries[sc.best].country, 0.0) < HOME_FOCUS:
            sc.confidence = 0.0


def small_units_abroad(scored: list[Scored], text: str) -> None:
    """See the module's doc: "X canton", "X municipality" outside the article's countries keeps no point (in place)."""
    for sc in scored:
        c = sc.cand
        if c.cue != "admin" or c.suffix_end is None or not sc.focus \
                or text[c.end:c.suffix_end].strip().lower() not in _SMALL_UNITS:
            continue
        if sc.focus.get((sc.city or sc.entries[sc.best]).country, 0.0) < HOME_FOCUS:
            sc.confidence = 0.0
            sc.city = None
