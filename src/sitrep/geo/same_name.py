"""One name, one country per article: a name the ranker reads as a town of a country the article is about in one
mention and as a place of a country nothing in the article points to in another is that town in both.

"a brawl in the southern resort town of Lagos" and "bars in the old town of Lagos" under "LISBON" with Faro and
"Portuguese police": the first read as Lagos, Nigeria (its people outweigh the article's country), the second as the
Algarve town its sentence's Faro pins; "Health officials in Alexandria" under "ALEXANDRIA, Va." read as Egypt's
governorate. The mention abroad takes the home reading's entry when it has it, else no point (blank beats wrong).
Never a country reading ("Mexico" beside a Missouri town may be the country), a mention the text puts in a unit
("X, Nigeria"), or one of a country the text points to (its focus, demonym, news phrases, or the entry tied to its
country or state in the name's own sentence). Run by :func:`sitrep.geo.resolve.resolve` last, once every reading
is final.
"""
from __future__ import annotations

from sitrep.geo.country_focus import cue_countries, demonym_countries
from sitrep.geo.gazetteer import precision_of
from sitrep.geo.resolve import Scored
from sitrep.textnorm import fold_name

__all__ = ["one_country_per_name", "HOME_FOCUS", "ABROAD_FOCUS"]

HOME_FOCUS = 0.5  # the home reading's country weighs this much of the article's focus or more
ABROAD_FOCUS = 0.3  # ... and the reading abroad's country less than this


def one_country_per_name(scored: list[Scored], text: str, threshold: float) -> None:
    """See the module's doc (in place: the answer moves to the home reading's entry, or loses its point)."""
    from sitrep.geo.local_story import tied_to_its_country  # here: local_story imports resolve, which imports us

    by_name: dict[str, list[Scored]] = {}
    for sc in scored:
        if not sc.cand.blank and sc.confidence >= threshold and sc.city is None and sc.cand.match == "exact" \
                and sc.cand.cue != "demonym":
            by_name.setdefault(fold_name(sc.cand.text), []).append(sc)
    groups = [g for g in by_name.values() if len(g) > 1 and len({sc.entries[sc.best].country for sc in g}) > 1]
    if not groups:
        return
    pointed = demonym_countries(text) | cue_countries(text)
    for g in groups:
        homes = {sc.entries[sc.best].gid: sc for sc in g if precision_of(sc.entries[sc.best]) == "town"
                 and sc.focus.get(sc.entries[sc.best].country, 0.0) >= HOME_FOCUS}
        if len(homes) != 1:
            continue
        lead = next(iter(homes.values()))
        home = lead.entries[lead.best]
        for sc in g:
            e = sc.entries[sc.best]
            if e.country == home.country or sc.contained or precision_of(e) == "country" or e.country in pointed \
                    or sc.focus.get(e.country, 0.0) >= ABROAD_FOCUS or tied_to_its_country(sc, e):
                continue
            k = next((i for i, x in enumerate(sc.entries) if x.gid == home.gid), None)
            if k is not None:
                sc.best = k
            else:
                sc.confidence = 0.0
