"""A story of one state or province: a small town read in another one far off, that nothing else in the text
points to, is not the one meant.

"the road between Saharsa and Hasanpur" in a report whose towns all lie in Bihar is no Uttar Pradesh town 850 km
off; "near Conway" in a dust-storm report from Amarillo, Groom and Lubbock is no Missouri village. Where at least
``MIN_TOWNS`` other towns of the name's country are resolved and two in three lie in one first-level unit, a town of
under ``LONE_TOWN_MAX`` people resolved in another unit of that country (one no other place of the text lies in)
more than ``LOCAL_FAR_KM`` from every town of the story's unit takes the name's town in the story's unit when the
gazetteer has one, else no point (blank beats wrong). Never a town the text puts in its own state or country
("Conway, Arkansas") or ties to its unit otherwise; a container it does not fit ("near Conway in Carson County", a
Texas county) is no tie, and neither is a US county name the story's unit has too: "Delaware County" and
"Montgomery County" of a Philadelphia story name counties of Oklahoma as well, which made "Ardmore" (a Main Line
town read as Ardmore, Oklahoma, 2,040 km off) look tied to Oklahoma.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from sitrep.geo.gazetteer import precision_of
from sitrep.geo.local_units import COUNTY, us_counties
from sitrep.geo.resolve import Scored, haversine_km

MIN_TOWNS = 3  # other towns of the country a story names before its first-level unit says where it is


def towns_outside_the_story_unit(scored: list[Scored], text: str, ctx: Any, threshold: float) -> None:
    """See the module's doc."""
    from sitrep.geo.local_story import LOCAL_FAR_KM, LONE_TOWN_MAX, take_local, tied_to_its_country

    picked = [(sc, sc.entries[sc.best]) for sc in scored
              if not sc.cand.blank and sc.city is None and sc.confidence >= threshold]
    for sc, e in picked:
        if precision_of(e) != "town" or e.population >= LONE_TOWN_MAX or not e.admin1:
            continue
        others = [(o2, o) for o2, o in picked if o2 is not sc and o.gid != e.gid and o.country == e.country]
        if any(o.admin1 == e.admin1 for _, o in others):
            continue  # another place of the text lies in the name's unit
        towns = [o for _, o in others if precision_of(o) == "town" and o.admin1]
        if len(towns) < MIN_TOWNS:
            continue
        unit, n = Counter(o.admin1 for o in towns).most_common(1)[0]
        if 3 * n < 2 * len(towns):
            continue
        if any(haversine_km(e.lat, e.lon, o.lat, o.lon) <= LOCAL_FAR_KM for o in towns if o.admin1 == unit):
            continue
        # (a container the answer does not fit is no tie: "near Conway in Carson County", Texas; nor a county name
        # the story's unit shares)
        if tied_to_its_country(sc, e) and not (_county_tie_only(sc, e) and _counties_shared(text, e.admin1, unit)):
            continue
        take_local(sc, lambda x: x.fclass == "P" and x.country == e.country and x.admin1 == unit)


def _county_tie_only(sc: Scored, e) -> bool:
    """The only tie the text gives the entry is a US county name of its state (feature ``county_state``)."""
    from sitrep.geo.local_story import _COUNTY_STATE
    from sitrep.geo.story_rules import NAMED_COLS

    return e.country == "US" and sc.X[sc.best, _COUNTY_STATE] > 0 \
        and not (sc.X[sc.best, [c for c in NAMED_COLS if c != _COUNTY_STATE]] > 0).any()


def _counties_shared(text: str, state: str, unit: str) -> bool:
    """Every county the text names that lies in ``state`` has a namesake in ``unit``, the story's state."""
    idx = us_counties()
    for m in COUNTY.finditer(text):
        words = m.group(1).split()
        for k in range(len(words)):
            states = idx.get(" ".join(words[k:]).lower(), ())
            if state in states and unit not in states:
                return False
    return True
