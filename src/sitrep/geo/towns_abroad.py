"""Names of one other country's towns, told together in a report filed far away (issue 16, story totals).

"GENEVA - UNHCR ... told a briefing on Friday that two attacks on civilians in Mangina and near Lubero this week had
killed at least 27 people": with no word of DR Congo in its body, the resolver leaves both names without a point, and
a report about one city takes a name it cannot place for a part of that city (``events/city_part``), or keys its
story in the country of the one city it names (``stories/cluster``). Two names of the report that are each the one
town of a single gazetteer country (of at least :data:`TOWN_POP` people) are that country's towns: a briefing in
Geneva or New York tells of the world. :func:`towns_country` gives that country.
"""
from __future__ import annotations

from typing import Iterable, Optional

from sitrep.textnorm import fold_name

__all__ = ["TOWN_POP", "sole_town_country", "towns_country"]

TOWN_POP = 10_000  # a namesake of at least this population (GeoNames) is a town, never a neighbourhood


def sole_town_country(name: str) -> Optional[str]:
    """The country of the one populated place of at least :data:`TOWN_POP` people the gazetteer gives ``name``;
    None when it gives none or several."""
    from sitrep.geo.gazetteer import get_gazetteer

    towns = {(e.gid, e.country) for e in get_gazetteer().lookup(name) if e.fclass == "P" and e.population >= TOWN_POP}
    return next(iter(towns))[1] if len(towns) == 1 else None


def towns_country(names: Iterable[str]) -> Optional[str]:
    """The one country of which at least two of ``names`` (distinct, folded) are each the one town; None otherwise."""
    seen: dict[str, set[str]] = {}
    for n in {fold_name(x) for x in names if x}:
        c = sole_town_country(n)
        if c:
            seen.setdefault(c, set()).add(n)
    found = [c for c, ns in seen.items() if len(ns) >= 2]
    return found[0] if len(found) == 1 else None
