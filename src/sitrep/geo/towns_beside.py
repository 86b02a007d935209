"""A name read abroad beside the text's towns of one other country, with a town of its name next door to one of
them, is that town (issue 14, places45): "A Surrey man has been charged ... arrested at a residence in Abbotsford ...
the 14500 block of 72 Avenue in Newton" is Surrey in British Columbia, not the English county, 7,600 km from the
towns the story is told in. One decision: whether such a name moves to its town next door.
"""
from __future__ import annotations

from sitrep.geo.gazetteer import precision_of
from sitrep.geo.local_story import take_local, tied_to_its_country
from sitrep.geo.resolve import Scored, cue_countries, demonym_countries, haversine_km
from sitrep.geo.unit_towns import COUNTRY_CODES
from sitrep.textnorm import fold_name

BESIDE_KM = 30.0  # a town of the name this near one of the text's towns is the one meant
BESIDE_MIN = 2  # other towns of the text, all in one country, that make the story's country


def towns_beside_the_story(scored: list[Scored], text: str, threshold: float) -> None:
    """A town or unit read abroad, where the text's other resolved towns (``BESIDE_MIN`` or more, with distinct
    names) all lie in one other country and one of them lies within ``BESIDE_KM`` of a town of the name there: that
    town (the biggest such). Never a country's name ("from Greece" may be the country), nor a name the text puts in a
    state or country or ties to its country, nor where the text names the reading's country, its people or phrases
    only its news uses."""
    picked = [(sc, sc.city or sc.entries[sc.best]) for sc in scored if not sc.cand.blank and sc.entries
              and sc.confidence >= threshold]
    towns = [(sc, e) for sc, e in picked if precision_of(e) == "town"]
    if len(towns) < BESIDE_MIN:
        return
    said: frozenset[str] = frozenset()
    for sc, e in picked:
        if sc.cand.blank or not sc.entries or sc.contained or e.fcode in COUNTRY_CODES \
                or tied_to_its_country(sc, e):
            continue
        name = fold_name(sc.cand.text)
        others = [o for osc, o in towns if fold_name(osc.cand.text) != name]
        if len({o.gid for o in others}) < BESIDE_MIN or len({o.country for o in others}) != 1 \
                or others[0].country == e.country:
            continue
        home = others[0].country
        if not said:
            said = cue_countries(text) | demonym_countries(text) | frozenset({"-"})
        if e.country in said:
            continue

        def beside(x, home=home, others=others):  # type: ignore[no-untyped-def]
            return x.fclass == "P" and x.country == home \
                and any(haversine_km(x.lat, x.lon, o.lat, o.lon) <= BESIDE_KM for o in others)

        if any(beside(x) for x in sc.cand.entries) or any(beside(x) for x in sc.entries):
            take_local(sc, beside)
