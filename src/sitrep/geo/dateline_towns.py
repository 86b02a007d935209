"""A dateline that names its town's country ("TAWILA, Sudan (AFP) -") says where the town is: the town named again in
the report lies in that country (issue 16, story figures: figure_sets4 k01, branch stories15).

The gazetteer lacks Tawila in North Darfur and holds Aţ Ţawīlah in Yemen's al Mahwit, so "reached Tawila since the
weekend bombardment" was read in Yemen, and the report, a story of its own there, counted the El Fasher shelling a
second time. Where the dateline's town name, written again in the text, is resolved to an entry in another country
than the one the dateline names, the entry is a namesake: the name takes its entry in the dateline's country where
the gazetteer holds one, else it keeps no point (blank beats wrong). Run by :func:`sitrep.geo.resolve.resolve` with
the other story rules.
"""
from __future__ import annotations

from typing import Any

from sitrep.geo.gazetteer import Gazetteer, precision_of
from sitrep.geo.resolve import Scored
from sitrep.textnorm import fold_name

__all__ = ["towns_off_their_dateline"]


def _dateline_town_country(ctx: Any, gaz: Gazetteer) -> tuple[str, str]:
    """(the dateline's town folded, the country code its dateline names after it) or ("", "")."""
    town, sep, rest = (getattr(ctx, "dateline", None) or "").partition(",")
    name = rest.split("(")[0].strip()
    if not sep or not town.strip() or not name:
        return "", ""
    codes = {e.country for e in gaz.lookup(name) if precision_of(e) == "country" and e.country}
    return (fold_name(town.strip()), next(iter(codes))) if len(codes) == 1 else ("", "")


def towns_off_their_dateline(scored: list[Scored], text: str, ctx: Any, gaz: Gazetteer, threshold: float) -> None:
    """See the module's doc (in place: the answer moves to the dateline's country, or is blanked)."""
    town, cc = _dateline_town_country(ctx, gaz)
    if not town:
        return
    for sc in scored:
        if sc.cand.blank or sc.confidence < threshold or sc.city is not None or fold_name(sc.cand.text) != town:
            continue
        if sc.entries[sc.best].country in ("", cc):
            continue
        home = [k for k, e in enumerate(sc.entries) if e.country == cc]
        if home:  # the ranker's best-scored entry there (its calibrated score), else the most populous
            sc.best = max(home, key=lambda k: (float(sc.cal[k]) if sc.cal is not None else 0.0,
                                               sc.entries[k].population))
        else:
            sc.confidence = 0.0
