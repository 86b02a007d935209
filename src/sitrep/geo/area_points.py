"""Whether an area's point says where it is: an area larger than a disk of the wrong-far distance has no useful
point (data/geo_area_extents.tsv); split out of geo/resolve.py.
"""

from __future__ import annotations

import functools
import math

from sitrep.geo.gazetteer import Entry, precision_of
from sitrep.resources import data_rows


AREA_POINT_MAX_KM2 = math.pi * 500.0 ** 2  # a disk of the wrong-far distance: beyond it a point of the area says nothing
NO_POINT_CODES = frozenset({"OCN"})  # oceans not listed in data/geo_area_extents.tsv (a full GeoNames dump's)


@functools.lru_cache(maxsize=1)
def area_points() -> dict[str, tuple[float, bool]]:
    """Gazetteer id -> (area in km2, whether the area keeps a map point), from data/geo_area_extents.tsv."""
    rows = data_rows("geo_area_extents.tsv", ("gid", "name", "kind", "area_km2", "point", "source"), header="gid")
    return {c[0]: (float(c[3]), c[4].strip() == "keep") for c in rows}


def pointless_area(e: Entry) -> bool:
    """An ocean, a large sea or a large region of no agreed extent ("the Middle East", "West Africa"): named with no
    coordinates (blank beats wrong). Any point of an area larger than a disk of 500 km radius lies more than 500 km
    from part of it, and gazetteers give such areas points that far apart; data/geo_area_extents.tsv says which
    areas are that large and which keep a point all the same (continents, at GeoNames' point). An unlisted ocean
    has no point; any other unlisted area keeps its point. Countries and provinces always keep theirs."""
    if precision_of(e) != "region":
        return False
    known = area_points().get(e.gid)
    return e.fcode in NO_POINT_CODES if known is None else not known[1]
