"""A town resolved in a country (or state) nothing else in the text points to, whose name is also a city of a
country the text names (a town of a county it names), is that city (that town).

"In Tripoli, the north's largest city, a school has been turned into a shelter" in a report that names Lebanon,
Syria, Akkar and Homs, read with no dateline (a local paper's web page), is Lebanon's Tripoli, not Libya's
capital: the ranker weighs a capital's size above a country the text names once. Run by
:func:`sitrep.geo.resolve.resolve` after the ranker and the dateline rules. The name takes the biggest town of it
(``NAMED_CITY_MIN`` people or more, the entry's own name) in the one named country that has one; never where the
text ties the chosen entry to its country, puts it in a unit ("X, Libya"), or points to its country otherwise (its
name, people, news phrases or another place resolved there).

``towns_of_named_counties`` does the same within a country for a county the text names: "arrested at a relative's
house in Enterprise ... held at the Pike County jail" of a Troy, Alabama story read without its dateline is
Enterprise, Alabama (50 km from Pike County's point), not the Nevada city; "Troy police" is Troy, Alabama, the
county's seat, not Troy, Ohio. The name takes its town within ``COUNTY_TOWN_KM`` of the county's point in the
county's state, where no other place of the text was resolved in the state of the town first chosen.
"""
from __future__ import annotations

from sitrep.geo.gazetteer import precision_of
from sitrep.geo.recognize import is_dateline
from sitrep.geo.resolve import Scored, cue_countries, demonym_countries, haversine_km
from sitrep.textnorm import fold_name

__all__ = ["towns_of_named_countries", "towns_of_named_counties", "COUNTY_TOWN_KM", "NAMED_CITY_MIN",
           "NAMED_FOCUS_MIN"]

NAMED_CITY_MIN = 100_000  # inhabitants: a city this big in a named country is what its bare name means there
NAMED_FOCUS_MIN = 0.5  # the named country's share of the text's focus (country_focus.country_focus), as cue_country's
COUNTY_TOWN_KM = 60.0  # from a county's point: its towns and those just over its line (a county is ~40 km across)


def _resolved(scored: list[Scored], threshold: float) -> list[tuple[Scored, str]]:
    return [(sc, sc.entries[sc.best].country) for sc in scored
            if not sc.cand.blank and sc.confidence >= threshold and sc.entries[sc.best].country]


def towns_of_named_countries(scored: list[Scored], text: str, threshold: float) -> None:
    """See the module's doc (in place: the answer moves to the named country's city, at the same confidence)."""
    from sitrep.geo.local_story import tied_to_its_country  # here: local_story imports resolve, which imports us

    resolved = _resolved(scored, threshold)
    # a country named as a place the story is about (the focus discounts "the US Embassy in Athens")
    named = {c for sc, c in resolved if precision_of(sc.entries[sc.best]) == "country" and sc.cand.cue != "demonym"
             and sc.focus.get(c, 0.0) >= NAMED_FOCUS_MIN}
    if not named:
        return
    cued = demonym_countries(text) | cue_countries(text)
    names_in: dict[str, set[str]] = {}
    for sc, c in resolved:
        names_in.setdefault(c, set()).add(fold_name(sc.cand.text))
    for sc, c in resolved:
        best = sc.entries[sc.best]
        if c in named or c in cued or sc.city is not None or sc.contained or sc.cand.match != "exact" \
                or precision_of(best) != "town" or is_dateline(text, sc.cand.start, sc.cand.end) \
                or names_in.get(c, set()) - {fold_name(sc.cand.text)} or tied_to_its_country(sc, best):
            continue
        home = [k for k, e in enumerate(sc.entries) if e.country in named and e.primary and e.fclass == "P"
                and precision_of(e) == "town" and e.population >= NAMED_CITY_MIN]
        if home and len({sc.entries[k].country for k in home}) == 1:
            sc.best = max(home, key=lambda k: sc.entries[k].population)


def _named_counties(resolved: list[tuple[Scored, str]]) -> list[tuple[str, str, float, float]]:
    """(country, admin1, lat, lon) of each county the text names ("Pike County"), as resolved."""
    out = []
    for sc, c in resolved:
        e = sc.entries[sc.best]
        if precision_of(e) == "district" and e.admin1 and "county" in sc.cand.text.casefold():
            out.append((c, e.admin1, e.lat, e.lon))
    return out


def towns_of_named_counties(scored: list[Scored], text: str, threshold: float) -> None:
    """See the module's doc (in place: the answer moves to the county's town, at the same confidence)."""
    resolved = _resolved(scored, threshold)
    counties = _named_counties(resolved)
    if not counties:
        return
    states: dict[tuple[str, str], set[str]] = {}
    for sc, c in resolved:
        states.setdefault((c, sc.entries[sc.best].admin1), set()).add(fold_name(sc.cand.text))
    for sc, c in resolved:
        best = sc.entries[sc.best]
        if sc.city is not None or sc.contained or sc.cand.match != "exact" or precision_of(best) != "town" \
                or is_dateline(text, sc.cand.start, sc.cand.end) \
                or any((c, best.admin1) == (cc, a) for cc, a, _la, _lo in counties) \
                or states.get((c, best.admin1), set()) - {fold_name(sc.cand.text)}:
            continue
        near = [k for k, e in enumerate(sc.entries) if e.fclass == "P" and e.primary and any(
            e.country == cc and e.admin1 == a and haversine_km(e.lat, e.lon, la, lo) <= COUNTY_TOWN_KM
            for cc, a, la, lo in counties)]
        if near:
            sc.best = max(near, key=lambda k: sc.entries[k].population)
