"""Readings of a name dropped as strays: a hamlet in a country the article never points to, a saint's name abroad;
split out of geo/resolve.py.
"""

from __future__ import annotations

import re
from typing import Any

from sitrep.geo.candidate import Candidate
from sitrep.geo.country_focus import dateline_country
from sitrep.geo.gazetteer import Entry, Gazetteer, precision_of
from sitrep.geo.kinds_named import bare_name
from sitrep.geo.namesake_readings import HOMONYM_TOWN_MAX


STRAY_TOWN_MAX = 5_000  # inhabitants: a hamlet this small in a country the article never points to is no place it means
STRAY_SUPPORT = 2  # other names pointing to one country: the article says where it is


def country_support(cands: list[Candidate], ctx: Any, gaz: Gazetteer) -> dict[str, set[str]]:
    """Country -> the names of the article (bare, lower case) that point to it: a country's or a first-level unit's
    own name, a name all of whose entries lie in it, a people's adjective; the story's countries and the dateline's
    under the name ""."""
    out: dict[str, set[str]] = {}
    for cc in list(getattr(ctx, "country_focus", None) or []) + [dateline_country(ctx, gaz)]:
        if cc:
            out.setdefault(cc, set()).add("")
    for c in cands:
        if c.blank or c.scores.get("embedded"):
            continue
        es = c.entries
        own = {e.country for e in es if e.primary and (precision_of(e) == "country" or e.fcode == "ADM1")}
        every = {e.country for e in es if e.country}
        for cc in own | (every if len(every) == 1 else set()):
            out.setdefault(cc, set()).add(bare_name(c.text))
    return out


def hamlet_names(cands: list[Candidate]) -> frozenset[str]:
    """The article's names (bare, lower case) whose every entry is a town of under ``STRAY_TOWN_MAX`` people."""
    return frozenset(bare_name(c.text) for c in cands if c.entries and all(
        precision_of(e) == "town" and e.population < STRAY_TOWN_MAX for e in c.entries))


def stray(c: Candidate, es: list[Entry], support: dict[str, set[str]], implied: str = "",
           hamlets: frozenset[str] = frozenset()) -> bool:
    """A hamlet's name (every entry a town of under ``STRAY_TOWN_MAX`` people) whose entries all lie in countries no
    other name of the article points to, in an article whose names point to some country at least
    ``STRAY_SUPPORT`` times: "a bar in Piccadilly" of a London story is no Australian hamlet, a reporter called
    Bravo no Mexican village. ``hamlets`` (:func:`hamlet_names`) point to no country for it. The place is one the gazetteer lacks, or no place (left blank)."""
    if not support or c.cue == "demonym" or c.scores.get("embedded"):
        return False
    # (a name the text calls a unit, "the district of X", whose entries are all towns: up to a big town's size)
    most = HOMONYM_TOWN_MAX if "admin" in (c.cue, implied) else STRAY_TOWN_MAX
    if not es or any(precision_of(e) != "town" or e.population >= most for e in es):
        return False
    own = bare_name(c.text)
    if not any(len(names - {own, ""}) >= STRAY_SUPPORT for names in support.values()):
        return False
    # (another hamlet's name of that country is no support: "Millfield" and "Jesmond" of a Tyneside story are both
    # Newcastle, NSW suburbs, and each would vouch for the other)
    return not any(support.get(e.country, set()) - {own} - hamlets for e in es)


_SAINT = re.compile(r"^(?:St\.?|Saint|Ste\.?|Sainte)\s+[A-Z]")


def saint_abroad(c: Candidate, es: list[Entry], support: dict[str, set[str]]) -> bool:
    """A saint's name ("St John", "Saint Peter") whose entries are all parishes of no recorded population or towns
    under ``HOMONYM_TOWN_MAX``, none in a country another name of the article (or its story or dateline) points to:
    like countless churches, hospitals, schools and charities ("St John paramedics"), it names no place the text
    locates; a Channel Islands or Caribbean parish of the name is not meant (left blank)."""
    if c.cue in ("admin", "city", "demonym") or c.scores.get("embedded") or not _SAINT.match(c.text):
        return False
    if not es or any(not (precision_of(e) == "town" and e.population < HOMONYM_TOWN_MAX
                          or precision_of(e) in ("province", "district") and not e.population) for e in es):
        return False
    own = bare_name(c.text)
    return not any(support.get(e.country, set()) - {own} for e in es)
