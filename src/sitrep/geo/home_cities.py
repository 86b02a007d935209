"""A city of the story's country over its far-famous namesake: under "BEIRUT —", "In Tripoli, the north's largest
city" is Lebanon's Tripoli, not Libya's capital, when nothing in the text points to Libya.

Run by :func:`sitrep.geo.resolve.resolve` after ``local_story.lone_towns_abroad`` (which handles the small towns
abroad, under ``LONE_TOWN_MAX``): this rule is for the big ones. One decision: whether a town resolved abroad of the
dateline's country is that country's own city of the name. It is when the text opens with a dateline of its own
(no bureau's "(Reuters)") resolved in the home country; the chosen town lies in another country that nothing else
of the text points to (no other place resolved there, no demonym, no tie of the ranker's ``_NAMED_COLS``, not the
story's focus); and the home country has a town of the name of ``HOME_CITY_MIN`` people or more and at least
``HOME_SHARE`` of the namesake's size (a city of standing at home: Lebanon's Tripoli is a sixth of Libya's; Paris,
Texas is a hundredth of Paris and stays abroad under a Texan dateline). A country's own name is never taken for a
town ("Lebanon" under "WASHINGTON" stays the country).
"""
from __future__ import annotations

from typing import Any

from sitrep.geo.gazetteer import precision_of
from sitrep.geo.local_story import dateline_scored, tied_to_its_country
from sitrep.geo.resolve import Scored, demonym_countries

HOME_CITY_MIN = 50_000  # inhabitants: the home namesake is a city in its own right
HOME_SHARE = 0.1  # the home namesake has at least this share of the far one's inhabitants


def home_cities_over_namesakes(scored: list[Scored], text: str, ctx: Any, threshold: float) -> None:
    """See the module's doc."""
    dl = dateline_scored(scored, text)
    if dl is None or "(" in (getattr(ctx, "dateline", None) or ""):
        return
    home = dl.entries[dl.best].country
    picked = [(sc, sc.entries[sc.best]) for sc in scored
              if sc is not dl and not sc.cand.blank and sc.city is None and sc.confidence >= threshold]
    keep = set(getattr(ctx, "country_focus", None) or []) | {home, ""}
    for sc, e in picked:
        if e.country in keep or precision_of(e) != "town" or sc.contained or tied_to_its_country(sc, e):
            continue
        if any(o.country == e.country for o2, o in picked if o2 is not sc):
            continue
        floor = max(HOME_CITY_MIN, HOME_SHARE * e.population)
        local = [k for k, x in enumerate(sc.entries) if x.country == home and x.fclass == "P" and x.primary
                 and x.population >= floor]
        if not local or e.country in demonym_countries(text):
            continue
        sc.best = max(local, key=lambda k: sc.entries[k].population)
