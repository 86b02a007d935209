"""What a resolved place says as its first-level unit (``Place.admin1``): the unit's name, never a bare code.

The gazetteer's admin1 table names a GeoNames code only where one countrystatecity unit owns it; where the towns of
a code are filed under several smaller units (Ireland's provinces over its counties, Bangladesh's divisions over its
districts, Northern Ireland over its councils) the table has no name and a town's admin1 came out as the code ("M",
"81", "NIR"). ``data/geo_admin1_names.tsv`` names those codes. A first-level unit with no code of its own (a former
province, an outlying area) is its own admin1. Output only: no resolution rule reads these labels.
"""
from __future__ import annotations

import functools
from typing import Optional

from sitrep.geo.gazetteer import Entry, Gazetteer
from sitrep.resources import data_rows


@functools.lru_cache(maxsize=1)
def code_names() -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> name, from data/geo_admin1_names.tsv."""
    return {(c[0], c[1]): c[2] for c in data_rows("geo_admin1_names.tsv", ("country", "code", "name", "source"))}


def admin1_label(gaz: Gazetteer, e: Entry) -> Optional[str]:
    """The name of ``e``'s first-level unit: the gazetteer's, else the list's, else the code itself; a first-level
    unit with no code names itself; None for a place with no unit (a country, a sea, a town filed under none)."""
    if e.admin1 and e.admin1 != "00":
        return gaz.admin1_name(e.country, e.admin1) or code_names().get((e.country, e.admin1)) or e.admin1
    return e.name if e.fcode == "ADM1" and e.country else None
