"""A bare name after a word of nearness that is both a first-level unit (or a country) and a town is the town.

"near Gao", "outside Kidal", "on the outskirts of Tillabéri": a report puts a spot near a town; a region has no
"near" that a roadside bomb or a raided village could be placed by. The ranker often picks the first-level unit of
the name (the Gao region, whose point lies 81 km from the town; the Tillabéri region's, 60 km), since both entries
lie within 161 km of any gold point and training cannot tell them apart (see ``rank.prefer_town``, which settles
the tie only within ``TIE_KM``). Here, where the mention has no kind word of its own (cue "" or "context") and the
words right before it are a nearness phrase (``NEAR_BEFORE``), the answer moves to the town of the unit's own name
that lies in that unit (same country and first-level code), at the same confidence. Other mentions of the same name
are left to the ranker: a wider rule (every near tie of a town with its own unit, 3b96278) lost a war_reports3 event
and added a protest_reports2 extra, and was reverted. ``near_home_towns`` does the same for a country's name that is
also a town of the text's main country ("near Bahrain" of a Swat report). ``far_units_over_towns`` goes the other
way: a name with its own unit word ("Police in Aktobe region", "Kostanay region —") is the unit, not the town of its
name, where the two lie more than ``UNIT_TOWN_FAR_KM`` apart (the Aktobe region's point lies 280 km from the city):
the ranker, led by the town's population, picks the city, which is no point of the region.
"""
from __future__ import annotations

import re

from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.resolve import Scored, haversine_km

COUNTRY_CODES = ("PCLI", "PCL", "PCLD", "PCLF", "PCLS", "PCLIX")
# the words right before a name that put a spot by a town (not a region): "near", "outside", "close to", "just
# outside", "on the outskirts of", "the outskirts of"
NEAR_BEFORE = re.compile(r"\b(?:near|outside|close\s+to|(?:on\s+)?the\s+outskirts\s+of)\s+$", re.I)


# a unit's point this far from the town of its name: the town stands for the unit no better than another of its towns
UNIT_TOWN_FAR_KM = 100.0
# the unit words after a name that make it a region of a country, not a town's council: not "county" or "district"
# (a Kenyan county or an Indian district is told by its town's name), nor "state" (``story_rules.state_over_capital``)
FAR_UNIT_WORDS = frozenset({"region", "oblast", "province", "department", "governorate", "prefecture"})


def far_units_over_towns(scored: list[Scored], text: str) -> None:
    """See the module's doc (in place): the answer moves to the first-level unit of the town's country and name that
    the candidate holds, at the same confidence."""
    for sc in scored:
        c, best = sc.cand, sc.entries[sc.best]
        if c.cue != "admin" or c.suffix_end is None or best.fclass != "P" \
                or text[c.end:c.suffix_end].strip().lower() not in FAR_UNIT_WORDS:
            continue
        units = [k for k, e in enumerate(sc.entries) if e.fcode == "ADM1" and e.country == best.country
                 and e.name.casefold() == best.name.casefold()
                 and haversine_km(e.lat, e.lon, best.lat, best.lon) > UNIT_TOWN_FAR_KM]
        if units:
            sc.best = units[0]


def near_unit_towns(scored: list[Scored], text: str, gaz: Gazetteer) -> None:
    """See the module's doc (in place; the town is looked up where the candidate holds the unit only, and set as
    the answer's ``city``, as ``city_over_council`` does: the unit still tells the article's country)."""
    for sc in scored:
        c, best = sc.cand, sc.entries[sc.best]
        if best.fcode != "ADM1" or c.cue not in ("", "context") or c.blank or sc.city is not None \
                or not NEAR_BEFORE.search(text[max(0, c.start - 30):c.start]):
            continue
        name = best.name.casefold()
        towns = [e for e in list(sc.entries) + gaz.lookup(best.name) if e.fclass == "P"
                 and e.name.casefold() == name and e.country == best.country and bool(e.admin1)
                 and e.admin1 == best.admin1]
        if towns:
            sc.city = max(towns, key=lambda e: e.population)


def near_home_towns(scored: list[Scored], text: str, gaz: Gazetteer) -> None:
    """A bare country's name after a word of nearness ("near Bahrain") in a text about another country, where that
    country has a town of the same name, is the town (in place, as ``city``): "a footbridge near Bahrain" of a Swat
    report is the town on the Swat River, not the Gulf state 2,300 km off. Only where the text's main country
    (``focus``, the heaviest) is the town's and weighs more than the named country: "near Lebanon" of an Ohio
    report is the Ohio town, of a report from Israel still the country (no Israeli town of the name)."""
    for sc in scored:
        c, best = sc.cand, sc.entries[sc.best]
        if best.fcode not in COUNTRY_CODES or c.cue not in ("", "context") or c.blank or sc.city is not None \
                or not sc.focus or not NEAR_BEFORE.search(text[max(0, c.start - 30):c.start]):
            continue
        home = max(sc.focus, key=lambda cc: sc.focus[cc])
        if home == best.country or sc.focus[home] <= sc.focus.get(best.country, 0.0):
            continue
        name = best.name.casefold()
        towns = [e for e in list(sc.entries) + gaz.lookup(best.name) if e.fclass == "P"
                 and e.name.casefold() == name and e.country == home]
        if towns:
            sc.city = max(towns, key=lambda e: e.population)
