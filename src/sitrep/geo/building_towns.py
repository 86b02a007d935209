"""A building named after its town lies in the story's country, not at a hamlet of the name abroad.

"a riot at Palmasola prison" in a Bolivian story is no Venezuelan hamlet called Palmasola: a name that heads a
building's noun ("X prison", "X jail", "the X hospital", "X Market"; the head words of
``data/geo_facility_words.tsv``), resolved to a small town (under ``FACILITY_TOWN_MIN`` people) in a country that
nothing else in the text points to, while the text's other places, its demonyms or the story's focus point to
another, takes the name's town in that country when the gazetteer has one, else no point (blank beats wrong).
Never a name the text puts in a state or country ("X prison in Bolivia" for a Bolivian X), nor where nothing
points anywhere else.
"""
from __future__ import annotations

import re
from typing import Any

from sitrep.geo.gazetteer import precision_of
from sitrep.geo.recognize import FACILITY_TOWN_MIN, facility_building_words
from sitrep.geo.resolve import Scored, demonym_countries

_NEXT_WORD = re.compile(r"^\s+([A-Za-z]+)\b")


def heads_a_building(text: str, end: int) -> bool:
    """The word right after the name is a building's head word ("Palmasola prison", "Carrow Hospital")."""
    m = _NEXT_WORD.match(text[end:end + 24])
    return bool(m) and m.group(1).lower() in facility_building_words()


def building_towns_at_home(scored: list[Scored], text: str, ctx: Any, threshold: float) -> None:
    """See the module's doc: a small town abroad heading a building's name, in a story of another country."""
    from sitrep.geo.local_story import take_local, tied_to_its_country

    picked = [(sc, sc.city or sc.entries[sc.best]) for sc in scored
              if not sc.cand.blank and sc.confidence >= threshold]
    heads = [(sc, e) for sc, e in picked if sc.city is None and precision_of(e) == "town"
             and e.population < FACILITY_TOWN_MIN and not sc.contained and heads_a_building(text, sc.cand.end)]
    if not heads:
        return
    for sc, e in heads:
        others = {o.country for o2, o in picked if o2 is not sc and o.country}
        home = others | set(getattr(ctx, "country_focus", None) or []) | demonym_countries(text)
        if not home or e.country in home or tied_to_its_country(sc, e):
            continue
        take_local(sc, lambda x: x.country in home and x.fclass == "P")
