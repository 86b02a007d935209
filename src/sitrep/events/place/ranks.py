"""How specific a place is for an event (:func:`place_rank`), whether the resolver placed it (:func:`resolved`,
:func:`unknown_site`), and the confidence the article's place needs to stand in for an event's."""
from __future__ import annotations

from sitrep.model import Place


PRECISION_RANK = {"point": 0, "town": 1, "district": 2, "province": 3, "region": 4, "country": 5}


COARSE = ("country", "region")  # precisions that name no town: they place an event only as a last resort


ARTICLE_PLACE_MIN_CONF = 0.7  # the article's main place stands in for an unplaced event only above this confidence


def resolved(p: Place) -> bool:
    """The place has coordinates (the resolver was sure enough)."""
    return p.lat is not None and p.lon is not None


def unknown_site(p: Place) -> bool:
    """A place named as a site (a building, a facility) that the gazetteer could not resolve: it has no point."""
    return p.precision == "point" and not resolved(p)


def place_rank(p: Place) -> int:
    """How specific a place is for an event; a road is a line, less specific than a town on it."""
    if (p.feature_class or "").startswith("R."):
        return PRECISION_RANK["district"]
    return PRECISION_RANK.get(p.precision, 6)
