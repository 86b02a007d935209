"""A town the resolver could place only abroad, in a story the text sets in one other country: "Santana" in a
report from São Tomé (the gazetteer has only Brazil's), "Enterprise" in one from the Northwest Territories (only
the US towns). Where every other confident place of the article lies in one country, no place of the text lies
in the town's country (no country, province or town of it named), and the resolver was unsure of the town
(confidence under ``FOREIGN_TOWN_MAX_CONF``), the town is left blank: the mention stays, without a point (blank beats
wrong). A foreign city the story names with assurance ("talks in Geneva"), or one of ``WORLD_CITY_MIN`` people or more
("New York's" in a British story: the gazetteer's entry, by its id), keeps its point."""
from __future__ import annotations

from typing import Optional

from sitrep.geo.gazetteer import Gazetteer
from sitrep.model import Place

FOREIGN_TOWN_MAX_CONF = 0.5  # the ranker's confidence under which a lone foreign town is left blank
HOME_PLACES_MIN = 2  # confident places of other names the story's one country needs
WORLD_CITY_MIN = 1_000_000  # people: a city this big is named abroad as itself


def _world_city(p: Place, gaz: Optional[Gazetteer]) -> bool:
    e = gaz.by_gid(p.geonameid) if gaz is not None and p.geonameid else None
    return e is not None and e.population >= WORLD_CITY_MIN


def blank_foreign_towns(places: list[Place], threshold: float, gaz: Optional[Gazetteer] = None,
                        trace: Optional[list] = None) -> list[Place]:
    """``places`` with each unsure town that lies alone in a country other than the story's one country left blank
    (``trace`` stays aligned: no place is added or removed)."""
    out = list(places)
    for k, p in enumerate(places):
        if p.lat is None or p.precision != "town" or p.mention != "name" or p.confidence >= FOREIGN_TOWN_MAX_CONF:
            continue
        name = (p.name or p.span.text).lower()
        others = [q for q in places if q.lat is not None and (q.name or q.span.text).lower() != name]
        if any(q.country == p.country for q in others):
            continue  # its country is in the text: a sign of it
        home = {q.country for q in others if q.confidence >= threshold}
        named = {(q.name or q.span.text).lower() for q in others if q.confidence >= threshold}
        if len(home) != 1 or len(named) < HOME_PLACES_MIN:
            continue
        if _world_city(p, gaz):
            continue
        out[k] = Place(span=p.span, name=p.span.text, precision=p.precision, confidence=0.0, mention=p.mention)
    return out
